use crate::model::TokenFilter;
use crate::util::url_encode;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

pub const PAGE_SIZES: [u64; 4] = [10, 25, 50, 100];
const STATUSES: [(&str, &str); 5] = [
    ("", "All but deleted"),
    ("Active", "Active"),
    ("Disabled", "Disabled"),
    ("Expired", "Expired"),
    ("Deleted", "Deleted"),
];
const SORTS: [(&str, &str); 4] = [
    ("created", "Created"),
    ("name", "Name"),
    ("expires", "Expires"),
    ("last_used", "Last used"),
];

/// The list state lives in the URL: shareable, reloadable, and Back works.
pub fn filter_from_query() -> Memo<TokenFilter> {
    let q = use_query_map();
    Memo::new(move |_| {
        let q = q.get();
        let get = |k: &str| q.get(k).unwrap_or_default();
        TokenFilter {
            search: get("search"),
            status: get("status"),
            sort: q.get("sort").unwrap_or_else(|| "created".into()),
            desc: q.get("desc").is_none_or(|d| d == "1"),
            limit: get("limit")
                .parse()
                .ok()
                .filter(|l| PAGE_SIZES.contains(l))
                .unwrap_or(25),
            cursor: q.get("cursor"),
        }
    })
}

pub fn to_href(f: &TokenFilter) -> String {
    let mut parts = vec![
        format!("limit={}", f.limit),
        format!("sort={}", url_encode(&f.sort)),
        format!("desc={}", if f.desc { 1 } else { 0 }),
    ];
    for (k, v) in [("search", &f.search), ("status", &f.status)] {
        if !v.is_empty() {
            parts.push(format!("{k}={}", url_encode(v)));
        }
    }
    if let Some(c) = &f.cursor {
        parts.push(format!("cursor={}", url_encode(c)));
    }
    format!("/settings/api-tokens?{}", parts.join("&"))
}

#[component]
pub fn TokenFilters(filter: Memo<TokenFilter>) -> impl IntoView {
    let navigate = use_navigate();
    let go = StoredValue::new_local(move |f: TokenFilter| {
        navigate(
            &to_href(&TokenFilter { cursor: None, ..f }),
            Default::default(),
        )
    });
    let search = RwSignal::new(filter.get_untracked().search);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let f = TokenFilter {
            search: search.get_untracked().trim().to_string(),
            ..filter.get_untracked()
        };
        go.with_value(|g| g(f));
    };
    let set_status = move |ev: leptos::ev::Event| {
        let status = event_target_value(&ev);
        go.with_value(|g| {
            g(TokenFilter {
                status,
                ..filter.get_untracked()
            })
        });
    };
    let set_sort = move |ev: leptos::ev::Event| {
        let sort = event_target_value(&ev);
        go.with_value(|g| {
            g(TokenFilter {
                sort,
                ..filter.get_untracked()
            })
        });
    };
    let set_order = move |ev: leptos::ev::Event| {
        let desc = event_target_value(&ev) == "desc";
        go.with_value(|g| {
            g(TokenFilter {
                desc,
                ..filter.get_untracked()
            })
        });
    };
    view! {
        <form class="filters" role="search" aria-label="Filter API tokens" on:submit=submit>
            <div class="field">
                <label for="token-search">"Search tokens"</label>
                <input id="token-search" type="search" placeholder="Name or id" prop:value=move || search.get()
                    on:input=move |ev| search.set(event_target_value(&ev))/>
            </div>
            <div class="field">
                <label for="token-status">"Status"</label>
                <select id="token-status" on:change=set_status>
                    {STATUSES.iter().map(|(v, l)| view! { <option value=*v selected=move || filter.with(|f| f.status == *v)>{*l}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="token-sort">"Sort by"</label>
                <select id="token-sort" on:change=set_sort>
                    {SORTS.iter().map(|(v, l)| view! { <option value=*v selected=move || filter.with(|f| f.sort == *v)>{*l}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="token-order">"Order"</label>
                <select id="token-order" on:change=set_order>
                    <option value="desc" selected=move || filter.with(|f| f.desc)>"Descending"</option>
                    <option value="asc" selected=move || filter.with(|f| !f.desc)>"Ascending"</option>
                </select>
            </div>
            <button type="submit" class="btn">"Search"</button>
        </form>
    }
}
