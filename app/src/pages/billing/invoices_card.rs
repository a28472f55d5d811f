use crate::components::export_local;
use crate::i18n::{current, t, t_msg, t_word};
use crate::model::{InvoiceDto, Money};
use crate::util::format::format_date;
use leptos::prelude::*;
use leptos_router::components::A;

fn money(i: &InvoiceDto) -> String {
    Money {
        minor: i.total_minor,
        currency: i.currency,
    }
    .format(current().code())
}

fn export(rows: &[InvoiceDto]) {
    export_local(
        "invoices.csv",
        &[
            "number",
            "period",
            "issued",
            "due",
            "total_minor",
            "currency",
            "status",
        ],
        rows.iter().map(|i| {
            vec![
                i.id.clone(),
                i.period.clone(),
                format_date(i.issued_at),
                format_date(i.due_at),
                i.total_minor.to_string(),
                i.currency.code().to_string(),
                i.status.as_str().to_string(),
            ]
        }),
    );
}

/// The account's invoices, newest first, each opening its page; exported as CSV.
#[component]
pub fn InvoicesCard() -> impl IntoView {
    let invoices = LocalResource::new(crate::api::billing_invoices);
    view! {
        <section class="card" aria-labelledby="billing-invoices">
            <h2 id="billing-invoices">{t("billing-invoices")}</h2>
            {move || invoices.get().map(|r| match r {
                Err(e) => view! { <p class="alert alert-error" role="alert">{t_msg(&e.to_string())}</p> }.into_any(),
                Ok(rows) if rows.is_empty() => view! { <p class="empty">{t("billing-no-invoices")}</p> }.into_any(),
                Ok(rows) => {
                    let all = rows.clone();
                    view! {
                        <div class="page-actions">
                            <button type="button" class="btn" on:click=move |_| export(&all)>{t("common-export-csv")}</button>
                        </div>
                        <div class="table-wrap">
                            <table class="table">
                                <caption class="visually-hidden">{t("billing-invoices")}</caption>
                                <thead><tr>
                                    <th scope="col">{t("billing-invoice-number")}</th>
                                    <th scope="col">{t("billing-period")}</th>
                                    <th scope="col">{t("billing-invoice-issued")}</th>
                                    <th scope="col">{t("billing-invoice-due")}</th>
                                    <th scope="col">{t("billing-invoice-total")}</th>
                                    <th scope="col">{t("common-status")}</th>
                                </tr></thead>
                                <tbody>
                                    {rows.into_iter().map(|i| {
                                        let href = format!("/settings/billing/invoices/{}", i.id);
                                        let total = money(&i);
                                        view! {
                                        <tr>
                                            <th scope="row"><A href=href>{i.id.clone()}</A></th>
                                            <td>{i.period.clone()}</td>
                                            <td>{format_date(i.issued_at)}</td>
                                            <td>{format_date(i.due_at)}</td>
                                            <td>{total}</td>
                                            <td>{t_word("status", i.status.as_str())}</td>
                                        </tr>
                                    }}).collect_view()}
                                </tbody>
                            </table>
                        </div>
                    }.into_any()
                }
            })}
        </section>
    }
}
