use crate::components::{
    export_local, use_list_query, ListFilters, ListPager, ListQuery, ListSearch, LocalList,
    RequireModule, SortChoice,
};
use crate::i18n::{t, t_msg, t_word};
use crate::model::{status_class, SellerDto};
use crate::permissions::Module;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn SellersPage() -> impl IntoView {
    view! { <RequireModule module=Module::Sellers><SellersList/></RequireModule> }
}

fn buyer_names(s: &SellerDto) -> String {
    let names: Vec<&str> = s.buyers.iter().map(|b| b.name.as_str()).collect();
    names.join(", ")
}

/// The sellers an account trades with are few: loaded whole, searched, sorted and paged here.
const KIT: LocalList<SellerDto> = LocalList {
    text: |s| {
        format!(
            "{} {} {} {}",
            s.name,
            s.id,
            s.address.one_line(),
            s.currencies.join(" ")
        )
    },
    key: |s, sort| match sort {
        "status" => s.status.as_str().to_string(),
        "buyers" => s.buyers.len().to_string(),
        _ => s.name.clone(),
    },
    default_sort: "name",
};

fn export(rows: Vec<SellerDto>) {
    export_local(
        "sellers.csv",
        &["id", "name", "address", "currencies", "buyers", "status"],
        rows.into_iter().map(|s| {
            vec![
                s.id.clone(),
                s.name.clone(),
                s.address.one_line(),
                s.currencies.join("; "),
                buyer_names(&s),
                s.status.as_str().to_string(),
            ]
        }),
    );
}

#[component]
fn SellersList() -> impl IntoView {
    let list = use_list_query();
    let sellers = LocalResource::new(crate::api::list_sellers);
    let matching = Memo::new(move |_| match sellers.get() {
        Some(Ok(rows)) => KIT.matching(&rows, list),
        _ => vec![],
    });
    view! {
        <div class="page-header">
            <h1>{t("sellers-title")}</h1>
            <p class="page-subtitle">{t("sellers-subtitle")}</p>
            <div class="page-actions">
                <button type="button" class="btn" on:click=move |_| export(matching.get_untracked())>{t("common-export-csv")}</button>
            </div>
        </div>
        <ListFilters list names=&[]>
            <ListSearch list label=t("common-search") placeholder=t("sellers-search-placeholder")/>
            <SortChoice list options=vec![("name", t("common-name")), ("buyers", t("sellers-buyers")), ("status", t("common-status"))]/>
        </ListFilters>
        {move || match sellers.get() {
            None => view! { <p class="loading" role="status">{t("sellers-loading")}</p> }.into_any(),
            Some(Err(e)) => view! { <p class="alert alert-error" role="alert">{t_msg(&e.to_string())}</p> }.into_any(),
            Some(Ok(_)) => view! { <SellerRows list rows=KIT.page(&matching.get(), list)/> }.into_any(),
        }}
        <ListPager list total=Signal::derive(move || matching.with(Vec::len))/>
    }
}

#[component]
fn SellerRows(list: ListQuery, rows: Vec<SellerDto>) -> impl IntoView {
    let empty = rows.is_empty();
    let searching = !list.get("q").is_empty();
    view! {
        <div class="table-wrap">
            <table class="data-table" aria-label=t("sellers-title")>
                <thead><tr>
                    <th scope="col">{t("sellers-seller")}</th><th scope="col">{t("sellers-address")}</th><th scope="col">{t("sellers-currencies")}</th>
                    <th scope="col">{t("sellers-buyers")}</th><th scope="col">{t("common-status")}</th>
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(|s| {
                        let buyers = buyer_names(&s);
                        view! {
                        <tr>
                            <td><A href=format!("/settings/sellers/{}", s.id)>{s.name.clone()}</A>
                                <br/><span class="muted mono">{s.id.clone()}</span></td>
                            <td>{s.address.one_line()}</td>
                            <td>{s.currencies.join(", ")}</td>
                            <td>{buyers}</td>
                            <td><span class=status_class(s.status.as_str())>{t_word("status", s.status.as_str())}</span></td>
                        </tr>
                    }}).collect_view()}
                </tbody>
            </table>
        </div>
        {empty.then(|| view! { <p class="empty">{if searching { t("common-no-matches") } else { t("sellers-empty") }}</p> })}
    }
}
