use crate::components::{FormMessage, FormState, OfflineNote, TextField};
use crate::i18n::{t, t_args};
use crate::model::BillingOverview;
use crate::validation::{card_digits, CardBrand, CardInput};
use leptos::prelude::*;

/// The year and month now, where the form runs (the server checks again with its own).
fn this_month() -> (i64, i64) {
    #[cfg(not(feature = "ssr"))]
    {
        let c = crate::util::format::civil_utc(js_sys::Date::now() as i64);
        (c.year, i64::from(c.month))
    }
    #[cfg(feature = "ssr")]
    {
        (1970, 1)
    }
}

/// The card on file and the form to replace it. The number and the code are sent once, to be
/// checked; only the brand, the last four digits, the expiry and the holder are kept.
#[component]
pub fn CardForm(o: BillingOverview, can_edit: bool, reload: Callback<String>) -> impl IntoView {
    let form = FormState::new(CardInput::default(), |d: &CardInput| {
        d.validate(this_month()).err().unwrap_or_default()
    });
    let revision = o.revision;
    let disabled = Signal::derive(move || form.busy.get() || !can_edit);
    let brand = move || {
        form.draft.with(|d| {
            card_digits(&d.number)
                .and_then(|digits| CardBrand::of(&digits))
                .map(|b| b.name().to_string())
        })
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if !form.ready() {
            return;
        }
        form.busy.set(true);
        leptos::task::spawn_local(async move {
            match crate::api::billing_set_card(form.draft.get_untracked(), revision).await {
                Ok(card) => {
                    form.saved(CardInput::default(), "");
                    form.message.set(None);
                    reload.run(t_args("billing-card-saved", &[("card", card.label())]));
                }
                Err(e) => form.failed(e),
            }
            form.busy.set(false);
        });
    };
    let on_file = match &o.card {
        Some(c) => t_args(
            "billing-card-on-file",
            &[
                ("card", c.label()),
                ("expiry", format!("{:02}/{}", c.exp_month, c.exp_year)),
                ("holder", c.holder.clone()),
            ],
        ),
        None => t("billing-no-card").to_string(),
    };
    view! {
        <form class="card form-grid" on:submit=save novalidate aria-labelledby="billing-card">
            <h2 id="billing-card" class="span-2">{t("billing-payment-method")}</h2>
            <p class="span-2" data-testid="card-on-file">{on_file}</p>
            <Show when=move || can_edit>
                <FormMessage message=form.message/>
                <div class="span-2">
                    <TextField label=t("billing-card-number") name="number" required=true autocomplete="cc-number"
                        value=form.value(|d| d.number.clone()) on_input=form.setter("number", |d, v| d.number = v)
                        error=form.error("number") disabled/>
                    <p class="hint card-brand" aria-live="polite">{move || brand().map(|b| t_args("billing-card-brand", &[("brand", b)]))}</p>
                </div>
                <TextField label=t("billing-card-expiry") name="expiry" required=true autocomplete="cc-exp" hint=t("billing-card-expiry-hint")
                    value=form.value(|d| d.expiry.clone()) on_input=form.setter("expiry", |d, v| d.expiry = v)
                    error=form.error("expiry") disabled/>
                <TextField label=t("billing-card-cvc") name="cvc" required=true autocomplete="cc-csc"
                    value=form.value(|d| d.cvc.clone()) on_input=form.setter("cvc", |d, v| d.cvc = v)
                    error=form.error("cvc") disabled/>
                <TextField label=t("billing-card-holder") name="holder" required=true autocomplete="cc-name" span2=true
                    value=form.value(|d| d.holder.clone()) on_input=form.setter("holder", |d, v| d.holder = v)
                    error=form.error("holder") disabled/>
                <div class="form-actions span-2">
                    <OfflineNote/>
                    <button type="submit" class="btn btn-primary" disabled=move || form.busy.get() || crate::offline::is_offline()>{t("billing-save-card")}</button>
                </div>
            </Show>
        </form>
    }
}
