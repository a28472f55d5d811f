use crate::components::{
    use_list_query, KeysetPager, ListFilters, ListQuery, ListSearch, RequireModule, SortChoice,
};
use crate::i18n::{t, t_msg, t_word};
use crate::model::{status_class, BuyerDto, ListPage};
use crate::permissions::Module;
use crate::util::download;
use leptos::prelude::*;
use leptos_router::components::A;

const FILTERS: &[&str] = &["status"];

#[component]
pub fn BuyersPage() -> impl IntoView {
    view! { <RequireModule module=Module::Buyers><BuyersList/></RequireModule> }
}

/// Every buyer that matches the filters (all pages), written by the server.
fn export(list: ListQuery) {
    let params = list.params(FILTERS);
    leptos::task::spawn_local(async move {
        if let Ok(csv) = crate::api::export_buyers_csv(params).await {
            download("buyers.csv", "text/csv", &csv);
        }
    });
}

#[component]
fn BuyersList() -> impl IntoView {
    let list = use_list_query();
    let page = LocalResource::new(move || crate::api::buyers_page(list.params(FILTERS)));
    view! {
        <div class="page-header">
            <h1>{t("buyers-title")}</h1>
            <p class="page-subtitle">{t("buyers-subtitle")}</p>
            <div class="page-actions">
                <button type="button" class="btn" on:click=move |_| export(list)>{t("common-export-csv")}</button>
            </div>
        </div>
        <ListFilters list names=FILTERS>
            <ListSearch list label=t("common-search") placeholder=t("buyers-search-placeholder")/>
            <label>{t("common-status")}
                <select on:change=move |ev| list.set("status", event_target_value(&ev))>
                    <option value="">{t("buyers-any-status")}</option>
                    {["Enabled", "Active", "Disabled"].into_iter().map(|s| view! {
                        <option value=s selected=move || list.get("status") == s>{t_word("status", s)}</option>
                    }).collect_view()}
                </select>
            </label>
            <SortChoice list options=vec![("name", t("common-name")), ("created", t("common-created"))]/>
        </ListFilters>
        {move || match page.get() {
            None => view! { <p class="loading" role="status">{t("buyers-loading")}</p> }.into_any(),
            Some(Err(e)) => view! { <p class="alert alert-error" role="alert">{t_msg(&e.to_string())}</p> }.into_any(),
            Some(Ok(p)) => view! { <BuyersTable list page=p/> }.into_any(),
        }}
    }
}

#[component]
fn BuyersTable(list: ListQuery, page: ListPage<BuyerDto>) -> impl IntoView {
    let empty = page.rows.is_empty();
    let rows = page.rows.clone();
    view! {
        <div class="table-wrap">
            <table class="data-table" aria-label=t("buyers-title")>
                <thead><tr>
                    <th scope="col">{t("buyers-buyer")}</th><th scope="col">{t("buyers-tax-number")}</th><th scope="col">{t("buyers-address")}</th>
                    <th scope="col">{t("buyers-contact")}</th><th scope="col">{t("buyers-sellers")}</th><th scope="col">{t("buyers-licensees")}</th>
                    <th scope="col">{t("common-status")}</th>
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(|b| view! {
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
            {empty.then(|| view! { <p class="empty">{t("buyers-empty")}</p> })}
        </div>
        <KeysetPager list next=page.next_cursor.clone() total=(page.total, page.total_is_capped)/>
    }
}
