use super::licensees_table::{export, matches};
use super::LicenseesTable;
use crate::components::{use_list_query, ListQuery, RequireModule};
use crate::i18n::{t, t_msg, t_word};
use crate::permissions::{Level, Module};
use crate::state::use_session;
use leptos::prelude::*;

#[component]
pub fn LicenseesPage() -> impl IntoView {
    view! { <RequireModule module=Module::Licensees><LicenseesList/></RequireModule> }
}

#[component]
fn LicenseesList() -> impl IntoView {
    let ctx = use_session();
    let can_edit = move || {
        ctx.session.with(|s| {
            s.as_ref()
                .is_some_and(|s| s.permissions.allows(Module::Licensees, Level::Edit))
        })
    };
    let list = use_list_query();
    let all = LocalResource::new(|| crate::api::list_licensees(None));
    let rows = Memo::new(move |_| {
        let (q, status, buyer) = (list.get("q"), list.get("status"), list.get("buyer"));
        all.get()
            .and_then(Result::ok)
            .unwrap_or_default()
            .into_iter()
            .filter(|l| matches(l, &q, &status, &buyer))
            .collect::<Vec<_>>()
    });
    let buyers = Memo::new(move |_| {
        let mut b: Vec<(String, String)> = all
            .get()
            .and_then(Result::ok)
            .unwrap_or_default()
            .into_iter()
            .map(|l| (l.buyer.id, l.buyer.name))
            .collect();
        b.sort_by(|x, y| x.1.cmp(&y.1));
        b.dedup();
        b
    });
    view! {
        <div class="page-header">
            <h1>{t("licensees-title")}</h1>
            <p class="page-subtitle">{t("licensees-subtitle")}</p>
            <div class="page-actions">
                <button type="button" class="btn" on:click=move |_| export(&rows.get_untracked())>{t("common-export-csv")}</button>
                <Show when=can_edit>
                    <a class="btn btn-primary" href="/settings/licensees/new">{t("licensees-new")}</a>
                </Show>
            </div>
        </div>
        <LicenseeFilters list buyers/>
        {move || match all.get() {
            None => view! { <p class="loading" role="status">{t("licensees-loading")}</p> }.into_any(),
            Some(Err(e)) => view! { <p class="alert alert-error" role="alert">{t_msg(&e.to_string())}</p> }.into_any(),
            Some(Ok(_)) => view! { <LicenseesTable rows list/> }.into_any(),
        }}
    }
}

#[component]
fn LicenseeFilters(list: ListQuery, buyers: Memo<Vec<(String, String)>>) -> impl IntoView {
    view! {
        <div class="filters" role="search">
            <label>{t("common-search")}
                <input type="search" placeholder=t("licensees-search-placeholder") prop:value=move || list.get("q")
                    on:change=move |ev| list.set("q", event_target_value(&ev))/>
            </label>
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
                    {move || buyers.get().into_iter().map(|(id, name)| {
                        let v = id.clone();
                        view! { <option value=id selected=move || list.get("buyer") == v>{name}</option> }
                    }).collect_view()}
                </select>
            </label>
        </div>
    }
}
