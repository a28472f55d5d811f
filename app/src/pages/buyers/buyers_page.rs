use crate::components::{use_list_query, ListPager, ListQuery, RequireModule};
use crate::i18n::{t, t_msg, t_word};
use crate::model::{status_class, BuyerDto};
use crate::permissions::Module;
use crate::util::{csv_field, download};
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn BuyersPage() -> impl IntoView {
    view! { <RequireModule module=Module::Buyers><BuyersList/></RequireModule> }
}

fn matches(b: &BuyerDto, q: &str, status: &str) -> bool {
    let q = q.trim().to_lowercase();
    (status.is_empty() || b.status.as_str() == status)
        && (q.is_empty()
            || b.name.to_lowercase().contains(&q)
            || b.id.to_lowercase().contains(&q)
            || b.tax_number.to_lowercase().contains(&q))
}

fn export(rows: &[BuyerDto]) {
    let mut csv = String::from("id,name,tax_number,address,contact,sellers,licensees,status\r\n");
    for b in rows {
        let sellers: Vec<&str> = b.sellers.iter().map(|s| s.name.as_str()).collect();
        let cells = [
            b.id.clone(),
            b.name.clone(),
            b.tax_number.clone(),
            b.address.one_line(),
            b.contact.display(),
            sellers.join("; "),
            b.licensees.to_string(),
            b.status.as_str().to_string(),
        ];
        let line: Vec<String> = cells.iter().map(|c| csv_field(c)).collect();
        csv.push_str(&line.join(","));
        csv.push_str("\r\n");
    }
    download("buyers.csv", "text/csv", &csv);
}

#[component]
fn BuyersList() -> impl IntoView {
    let list = use_list_query();
    let buyers = LocalResource::new(crate::api::list_buyers);
    let filtered = Memo::new(move |_| {
        let (q, status) = (list.get("q"), list.get("status"));
        buyers
            .get()
            .and_then(Result::ok)
            .unwrap_or_default()
            .into_iter()
            .filter(|b| matches(b, &q, &status))
            .collect::<Vec<_>>()
    });
    view! {
        <div class="page-header">
            <h1>{t("buyers-title")}</h1>
            <p class="page-subtitle">{t("buyers-subtitle")}</p>
            <div class="page-actions">
                <button type="button" class="btn" on:click=move |_| export(&filtered.get_untracked())>{t("common-export-csv")}</button>
            </div>
        </div>
        <BuyerFilters list/>
        {move || match buyers.get() {
            None => view! { <p class="loading" role="status">{t("buyers-loading")}</p> }.into_any(),
            Some(Err(e)) => view! { <p class="alert alert-error" role="alert">{t_msg(&e.to_string())}</p> }.into_any(),
            Some(Ok(_)) => view! { <BuyersTable list rows=filtered/> }.into_any(),
        }}
    }
}

#[component]
fn BuyerFilters(list: ListQuery) -> impl IntoView {
    view! {
        <div class="filters" role="search">
            <label>{t("common-search")}
                <input type="search" placeholder=t("buyers-search-placeholder") prop:value=move || list.get("q")
                    on:change=move |ev| list.set("q", event_target_value(&ev))/>
            </label>
            <label>{t("common-status")}
                <select on:change=move |ev| list.set("status", event_target_value(&ev))>
                    <option value="">{t("buyers-any-status")}</option>
                    {["Enabled", "Active", "Disabled"].into_iter().map(|s| view! {
                        <option value=s selected=move || list.get("status") == s>{t_word("status", s)}</option>
                    }).collect_view()}
                </select>
            </label>
        </div>
    }
}

#[component]
fn BuyersTable(list: ListQuery, rows: Memo<Vec<BuyerDto>>) -> impl IntoView {
    let total = Signal::derive(move || rows.with(Vec::len));
    let page = move || {
        let size = list.page_size();
        rows.with(|r| {
            let pages = r.len().div_ceil(size).max(1);
            let start = list.page().min(pages - 1) * size;
            r.iter().skip(start).take(size).cloned().collect::<Vec<_>>()
        })
    };
    view! {
        <div class="table-wrap">
            <table class="data-table" aria-label=t("buyers-title")>
                <thead><tr>
                    <th scope="col">{t("buyers-buyer")}</th><th scope="col">{t("buyers-tax-number")}</th><th scope="col">{t("buyers-address")}</th>
                    <th scope="col">{t("buyers-contact")}</th><th scope="col">{t("buyers-sellers")}</th><th scope="col">{t("buyers-licensees")}</th>
                    <th scope="col">{t("common-status")}</th>
                </tr></thead>
                <tbody>
                    {move || page().into_iter().map(|b| view! {
                        <tr>
                            <td><A href=format!("/settings/buyers/{}", b.id)>{b.name.clone()}</A>
                                <br/><span class="muted mono">{b.id.clone()}</span></td>
                            <td class="mono">{b.tax_number.clone()}</td>
                            <td>{b.address.one_line()}</td>
                            <td>{b.contact.display()}</td>
                            <td>{b.sellers.iter().map(|s| s.name.clone()).collect::<Vec<_>>().join(", ")}</td>
                            <td>{b.licensees}</td>
                            <td><span class=status_class(b.status.as_str())>{t_word("status", b.status.as_str())}</span></td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            <Show when=move || total.get() == 0>
                <p class="empty">{t("buyers-empty")}</p>
            </Show>
        </div>
        <ListPager list total/>
    }
}
