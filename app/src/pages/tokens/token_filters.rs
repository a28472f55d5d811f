use crate::i18n::t;
use crate::model::TokenFilter;
use crate::util::url_encode;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

pub const PAGE_SIZES: [u64; 4] = [10, 25, 50, 100];
/// (value sent in the URL, message id of the label)
const STATUSES: [(&str, &str); 5] = [
    ("", "tokens-status-all-but-deleted"),
    ("Active", "status-active"),
    ("Disabled", "status-disabled"),
    ("Expired", "status-expired"),
    ("Deleted", "status-deleted"),
];
const SORTS: [(&str, &str); 4] = [
    ("created", "common-created"),
    ("name", "common-name"),
    ("expires", "tokens-expires"),
    ("last_used", "tokens-last-used"),
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
        <form class="filters" role="search" aria-label=t("tokens-filter-label") on:submit=submit>
            <div class="field">
                <label for="token-search">{t("tokens-search-label")}</label>
                <input id="token-search" type="search" placeholder=t("tokens-search-placeholder") prop:value=move || search.get()
                    on:input=move |ev| search.set(event_target_value(&ev))/>
            </div>
            <div class="field">
                <label for="token-status">{t("common-status")}</label>
                <select id="token-status" on:change=set_status>
                    {STATUSES.iter().map(|(v, l)| view! { <option value=*v selected=move || filter.with(|f| f.status == *v)>{t(l)}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="token-sort">{t("tokens-sort-by")}</label>
                <select id="token-sort" on:change=set_sort>
                    {SORTS.iter().map(|(v, l)| view! { <option value=*v selected=move || filter.with(|f| f.sort == *v)>{t(l)}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="token-order">{t("tokens-order")}</label>
                <select id="token-order" on:change=set_order>
                    <option value="desc" selected=move || filter.with(|f| f.desc)>{t("tokens-order-desc")}</option>
                    <option value="asc" selected=move || filter.with(|f| !f.desc)>{t("tokens-order-asc")}</option>
                </select>
            </div>
            <button type="submit" class="btn">{t("common-search")}</button>
        </form>
    }
}
