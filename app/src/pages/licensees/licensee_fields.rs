//! The licensee's own fields, shared by the create wizard and the edit form (both keep a
//! `LicenseeInput` draft; the edit form's buyer and seller are fixed).

use crate::components::{address_fields, FormState, LogoPicker, TextAreaField, TextField};
use crate::i18n::t;
use crate::model::AddressDto;
use crate::validation::LicenseeInput;
use leptos::prelude::*;

pub fn general_fields(form: FormState<LicenseeInput>, disabled: Signal<bool>) -> impl IntoView {
    view! {
        <TextField label=t("common-name") name="name" required=true value=form.value(|d| d.name.clone())
            on_input=form.setter("name", |d, v| d.name = v) error=form.error("name") disabled/>
        <TextField label=t("licensees-external-ref") name="external_ref" hint=t("licensees-external-ref-hint")
            value=form.value(|d| d.external_ref.clone())
            on_input=form.setter("external_ref", |d, v| d.external_ref = v) error=form.error("external_ref") disabled/>
        <div class="field span-2">
            <label class="checkbox">
                <input type="checkbox" prop:checked=move || form.draft.with(|d| d.resale)
                    disabled=move || disabled.get()
                    on:change=move |ev| form.draft.update(|d| d.resale = event_target_checked(&ev))/>
                " "{t("licensees-resale-licensee")}
            </label>
            <p class="field-hint">{t("licensees-resale-hint")}</p>
        </div>
        <TextAreaField label=t("licensees-description") name="description" span2=true value=form.value(|d| d.description.clone())
            on_input=form.setter("description", |d, v| d.description = v) error=form.error("description") disabled/>
    }
}

/// The buyer's address (kept in step with it) or the licensee's own.
pub fn address_choice(
    form: FormState<LicenseeInput>,
    buyer_address: Signal<Option<AddressDto>>,
    disabled: Signal<bool>,
) -> impl IntoView {
    let uses_buyer = move || form.draft.with(|d| d.use_buyer_address);
    view! {
        <fieldset class="span-2">
            <legend>{t("licensees-address")}</legend>
            <label class="radio">
                <input type="radio" name="address_source" prop:checked=uses_buyer disabled=move || disabled.get()
                    on:change=move |_| form.draft.update(|d| d.use_buyer_address = true)/>
                " "{t("licensees-use-buyer-address")}
            </label>
            <label class="radio">
                <input type="radio" name="address_source" prop:checked=move || !uses_buyer() disabled=move || disabled.get()
                    on:change=move |_| form.draft.update(|d| d.use_buyer_address = false)/>
                " "{t("licensees-own-address")}
            </label>
        </fieldset>
        {move || if uses_buyer() {
            view! { <p class="span-2 muted">{move || buyer_address.get().map(|a| a.one_line()).unwrap_or_else(|| t("licensees-choose-buyer-first").into())}</p> }.into_any()
        } else {
            view! { <div class="span-2 form-grid">{address_fields(form, |d| &d.address, |d| &mut d.address, disabled)}</div> }.into_any()
        }}
    }
}

/// The wizard's optional logo: read in the browser, kept in the draft as a `data:` URL and
/// checked by the server when the licensee is created (an error comes back on `logo`).
#[component]
pub fn WizardLogo(form: FormState<LicenseeInput>) -> impl IntoView {
    let src = Signal::derive(move || form.draft.with(|d| d.logo.clone()));
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    Effect::new(move || error.set(form.error("logo").get().map(|e| crate::i18n::t_msg(&e))));
    let upload = Callback::new(move |url: String| {
        busy.set(false);
        form.draft.update(|d| d.logo = Some(url));
        form.server_errors.update(|e| {
            e.remove("logo");
        });
    });
    let remove = Callback::new(move |_| form.draft.update(|d| d.logo = None));
    view! {
        <div class="field span-2">
            <span class="label">{t("licensees-logo")}</span>
            <LogoPicker id="licensee-wizard-logo" src alt=t("licensees-logo-alt") can_edit=Signal::stored(true)
                busy error on_upload=upload on_remove=remove/>
        </div>
    }
}
