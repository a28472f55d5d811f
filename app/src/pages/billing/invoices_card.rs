use super::invoices_table::InvoiceRows;
use crate::i18n::{t, t_msg};
use crate::model::ListParams;
use leptos::prelude::*;
use leptos_router::components::A;

/// The account's three latest invoices on the Billing page, and the way to all of them.
#[component]
pub fn InvoicesCard() -> impl IntoView {
    let latest = LocalResource::new(|| {
        crate::api::billing_invoices_page(ListParams {
            limit: 3,
            ..Default::default()
        })
    });
    view! {
        <section class="card" aria-labelledby="billing-invoices">
            <h2 id="billing-invoices">{t("billing-invoices")}</h2>
            {move || latest.get().map(|r| match r {
                Err(e) => view! { <p class="alert alert-error" role="alert">{t_msg(&e.to_string())}</p> }.into_any(),
                Ok(p) if p.rows.is_empty() => view! { <p class="empty">{t("billing-no-invoices")}</p> }.into_any(),
                Ok(p) => view! {
                    <InvoiceRows rows=p.rows/>
                    <p><A href="/settings/billing/invoices">{t("billing-all-invoices")}</A></p>
                }.into_any(),
            })}
        </section>
    }
}
