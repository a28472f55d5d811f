use super::licensees_table::LicenseeRows;
use crate::components::{
    use_list_query, KeysetPager, ListFilters, ListQuery, ListSearch, RequireModule, SortChoice,
};
use crate::i18n::{t, t_msg, t_word};
use crate::permissions::{Level, Module};
use crate::state::use_session;
use crate::util::download;
use leptos::prelude::*;

const FILTERS: &[&str] = &["status", "buyer"];

#[component]
pub fn LicenseesPage() -> impl IntoView {
    view! { <RequireModule module=Module::Licensees><LicenseesList/></RequireModule> }
}

/// Every licensee that matches the filters (all pages), written by the server.
fn export(list: ListQuery) {
    let params = list.params(FILTERS);
    leptos::task::spawn_local(async move {
        if let Ok(csv) = crate::api::export_licensees_csv(params).await {
            download("licensees.csv", "text/csv", &csv);
        }
    });
}

#[component]
fn LicenseesList() -> impl IntoView {
    let ctx = use_session();
    let can_edit = move || {
        ctx.session.with(|s| {
            s.as_ref()
                .is_some_and(|s| s.allows(Module::Licensees, Level::Edit))
        })
    };
    let list = use_list_query();
    let page = LocalResource::new(move || crate::api::licensees_page(list.params(FILTERS)));
    // The buyer filter offers the buyers the person may see (id and name only).
    let buyers = LocalResource::new(crate::api::licensee_buyer_choices);
    view! {
        <div class="page-header">
            <h1>{t("licensees-title")}</h1>
            <p class="page-subtitle">{t("licensees-subtitle")}</p>
            <div class="page-actions">
                <button type="button" class="btn" on:click=move |_| export(list)>{t("common-export-csv")}</button>
                <Show when=can_edit>
                    <a class="btn btn-primary" href="/settings/licensees/new">{t("licensees-new")}</a>
                </Show>
            </div>
        </div>
        <ListFilters list names=FILTERS>
            <ListSearch list label=t("common-search") placeholder=t("licensees-search-placeholder")/>
            <label>{t("common-status")}
                <select on:change=move |ev| list.set("status", event_target_value(&ev))>
                    <option value="">{t("licensees-any-status")}</option>
                    {["New", "Active", "Disabled", "Unavailable"].into_iter().map(|s| view! {
                        <option value=s selected=move || list.get("status") == s>{t_word("status", s)}</option>
                    }).collect_view()}
                </select>
            </label>
            <label>{t("licensees-buyer")}
                <select on:change=move |ev| list.set("buyer", event_target_value(&ev))>
                    <option value="">{t("licensees-any-buyer")}</option>
                    {move || buyers.get().and_then(Result::ok).unwrap_or_default().into_iter().map(|b| {
                        let v = b.id.clone();
                        view! { <option value=b.id selected=move || list.get("buyer") == v>{b.name}</option> }
                    }).collect_view()}
                </select>
            </label>
            <SortChoice list options=vec![("name", t("common-name")), ("created", t("common-created"))]/>
        </ListFilters>
        {move || match page.get() {
            None => view! { <p class="loading" role="status">{t("licensees-loading")}</p> }.into_any(),
            Some(Err(e)) => view! { <p class="alert alert-error" role="alert">{t_msg(&e.to_string())}</p> }.into_any(),
            Some(Ok(p)) => {
                let rows = p.rows.clone();
                view! { <LicenseeRows rows/> <KeysetPager list next=p.next_cursor.clone() total=(p.total, p.total_is_capped)/> }.into_any()
            }
        }}
    }
}
