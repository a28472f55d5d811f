use super::invoices_table::InvoiceRows;
use crate::components::{use_list_query, KeysetPager, ListFilters, ListQuery, RequireModule};
use crate::i18n::{t, t_msg, t_word};
use crate::permissions::Module;
use crate::util::download;
use leptos::prelude::*;
use leptos_router::components::A;

const FILTERS: &[&str] = &["status", "from", "to"];

#[component]
pub fn InvoicesPage() -> impl IntoView {
    view! { <RequireModule module=Module::Billing><InvoicesList/></RequireModule> }
}

/// Every invoice matching the filters (all pages), written by the server.
fn export(list: ListQuery, failed: RwSignal<Option<String>>) {
    let params = list.params(FILTERS);
    leptos::task::spawn_local(async move {
        match crate::api::export_invoices_csv(params).await {
            Ok(csv) => download("invoices.csv", "text/csv", &csv),
            Err(e) => failed.set(Some(t_msg(&e.to_string()))),
        }
    });
}

/// The account's invoices: filters by status and days of issue (in the URL), newest first,
/// keyset-paged, exported as CSV.
#[component]
fn InvoicesList() -> impl IntoView {
    let list = use_list_query();
    let page = LocalResource::new(move || crate::api::billing_invoices_page(list.params(FILTERS)));
    let failed = RwSignal::new(None::<String>);
    let date = move |key: &'static str, label: &'static str| {
        view! {
            <label>{label}
                <input type="date" prop:value=move || list.get(key)
                    on:change=move |ev| list.set(key, event_target_value(&ev))/>
            </label>
        }
    };
    view! {
        <p class="no-print"><A href="/settings/billing">{t("billing-back")}</A></p>
        <div class="page-header">
            <h1>{t("billing-invoices")}</h1>
            <p class="page-subtitle">{t("billing-invoices-subtitle")}</p>
            <div class="page-actions">
                <button type="button" class="btn" on:click=move |_| export(list, failed)>{t("common-export-csv")}</button>
            </div>
        </div>
        {move || failed.get().map(|m| view! { <p class="alert alert-error" role="alert">{m}</p> })}
        <ListFilters list names=FILTERS>
            <label>{t("common-status")}
                <select on:change=move |ev| list.set("status", event_target_value(&ev))>
                    <option value="">{t("billing-any-status")}</option>
                    {["Open", "Paid", "Void"].into_iter().map(|s| view! {
                        <option value=s selected=move || list.get("status") == s>{t_word("status", s)}</option>
                    }).collect_view()}
                </select>
            </label>
            {date("from", t("billing-issued-from"))}
            {date("to", t("billing-issued-to"))}
        </ListFilters>
        {move || match page.get() {
            None => view! { <p class="loading" role="status">{t("billing-loading")}</p> }.into_any(),
            Some(Err(e)) => view! { <p class="alert alert-error" role="alert">{t_msg(&e.to_string())}</p> }.into_any(),
            Some(Ok(p)) if p.rows.is_empty() => view! { <p class="empty">{t("billing-no-matching-invoices")}</p> }.into_any(),
            Some(Ok(p)) => view! {
                <InvoiceRows rows=p.rows.clone()/>
                <KeysetPager list next=p.next_cursor.clone() total=(p.total, p.total_is_capped)/>
            }.into_any(),
        }}
    }
}
