use super::profile_choices as choices;
use super::ThemeChoice;
use crate::components::{DraftOffer, FormMessage, FormState, OfflineNote, SelectField, TextField};
use crate::error::AppError;
use crate::i18n::{t, t_msg};
use crate::model::{DisplayPrefs, Profile};
use crate::offline::Draft;
use crate::state::use_session;
use crate::util::format::{datetime_with, number_with};
use crate::validation::ProfileInput;
use leptos::prelude::*;

/// Loads the profile once, then shows the form (which keeps its draft from then on).
#[component]
pub fn ProfileForm() -> impl IntoView {
    let loaded = RwSignal::new(None::<Result<Profile, AppError>>);
    leptos::task::spawn_local(async move { loaded.set(Some(crate::api::my_profile().await)) });
    move || match loaded.get() {
        None => view! { <p class="loading" role="status">{t("common-loading")}</p> }.into_any(),
        Some(Err(e)) => {
            view! { <p class="alert alert-error" role="alert">{t_msg(&e.to_string())}</p> }
                .into_any()
        }
        Some(Ok(p)) => view! { <ProfileFields profile=p/> }.into_any(),
    }
}

fn check(d: &ProfileInput) -> crate::error::FieldErrors {
    d.validate().err().unwrap_or_default()
}

/// What the draft's preferences would look like, for the live example.
fn prefs_of(d: &ProfileInput) -> DisplayPrefs {
    let some = |v: &str| (!v.is_empty()).then(|| v.to_string());
    DisplayPrefs {
        timezone: some(&d.timezone),
        date_format: some(&d.date_format),
        time_format: some(&d.time_format),
        number_format: some(&d.number_format),
        ..DisplayPrefs::default()
    }
}

/// Names, phone and display preferences, checked as typed by the same `ProfileInput::validate`
/// the server runs. A save refreshes the session, so the header, formats, theme and language
/// follow at once.
#[component]
fn ProfileFields(profile: Profile) -> impl IntoView {
    let ctx = use_session();
    let form = FormState::new(profile.fields.clone(), check);
    let revision = RwSignal::new(profile.revision);
    let conflict = RwSignal::new(false);
    // What is typed is kept on this device and offered back after a reload or offline.
    let saved = RwSignal::new(Some(profile.fields.clone()));
    let kept = Draft::keep(
        Signal::derive(|| Some("profile".to_string())),
        form.draft,
        saved.into(),
        revision,
    );
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if !form.ready() {
            return;
        }
        form.busy.set(true);
        conflict.set(false);
        let input = form.draft.get_untracked();
        leptos::task::spawn_local(async move {
            match crate::api::save_profile(input.clone(), revision.get_untracked()).await {
                Ok(rev) => {
                    kept.discard();
                    revision.set(rev);
                    saved.set(Some(input.clone()));
                    form.saved(input, t("profile-saved"));
                    // The header's name, the formats, the theme and (re-rendering the page)
                    // the language follow the refreshed session.
                    if let Ok(session) = crate::api::current_session().await {
                        ctx.set(session);
                    }
                }
                Err(e) => {
                    conflict.set(matches!(e, AppError::Conflict(_)));
                    form.failed(e);
                }
            }
            form.busy.set(false);
        });
    };
    let load_latest = move |_| {
        leptos::task::spawn_local(async move {
            if let Ok(latest) = crate::api::my_profile().await {
                revision.set(latest.revision);
                conflict.set(false);
                form.message
                    .set(Some((true, t("profile-loaded-latest").into())));
            }
        });
    };
    let disabled = Signal::derive(move || form.busy.get());
    let example = move || {
        form.draft.with(|d| {
            let p = prefs_of(d);
            let now = js_now();
            format!(
                "{} · {}",
                datetime_with(&p, now),
                number_with(&p, 1_234_567.89)
            )
        })
    };
    let value = move |get: fn(&ProfileInput) -> String| form.value(get);
    view! {
        <form class="card form-grid" on:submit=save novalidate aria-labelledby="profile-form-title">
            <h2 id="profile-form-title" class="span-2">{t("profile-form-title")}</h2>
            <FormMessage message=form.message/>
            <div class="span-2"><DraftOffer draft=kept on_restore=Callback::new(move |_| kept.restore(form.draft, revision))/></div>
            <Show when=move || conflict.get()>
                <div class="span-2"><button type="button" class="btn btn-sm" on:click=load_latest>{t("common-load-latest")}</button></div>
            </Show>
            <TextField label=t("profile-first-name") name="first_name" required=true autocomplete="given-name" disabled
                value=value(|d| d.first_name.clone()) on_input=form.setter("first_name", |d, v| d.first_name = v) error=form.error("first_name")/>
            <TextField label=t("profile-last-name") name="last_name" required=true autocomplete="family-name" disabled
                value=value(|d| d.last_name.clone()) on_input=form.setter("last_name", |d, v| d.last_name = v) error=form.error("last_name")/>
            <TextField label=t("common-phone") name="phone" kind="tel" autocomplete="tel" disabled hint=t("profile-phone-hint")
                value=value(|d| d.phone.clone()) on_input=form.setter("phone", |d, v| d.phone = v) error=form.error("phone")/>
            <SelectField label=t("profile-language") name="language" options=choices::languages(&profile.account_language) disabled
                value=value(|d| d.language.clone()) on_input=form.setter("language", |d, v| d.language = v) error=form.error("language")/>
            <SelectField label=t("profile-timezone") name="timezone" options=choices::timezones() disabled
                value=value(|d| d.timezone.clone()) on_input=form.setter("timezone", |d, v| d.timezone = v) error=form.error("timezone")/>
            <SelectField label=t("profile-date-format") name="date_format" options=choices::date_formats() disabled
                value=value(|d| d.date_format.clone()) on_input=form.setter("date_format", |d, v| d.date_format = v) error=form.error("date_format")/>
            <SelectField label=t("profile-time-format") name="time_format" options=choices::time_formats() disabled
                value=value(|d| d.time_format.clone()) on_input=form.setter("time_format", |d, v| d.time_format = v) error=form.error("time_format")/>
            <SelectField label=t("profile-number-format") name="number_format" options=choices::number_formats() disabled
                value=value(|d| d.number_format.clone()) on_input=form.setter("number_format", |d, v| d.number_format = v) error=form.error("number_format")/>
            <p class="span-2 muted" aria-live="polite"><span>{t("profile-example")}</span>" "<span data-testid="format-example">{example}</span></p>
            <ThemeChoice value=value(|d| d.theme.clone()) on_input=form.setter("theme", |d, v| d.theme = v) error=form.error("theme")/>
            <div class="form-actions span-2">
                <OfflineNote/>
                <button type="submit" class="btn btn-primary" disabled=move || form.busy.get() || crate::offline::is_offline()>
                    {move || if form.busy.get() { t("common-saving") } else { t("common-save") }}
                </button>
            </div>
        </form>
    }
}

/// Now, in epoch milliseconds (the example shows the current moment).
fn js_now() -> i64 {
    #[cfg(target_arch = "wasm32")]
    return js_sys::Date::now() as i64;
    #[cfg(not(target_arch = "wasm32"))]
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}
