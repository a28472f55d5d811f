use crate::components::{ListPager, ListQuery};
use crate::i18n::{t, t_word};
use crate::model::{status_class, LicenseeDto};
use crate::util::{csv_field, download};
use leptos::prelude::*;
use leptos_router::components::A;

pub fn matches(l: &LicenseeDto, q: &str, status: &str, buyer: &str) -> bool {
    let q = q.trim().to_lowercase();
    (status.is_empty() || l.status.as_str() == status || (status == "Unavailable" && !l.available))
        && (buyer.is_empty() || l.buyer.id == buyer)
        && (q.is_empty()
            || l.name.to_lowercase().contains(&q)
            || l.id.to_lowercase().contains(&q)
            || l.external_ref.to_lowercase().contains(&q))
}

pub fn export(rows: &[LicenseeDto]) {
    let mut csv = String::from("id,name,resale,external_ref,buyer,seller,status,available\r\n");
    for l in rows {
        let cells = [
            l.id.clone(),
            l.name.clone(),
            l.resale.to_string(),
            l.external_ref.clone(),
            l.buyer.name.clone(),
            l.seller.name.clone(),
            l.status.as_str().to_string(),
            l.available.to_string(),
        ];
        let line: Vec<String> = cells.iter().map(|c| csv_field(c)).collect();
        csv.push_str(&line.join(","));
        csv.push_str("\r\n");
    }
    download("licensees.csv", "text/csv", &csv);
}

/// Licensees as a table: every one of a buyer (its tab), or the page's filtered rows.
#[component]
pub fn LicenseesTable(
    #[prop(optional)] buyer_id: Option<String>,
    #[prop(optional)] rows: Option<Memo<Vec<LicenseeDto>>>,
    #[prop(optional)] list: Option<ListQuery>,
) -> impl IntoView {
    let own =
        buyer_id.map(|b| LocalResource::new(move || crate::api::list_licensees(Some(b.clone()))));
    let rows = rows.unwrap_or_else(|| {
        Memo::new(move |_| {
            own.and_then(|r| r.get())
                .and_then(Result::ok)
                .unwrap_or_default()
        })
    });
    let total = Signal::derive(move || rows.with(Vec::len));
    let page = move || {
        let (size, page) = list
            .map(|l| (l.page_size(), l.page()))
            .unwrap_or((usize::MAX, 0));
        rows.with(|r| {
            let pages = r.len().div_ceil(size.max(1)).max(1);
            r.iter()
                .skip(page.min(pages - 1).saturating_mul(size))
                .take(size)
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    view! {
        <div class="table-wrap">
            <table class="data-table" aria-label=t("licensees-title")>
                <thead><tr>
                    <th scope="col">{t("licensees-licensee")}</th><th scope="col">{t("licensees-buyer")}</th><th scope="col">{t("licensees-seller")}</th>
                    <th scope="col">{t("licensees-external-ref")}</th><th scope="col">{t("common-status")}</th>
                </tr></thead>
                <tbody>
                    {move || page().into_iter().map(|l| view! {
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
            <Show when=move || total.get() == 0>
                <p class="empty">{t("licensees-empty")}</p>
            </Show>
        </div>
        {list.map(|list| view! { <ListPager list total/> })}
    }
}
