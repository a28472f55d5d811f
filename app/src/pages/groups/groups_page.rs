use crate::components::{
    export_local, use_list_query, ListFilters, ListPager, ListQuery, ListSearch, LocalList,
    RequireModule, SortChoice,
};
use crate::i18n::{t, t_args, t_msg};
use crate::model::GroupDto;
use crate::permissions::{Level, Module};
use crate::state::use_session;
use crate::util::format_utc;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

#[component]
pub fn GroupsPage() -> impl IntoView {
    view! { <RequireModule module=Module::Groups><GroupsList/></RequireModule> }
}

fn modules_on(g: &GroupDto) -> usize {
    g.modules.iter().filter(|(_, l)| **l != Level::None).count()
}

/// An account's groups are few: loaded whole, searched, sorted and paged in the browser.
const KIT: LocalList<GroupDto> = LocalList {
    text: |g| format!("{} {} {}", g.name, g.description, g.id),
    key: |g, sort| match sort {
        "members" => g.members.len().to_string(),
        "modules" => modules_on(g).to_string(),
        "created" => g.created_at.to_string(),
        _ => g.name.clone(),
    },
    default_sort: "name",
};

fn export(rows: Vec<GroupDto>) {
    export_local(
        "groups.csv",
        &[
            "id",
            "name",
            "description",
            "default",
            "modules",
            "members",
            "created_at",
        ],
        rows.into_iter().map(|g| {
            let modules: Vec<String> = g
                .modules
                .iter()
                .filter(|(_, l)| **l != Level::None)
                .map(|(m, l)| format!("{}:{}", m.key(), l.as_str()))
                .collect();
            vec![
                g.id.clone(),
                g.name.clone(),
                g.description.clone(),
                g.is_default.to_string(),
                modules.join("; "),
                g.members.len().to_string(),
                format_utc(g.created_at),
            ]
        }),
    );
}

#[component]
fn GroupsList() -> impl IntoView {
    let ctx = use_session();
    let can_edit = move || {
        ctx.session.with(|s| {
            s.as_ref()
                .is_some_and(|s| s.allows(Module::Groups, Level::Edit))
        })
    };
    let query = use_query_map();
    let list = use_list_query();
    let groups = LocalResource::new(|| async { crate::api::list_groups().await });
    let matching = Memo::new(move |_| match groups.get() {
        Some(Ok(gs)) => KIT.matching(&gs, list),
        _ => vec![],
    });
    view! {
        <div class="page-header">
            <h1>{t("groups-title")}</h1>
            <p class="page-subtitle">{t("groups-subtitle")}</p>
            <div class="page-actions">
                <button type="button" class="btn" on:click=move |_| export(matching.get_untracked())>{t("common-export-csv")}</button>
                <Show when=can_edit>
                    <a class="btn btn-primary" href="/settings/groups/new">{t("groups-new")}</a>
                </Show>
            </div>
        </div>
        <Show when=move || query.get().get("created").is_some()>
            <p class="alert alert-success" role="status">{t("groups-created")}</p>
        </Show>
        <ListFilters list names=&[]>
            <ListSearch list label=t("common-search") placeholder=t("groups-search-placeholder")/>
            <SortChoice list options=vec![("name", t("common-name")), ("members", t("groups-members")),
                ("modules", t("groups-modules")), ("created", t("common-created"))]/>
        </ListFilters>
        {move || match groups.get() {
            None => view! { <p class="loading" role="status">{t("groups-loading")}</p> }.into_any(),
            Some(Err(e)) => view! { <p class="alert alert-error" role="alert">{t_msg(&e.to_string())}</p> }.into_any(),
            Some(Ok(_)) => view! { <GroupRows list rows=KIT.page(&matching.get(), list)/> }.into_any(),
        }}
        <ListPager list total=Signal::derive(move || matching.with(Vec::len))/>
    }
}

#[component]
fn GroupRows(list: ListQuery, rows: Vec<GroupDto>) -> impl IntoView {
    let empty = rows.is_empty();
    let searching = !list.get("q").is_empty();
    view! {
        <div class="table-wrap">
            <table class="data-table" aria-label=t("groups-title")>
                <thead><tr>
                    <th scope="col">{t("groups-group")}</th><th scope="col">{t("groups-description")}</th>
                    <th scope="col">{t("groups-modules")}</th><th scope="col">{t("groups-members")}</th>
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(|g| {
                        let modules = modules_on(&g);
                        view! {
                        <tr>
                            <td>
                                <A href=format!("/settings/groups/{}", g.id)>{g.name.clone()}</A>
                                {g.is_default.then(|| view! { " " <span class="badge badge-grey">{t("groups-default")}</span> })}
                                <br/><span class="muted mono">{g.id.clone()}</span>
                            </td>
                            <td>{g.description.clone()}</td>
                            <td>{t_args("groups-modules-of", &[("count", modules.to_string()), ("total", Module::ALL.len().to_string())])}</td>
                            <td>{g.members.len()}</td>
                        </tr>
                    }}).collect_view()}
                </tbody>
            </table>
        </div>
        {empty.then(|| view! { <p class="empty">{if searching { t("common-no-matches") } else { t("groups-empty") }}</p> })}
    }
}
