use crate::components::{address_fields, FormMessage, FormState, TextField};
use crate::i18n::{t, t_args, t_msg};
use crate::validation::{SellerInput, CURRENCIES};
use leptos::prelude::*;

/// A new seller of the platform operator.
#[component]
pub fn NewSellerForm(on_created: Callback<()>) -> impl IntoView {
    let form = FormState::new(SellerInput::default(), |d: &SellerInput| {
        d.validate().err().unwrap_or_default()
    });
    let disabled = Signal::derive(move || form.busy.get());
    let currency_error = form.error("currencies");
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if !form.ready() {
            return;
        }
        form.busy.set(true);
        leptos::task::spawn_local(async move {
            match crate::api::ops_create_seller(form.draft.get_untracked()).await {
                Ok(r) => {
                    form.saved(
                        SellerInput::default(),
                        &t_args("operations-seller-created", &[("name", r.seller.name)]),
                    );
                    on_created.run(());
                }
                Err(e) => form.failed(e),
            }
            form.busy.set(false);
        });
    };
    view! {
        <form class="card form-grid" on:submit=save novalidate aria-labelledby="new-seller-title">
            <h2 id="new-seller-title" class="span-2">{t("operations-new-seller")}</h2>
            <FormMessage message=form.message/>
            <TextField label=t("operations-seller-name") name="name" required=true span2=true value=form.value(|d| d.name.clone())
                on_input=form.setter("name", |d, v| d.name = v) error=form.error("name") disabled/>
            <fieldset class="span-2 form-grid">
                <legend>{t("operations-address")}</legend>
                {address_fields(form, |d| &d.address, |d| &mut d.address, disabled)}
            </fieldset>
            <fieldset class="span-2 checkbox-grid" aria-describedby="currencies-error">
                <legend>{t("operations-currencies")}</legend>
                {CURRENCIES.iter().map(|c| {
                    let code = c.to_string();
                    let code2 = code.clone();
                    view! {
                        <label class="checkbox">
                            <input type="checkbox" prop:checked=move || form.draft.with(|d| d.currencies.contains(&code))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    let code = code2.clone();
                                    form.draft.update(|d| {
                                        d.currencies.retain(|x| *x != code);
                                        if on { d.currencies.push(code); }
                                    });
                                    form.touch(&["currencies"]);
                                }/>
                            " "{*c}
                        </label>
                    }
                }).collect_view()}
                <p class="field-error" id="currencies-error" aria-live="polite">{move || currency_error.get().map(|e| t_msg(&e))}</p>
            </fieldset>
            <div class="form-actions span-2">
                <button type="submit" class="btn btn-primary" disabled=move || form.busy.get() || crate::offline::is_offline()>{t("operations-create-seller")}</button>
            </div>
        </form>
    }
}
