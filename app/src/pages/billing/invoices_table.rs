use crate::i18n::{current, t, t_word};
use crate::model::{InvoiceDto, Money};
use crate::util::format::format_date;
use leptos::prelude::*;
use leptos_router::components::A;

/// Invoices as a table: number (opening its page), period, issued, due, total and status.
#[component]
pub fn InvoiceRows(rows: Vec<InvoiceDto>) -> impl IntoView {
    let lang = current().code();
    view! {
        <div class="table-wrap">
            <table class="table">
                <caption class="visually-hidden">{t("billing-invoices")}</caption>
                <thead><tr>
                    <th scope="col">{t("billing-invoice-number")}</th>
                    <th scope="col">{t("billing-period")}</th>
                    <th scope="col">{t("billing-invoice-issued")}</th>
                    <th scope="col">{t("billing-invoice-due")}</th>
                    <th scope="col" class="num">{t("billing-invoice-total")}</th>
                    <th scope="col">{t("common-status")}</th>
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(|i| {
                        let href = format!("/settings/billing/invoices/{}", i.id);
                        let total = Money { minor: i.total_minor, currency: i.currency }.format(lang);
                        view! {
                            <tr>
                                <th scope="row"><A href=href>{i.id.clone()}</A></th>
                                <td>{i.period.clone()}</td>
                                <td>{format_date(i.issued_at)}</td>
                                <td>{format_date(i.due_at)}</td>
                                <td class="num">{total}</td>
                                <td>{t_word("status", i.status.as_str())}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
