use crate::components::{address_fields, contact_fields, FormMessage, FormState, TextField};
use crate::i18n::{t, t_args};
use crate::validation::NewBuyerInput;
use leptos::prelude::*;

/// Operations creates a buyer for a client account.
#[component]
pub fn NewBuyerForm(account_id: String, on_created: Callback<()>) -> impl IntoView {
    let form = FormState::new(NewBuyerInput::default(), |d: &NewBuyerInput| {
        d.validate().err().unwrap_or_default()
    });
    let disabled = Signal::derive(move || form.busy.get());
    let account_id = StoredValue::new(account_id);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if !form.ready() {
            return;
        }
        form.busy.set(true);
        leptos::task::spawn_local(async move {
            match crate::api::ops_create_buyer(account_id.get_value(), form.draft.get_untracked())
                .await
            {
                Ok(b) => {
                    form.saved(
                        NewBuyerInput::default(),
                        &t_args("operations-buyer-created", &[("name", b.name)]),
                    );
                    on_created.run(());
                }
                Err(e) => form.failed(e),
            }
            form.busy.set(false);
        });
    };
    view! {
        <form class="card form-grid" on:submit=save novalidate aria-labelledby="new-buyer-title">
            <h2 id="new-buyer-title" class="span-2">{t("operations-new-buyer")}</h2>
            <FormMessage message=form.message/>
            <TextField label=t("operations-buyer-name") name="name" required=true value=form.value(|d| d.name.clone())
                on_input=form.setter("name", |d, v| d.name = v) error=form.error("name") disabled/>
            <TextField label=t("operations-tax-number") name="tax_number" required=true value=form.value(|d| d.tax_number.clone())
                on_input=form.setter("tax_number", |d, v| d.tax_number = v) error=form.error("tax_number") disabled/>
            <fieldset class="span-2 form-grid">
                <legend>{t("operations-address")}</legend>
                {address_fields(form, |d| &d.address, |d| &mut d.address, disabled)}
            </fieldset>
            <fieldset class="span-2 form-grid">
                <legend>{t("operations-contact")}</legend>
                {contact_fields(form, |d| &d.contact, |d| &mut d.contact, disabled)}
            </fieldset>
            <div class="form-actions span-2">
                <button type="submit" class="btn btn-primary" disabled=move || form.busy.get() || crate::offline::is_offline()>{t("operations-create-buyer")}</button>
            </div>
        </form>
    }
}
