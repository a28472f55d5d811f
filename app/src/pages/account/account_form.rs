use crate::components::{
    ConflictChoice, DraftOffer, OfflineNote, SelectField, TextAreaField, TextField, NEEDS_ATTENTION,
};
use crate::error::{AppError, FieldErrors};
use crate::i18n::{current, t, t_msg, t_word, Lang};
use crate::model::AccountDto;
use crate::offline::{is_offline, Draft};
use crate::permissions::Module;
use crate::validation::lists::{COMPANY_SIZES, INDUSTRIES, LANGUAGES, TIMEZONES};
use crate::validation::AccountInput;
use leptos::prelude::*;
use std::collections::BTreeSet;

type Getter = fn(&AccountInput) -> String;
type Setter = fn(&mut AccountInput, String);

fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
    items
        .iter()
        .map(|(v, l)| (v.to_string(), l.to_string()))
        .collect()
}
/// Values shown as their translation (`account-industries-retail`); unknown ones as they are.
fn words(items: &[&str], prefix: &str) -> Vec<(String, String)> {
    items
        .iter()
        .map(|v| (v.to_string(), t_word(prefix, v)))
        .collect()
}

/// An enabled module as the server names it (`api_tokens`). English shows those words as they
/// come ("api tokens"); the other languages show the module's name.
fn module_name(m: &str) -> String {
    let plain = m.replace('_', " ");
    if current() == Lang::En {
        return plain;
    }
    serde_json::from_value::<Module>(serde_json::Value::String(m.to_string()))
        .map(|module| t_word("module", module.label()))
        .unwrap_or(plain)
}

fn same(items: &[&str]) -> Vec<(String, String)> {
    items
        .iter()
        .map(|v| (v.to_string(), v.to_string()))
        .collect()
}

/// The label of an account field, for the comparison after a conflict.
fn field_label(name: &str) -> String {
    let id = match name {
        "name" => "account-name",
        "website" => "account-website",
        "support_email" => "account-support-email",
        "language" => "account-language",
        "description" => "account-description",
        "address_line1" => "components-address-line1",
        "address_line2" => "components-address-line2",
        "city" => "components-city",
        "region" => "components-region",
        "postcode" => "components-postcode",
        "country" => "components-country",
        "timezone" => "account-timezone",
        "legal_name" => "account-legal-name",
        "tax_id" => "account-tax-id",
        "industry" => "account-industry",
        "company_size" => "account-company-size",
        other => return other.replace('_', " "),
    };
    t(id).into()
}

/// The Account form. Every field is checked as it is typed by the same `AccountInput::validate`
/// the server runs; a failed save keeps everything typed.
#[component]
pub fn AccountForm(
    account: RwSignal<Option<AccountDto>>,
    can_edit: Signal<bool>,
    stale: RwSignal<bool>,
) -> impl IntoView {
    let draft = RwSignal::new(AccountInput::default());
    let revision = RwSignal::new(0i64);
    let initialised = RwSignal::new(false);
    let touched = RwSignal::new(BTreeSet::<&'static str>::new());
    let submitted = RwSignal::new(false);
    let server_errors = RwSignal::new(FieldErrors::new());
    let message = RwSignal::new(None::<(bool, String)>);
    let busy = RwSignal::new(false);

    Effect::new(move |_| {
        if let Some(a) = account.get() {
            if !initialised.get_untracked() {
                draft.set(a.fields.clone());
                revision.set(a.revision);
                initialised.set(true);
            }
        }
    });

    let client_errors = Memo::new(move |_| draft.with(|d| d.validate().err().unwrap_or_default()));
    let saved_fields = Memo::new(move |_| account.with(|a| a.as_ref().map(|a| a.fields.clone())));
    let dirty = Memo::new(move |_| saved_fields.get().is_some_and(|s| draft.with(|d| *d != s)));
    // Offline the fields stay editable (the draft is kept); only Save waits for the network.
    let disabled = Signal::derive(move || !can_edit.get() || busy.get());
    let draft_key =
        Signal::derive(move || account.with(|a| a.as_ref().map(|a| format!("account:{}", a.id))));
    let kept = Draft::keep(draft_key, draft, saved_fields.into(), revision);
    // After a conflict: the account as saved now, to compare field by field with the draft.
    let theirs = RwSignal::new(None::<AccountDto>);

    let error_for = move |name: &'static str| {
        Signal::derive(move || {
            let shown = submitted.get() || touched.with(|t| t.contains(name));
            shown
                .then(|| client_errors.with(|e| e.get(name).cloned()))
                .flatten()
                .or_else(|| server_errors.with(|e| e.get(name).cloned()))
        })
    };
    let value = move |get: Getter| Signal::derive(move || draft.with(get));
    let setter = move |name: &'static str, put: Setter| {
        Callback::new(move |v: String| {
            draft.update(|d| put(d, v));
            touched.update(|t| {
                t.insert(name);
            });
            server_errors.update(|e| {
                e.remove(name);
            });
        })
    };

    let submit = move || {
        busy.set(true);
        let input = draft.get_untracked();
        leptos::task::spawn_local(async move {
            match crate::api::update_account(input, revision.get_untracked()).await {
                Ok(dto) => {
                    revision.set(dto.revision);
                    draft.set(dto.fields.clone());
                    account.set(Some(dto));
                    kept.discard();
                    submitted.set(false);
                    touched.set(BTreeSet::new());
                    message.set(Some((true, t("account-saved").into())));
                }
                Err(AppError::Validation(errors)) => {
                    server_errors.set(errors);
                    message.set(Some((false, NEEDS_ATTENTION.into())));
                }
                // Saved by someone else since these entries were based on it: compare.
                Err(AppError::Conflict(text)) => match crate::api::get_account().await {
                    Ok(latest) => theirs.set(Some(latest)),
                    Err(_) => message.set(Some((false, text))),
                },
                Err(e) => message.set(Some((false, e.to_string()))),
            }
            busy.set(false);
        });
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submitted.set(true);
        message.set(None);
        if !client_errors.with(|e| e.is_empty()) {
            message.set(Some((false, NEEDS_ATTENTION.into())));
            return;
        }
        if is_offline() {
            return;
        }
        submit();
    };
    let choose = Callback::new(move |chosen: AccountInput| {
        if let Some(latest) = theirs.get_untracked() {
            revision.set(latest.revision);
            account.set(Some(latest));
        }
        draft.set(chosen);
        theirs.set(None);
        submit();
    });
    let discard = move |_| {
        kept.discard();
        theirs.set(None);
        if let Some(a) = account.get_untracked() {
            draft.set(a.fields.clone());
            revision.set(a.revision);
            touched.set(BTreeSet::new());
            submitted.set(false);
            server_errors.set(FieldErrors::new());
            message.set(None);
        }
    };
    view! {
        <form class="card form-grid" on:submit=save novalidate aria-labelledby="account-form-title">
            <h2 id="account-form-title" class="span-2">{t("common-details")}</h2>
            <div class="span-2">
                <DraftOffer draft=kept on_restore=Callback::new(move |_| kept.restore(draft, revision))/>
            </div>
            {move || theirs.get().map(|latest| view! {
                <div class="span-2">
                    <ConflictChoice theirs=latest.fields yours=draft.get_untracked() label=field_label
                        on_choose=choose on_cancel=Callback::new(move |_| theirs.set(None))/>
                </div>
            })}
            {move || message.get().map(|(ok, text)| view! {
                <div class=if ok { "alert alert-success span-2" } else { "alert alert-error span-2" }
                    role=if ok { "status" } else { "alert" }>
                    <span>{t_msg(&text)}</span>
                </div>
            })}
            <TextField label=t("account-name") name="name" required=true value=value(|d| d.name.clone())
                on_input=setter("name", |d, v| d.name = v) error=error_for("name") disabled autocomplete="organization"/>
            <TextField label=t("account-website") name="website" kind="url" value=value(|d| d.website.clone())
                on_input=setter("website", |d, v| d.website = v) error=error_for("website") disabled
                hint=t("account-website-hint") autocomplete="url"/>
            <TextField label=t("account-support-email") name="support_email" kind="email" value=value(|d| d.support_email.clone())
                on_input=setter("support_email", |d, v| d.support_email = v) error=error_for("support_email") disabled autocomplete="email"/>
            <SelectField label=t("account-language") name="language" value=value(|d| d.language.clone())
                on_input=setter("language", |d, v| d.language = v) error=error_for("language") options=pairs(LANGUAGES) disabled
                hint=t("account-language-hint")/>
            <TextAreaField label=t("account-description") name="description" span2=true value=value(|d| d.description.clone())
                on_input=setter("description", |d, v| d.description = v) error=error_for("description") disabled hint=t("account-description-hint")/>
            <fieldset class="span-2">
                <legend>{t("account-headquarters")}</legend>
                <TextField label=t("components-address-line1") name="address_line1" value=value(|d| d.address_line1.clone())
                    on_input=setter("address_line1", |d, v| d.address_line1 = v) error=error_for("address_line1") disabled autocomplete="address-line1"/>
                <TextField label=t("components-address-line2") name="address_line2" value=value(|d| d.address_line2.clone())
                    on_input=setter("address_line2", |d, v| d.address_line2 = v) error=error_for("address_line2") disabled autocomplete="address-line2"/>
                <TextField label=t("components-city") name="city" value=value(|d| d.city.clone())
                    on_input=setter("city", |d, v| d.city = v) error=error_for("city") disabled autocomplete="address-level2"/>
                <TextField label=t("components-region") name="region" value=value(|d| d.region.clone())
                    on_input=setter("region", |d, v| d.region = v) error=error_for("region") disabled autocomplete="address-level1"/>
                <TextField label=t("components-postcode") name="postcode" value=value(|d| d.postcode.clone())
                    on_input=setter("postcode", |d, v| d.postcode = v) error=error_for("postcode") disabled autocomplete="postal-code"/>
                <SelectField label=t("components-country") name="country" value=value(|d| d.country.clone()) empty=t("account-not-set")
                    on_input=setter("country", |d, v| d.country = v) error=error_for("country") options=crate::components::country_options() disabled/>
            </fieldset>
            <SelectField label=t("account-timezone") name="timezone" value=value(|d| d.timezone.clone())
                on_input=setter("timezone", |d, v| d.timezone = v) error=error_for("timezone") options=same(TIMEZONES) disabled
                hint=t("account-timezone-hint")/>
            <fieldset class="span-2">
                <legend>{t("account-organization")}</legend>
                <TextField label=t("account-legal-name") name="legal_name" value=value(|d| d.legal_name.clone())
                    on_input=setter("legal_name", |d, v| d.legal_name = v) error=error_for("legal_name") disabled/>
                <TextField label=t("account-tax-id") name="tax_id" value=value(|d| d.tax_id.clone())
                    on_input=setter("tax_id", |d, v| d.tax_id = v) error=error_for("tax_id") disabled hint=t("account-tax-id-hint")/>
                <SelectField label=t("account-industry") name="industry" value=value(|d| d.industry.clone()) empty=t("account-not-set")
                    on_input=setter("industry", |d, v| d.industry = v) error=error_for("industry") options=words(INDUSTRIES, "account-industries") disabled/>
                <SelectField label=t("account-company-size") name="company_size" value=value(|d| d.company_size.clone()) empty=t("account-not-set")
                    on_input=setter("company_size", |d, v| d.company_size = v) error=error_for("company_size") options=same(COMPANY_SIZES) disabled/>
            </fieldset>
            <div class="span-2">
                <h3>{t("account-enabled-modules")}</h3>
                <p class="muted">{t("account-modules-note")}</p>
                <ul class="badges" aria-label=t("account-enabled-modules")>
                    {move || account.with(|a| a.as_ref().map(|a| a.enabled_modules.iter()
                        .map(|m| view! { <li class="badge badge-grey">{module_name(m)}</li> })
                        .collect_view()))}
                </ul>
            </div>
            <Show when=move || can_edit.get()>
                <div class="form-actions span-2">
                    <button type="button" class="btn" on:click=discard disabled=move || !dirty.get() || busy.get()>{t("account-discard")}</button>
                    <OfflineNote id="offline-note"/>
                    <button type="submit" class="btn btn-primary" disabled=move || busy.get() || stale.get()
                        aria-describedby=move || is_offline().then_some("offline-note")>
                        {move || if busy.get() { t("common-saving") } else { t("common-save") }}
                    </button>
                </div>
            </Show>
        </form>
    }
}
