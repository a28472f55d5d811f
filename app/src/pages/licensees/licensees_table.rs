use crate::i18n::{t, t_word};
use crate::model::{status_class, LicenseeDto, ListParams};
use leptos::prelude::*;
use leptos_router::components::A;

/// Licensees as a table (the rows of one page of the list).
#[component]
pub fn LicenseeRows(rows: Vec<LicenseeDto>) -> impl IntoView {
    let empty = rows.is_empty();
    view! {
        <div class="table-wrap">
            <table class="data-table" aria-label=t("licensees-title")>
                <thead><tr>
                    <th scope="col">{t("licensees-licensee")}</th><th scope="col">{t("licensees-buyer")}</th><th scope="col">{t("licensees-seller")}</th>
                    <th scope="col">{t("licensees-external-ref")}</th><th scope="col">{t("common-status")}</th>
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(|l| view! {
                        <tr>
                            <td><A href=format!("/settings/licensees/{}", l.id)>{l.name.clone()}</A>
                                {l.resale.then(|| view! { " " <span class="badge badge-grey">{t("licensees-resale")}</span> })}
                                <br/><span class="muted mono">{l.id.clone()}</span></td>
                            <td><A href=format!("/settings/buyers/{}", l.buyer.id)>{l.buyer.name.clone()}</A></td>
                            <td>{l.seller.name.clone()}</td>
                            <td class="mono">{l.external_ref.clone()}</td>
                            <td><span class=status_class(l.status.as_str())>{t_word("status", l.status.as_str())}</span>
                                {(!l.available && l.status == crate::model::LicenseeStatus::Active).then(|| view! {
                                    " " <span class="badge badge-red">{t("status-unavailable")}</span>
                                })}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            {empty.then(|| view! { <p class="empty">{t("licensees-empty")}</p> })}
        </div>
    }
}

/// A buyer's licensees (its tab): the first 100 by name, and a link to all of them in the
/// Licensees list when there are more.
#[component]
pub fn LicenseesTable(buyer_id: String) -> impl IntoView {
    let id = buyer_id.clone();
    let page = LocalResource::new(move || {
        let mut p = ListParams {
            limit: 100,
            ..Default::default()
        };
        p.filters.insert("buyer".into(), id.clone());
        crate::api::licensees_page(p)
    });
    view! {
        {move || page.get().and_then(Result::ok).map(|p| {
            let more = p.next_cursor.is_some();
            let href = format!("/settings/licensees?buyer={buyer_id}");
            view! {
                <LicenseeRows rows=p.rows/>
                {more.then(|| view! { <p><A href=href>{t("licensees-see-all")}</A></p> })}
            }
        })}
    }
}
