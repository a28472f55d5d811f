use crate::components::{
    address_fields, DraftOffer, FormMessage, FormState, OfflineNote, TextField,
};
use crate::i18n::t;
use crate::model::BillingOverview;
use crate::offline::Draft;
use crate::validation::BillingContactInput;
use leptos::prelude::*;

/// Who receives the invoices, the billing address and the tax id (revision-checked).
#[component]
pub fn ContactForm(o: BillingOverview, can_edit: bool, reload: Callback<String>) -> impl IntoView {
    let form = FormState::new(o.contact.clone(), |d: &BillingContactInput| {
        d.validate().err().unwrap_or_default()
    });
    let revision = o.revision;
    let disabled = Signal::derive(move || form.busy.get() || !can_edit);
    // What is typed is kept on this device and offered back after a reload or offline.
    let loaded = o.contact.clone();
    let kept = Draft::keep(
        Signal::derive(move || can_edit.then(|| "billing:contact".to_string())),
        form.draft,
        Signal::derive(move || Some(loaded.clone())),
        RwSignal::new(revision),
    );
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if !form.ready() {
            return;
        }
        form.busy.set(true);
        leptos::task::spawn_local(async move {
            let input = form.draft.get_untracked();
            match crate::api::billing_set_contact(input.clone(), revision).await {
                Ok(()) => {
                    kept.discard();
                    form.saved(input, "");
                    form.message.set(None);
                    reload.run(t("billing-contact-saved").to_string());
                }
                Err(e) => form.failed(e),
            }
            form.busy.set(false);
        });
    };
    view! {
        <form class="card form-grid" on:submit=save novalidate aria-labelledby="billing-contact">
            <h2 id="billing-contact" class="span-2">{t("billing-contact")}</h2>
            <FormMessage message=form.message/>
            <div class="span-2"><DraftOffer draft=kept on_restore=Callback::new(move |_| kept.restore_with(|d, _| form.draft.set(d)))/></div>
            <TextField label=t("billing-contact-name") name="name" required=true
                value=form.value(|d| d.name.clone()) on_input=form.setter("name", |d, v| d.name = v)
                error=form.error("name") disabled/>
            <TextField label=t("billing-contact-emails") name="emails" required=true hint=t("billing-contact-emails-hint")
                value=form.value(|d| d.emails.clone()) on_input=form.setter("emails", |d, v| d.emails = v)
                error=form.error("emails") disabled/>
            {address_fields(form, |d| &d.address, |d| &mut d.address, disabled)}
            <TextField label=t("billing-tax-id") name="tax_id"
                value=form.value(|d| d.tax_id.clone()) on_input=form.setter("tax_id", |d, v| d.tax_id = v)
                error=form.error("tax_id") disabled/>
            <Show when=move || can_edit>
                <div class="form-actions span-2">
                    <OfflineNote/>
                    <button type="submit" class="btn btn-primary" disabled=move || form.busy.get() || crate::offline::is_offline()>{t("billing-save-contact")}</button>
                </div>
            </Show>
        </form>
    }
}
