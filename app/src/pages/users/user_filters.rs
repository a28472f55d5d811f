use crate::i18n::{t, t_word};
use crate::model::{GroupChoice, UserFilter};
use crate::permissions::Role;
use crate::util::url_encode;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

pub const PAGE_SIZES: [u64; 4] = [10, 25, 50, 100];
pub const STATUSES: [&str; 4] = ["Active", "Invited", "Invitation expired", "Disabled"];
/// (value in the URL, label message id)
const SORTS: [(&str, &str); 4] = [
    ("joined", "users-joined"),
    ("name", "common-name"),
    ("email", "common-email"),
    ("last_login", "users-last-login"),
];

/// The list state lives in the URL: shareable, reloadable, and Back works.
pub fn filter_from_query() -> Memo<UserFilter> {
    let q = use_query_map();
    Memo::new(move |_| {
        let q = q.get();
        let get = |k: &str| q.get(k).unwrap_or_default();
        UserFilter {
            search: get("search"),
            status: get("status"),
            role: get("role"),
            group: get("group"),
            sort: q.get("sort").unwrap_or_else(|| "joined".into()),
            desc: get("desc") == "1",
            limit: get("limit")
                .parse()
                .ok()
                .filter(|l| PAGE_SIZES.contains(l))
                .unwrap_or(25),
            cursor: q.get("cursor"),
        }
    })
}

pub fn to_href(f: &UserFilter) -> String {
    let mut parts = vec![
        format!("limit={}", f.limit),
        format!("sort={}", url_encode(&f.sort)),
    ];
    for (k, v) in [
        ("search", &f.search),
        ("status", &f.status),
        ("role", &f.role),
        ("group", &f.group),
    ] {
        if !v.is_empty() {
            parts.push(format!("{k}={}", url_encode(v)));
        }
    }
    if f.desc {
        parts.push("desc=1".into());
    }
    if let Some(c) = &f.cursor {
        parts.push(format!("cursor={}", url_encode(c)));
    }
    format!("/settings/users?{}", parts.join("&"))
}

#[component]
pub fn UserFilters(filter: Memo<UserFilter>, groups: Signal<Vec<GroupChoice>>) -> impl IntoView {
    let navigate = use_navigate();
    // Any change starts again from the first page.
    let apply = move |change: Box<dyn Fn(&mut UserFilter)>| {
        let mut f = filter.get_untracked();
        change(&mut f);
        f.cursor = None;
        navigate(&to_href(&f), Default::default());
    };
    let apply = StoredValue::new_local(apply);
    let on = move |set: fn(&mut UserFilter, String)| {
        move |ev: leptos::ev::Event| {
            let v = event_target_value(&ev);
            apply.with_value(|a| a(Box::new(move |f| set(f, v.clone()))));
        }
    };
    let search = RwSignal::new(filter.get_untracked().search);
    let submit_search = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let v = search.get_untracked();
        apply.with_value(|a| a(Box::new(move |f| f.search = v.clone())));
    };
    view! {
        <div class="filters" role="search">
            <form on:submit=submit_search class="field">
                <label for="user-search">{t("users-search")}</label>
                <input id="user-search" type="search" prop:value=move || search.get()
                    on:input=move |ev| search.set(event_target_value(&ev))/>
            </form>
            <div class="field">
                <label for="filter-status">{t("common-status")}</label>
                <select id="filter-status" prop:value=move || filter.get().status on:change=on(|f, v| f.status = v)>
                    <option value="">{t("users-any-status")}</option>
                    {STATUSES.iter().map(|s| view! { <option value=*s>{t_word("status", s)}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="filter-role">{t("users-role")}</label>
                <select id="filter-role" prop:value=move || filter.get().role on:change=on(|f, v| f.role = v)>
                    <option value="">{t("users-any-role")}</option>
                    {Role::ALL.iter().map(|r| view! { <option value=r.as_str()>{t_word("role", r.as_str())}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="filter-group">{t("users-group")}</label>
                <select id="filter-group" prop:value=move || filter.get().group on:change=on(|f, v| f.group = v)>
                    <option value="">{t("users-any-group")}</option>
                    {move || groups.get().into_iter().map(|g| view! { <option value=g.id.clone()>{g.name.clone()}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="sort">{t("users-sort-by")}</label>
                <select id="sort" prop:value=move || filter.get().sort on:change=on(|f, v| f.sort = v)>
                    {SORTS.iter().map(|(v, l)| view! { <option value=*v>{t(l)}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="sort-dir">{t("users-order")}</label>
                <select id="sort-dir" prop:value=move || if filter.get().desc { "desc" } else { "asc" }
                    on:change=on(|f, v| f.desc = v == "desc")>
                    <option value="asc">{t("users-ascending")}</option>
                    <option value="desc">{t("users-descending")}</option>
                </select>
            </div>
        </div>
    }
}
