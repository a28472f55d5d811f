//! List state in the URL (search, filters, page size, page) for the small lists that are
//! loaded whole (buyers, sellers, licensees of an account): reload, Back and shared links keep
//! what the user chose.

use crate::i18n::{t, t_args};
use crate::util::url_encode;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::NavigateOptions;

pub const PAGE_SIZES: [usize; 4] = [10, 25, 50, 100];

#[derive(Clone, Copy)]
pub struct ListQuery {
    query: Memo<Vec<(String, String)>>,
    path: Memo<String>,
}

pub fn use_list_query() -> ListQuery {
    let q = use_query_map();
    let location = use_location();
    ListQuery {
        query: Memo::new(move |_| {
            q.with(|m| {
                m.clone()
                    .into_iter()
                    .map(|(k, v)| (k.to_string(), v))
                    .collect()
            })
        }),
        path: Memo::new(move |_| location.pathname.get()),
    }
}

impl ListQuery {
    pub fn get(self, key: &'static str) -> String {
        self.query.with(|q| {
            q.iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        })
    }

    pub fn page_size(self) -> usize {
        self.get("size")
            .parse()
            .ok()
            .filter(|n| PAGE_SIZES.contains(n))
            .unwrap_or(25)
    }

    pub fn page(self) -> usize {
        self.get("page").parse().unwrap_or(0)
    }

    /// Sets `key` (empty removes it); any change but the page itself goes back to page 1.
    pub fn set(self, key: &'static str, value: String) {
        let mut pairs: Vec<(String, String)> = self
            .query
            .get_untracked()
            .into_iter()
            .filter(|(k, _)| {
                // Any change but the page itself starts again from the first page.
                k != key && (key == "page" || k != "page") && (key == "after" || k != "after")
            })
            .collect();
        if !value.is_empty() {
            pairs.push((key.to_string(), value));
        }
        let qs: Vec<String> = pairs
            .iter()
            .map(|(k, v)| format!("{k}={}", url_encode(v)))
            .collect();
        let mut url = self.path.get_untracked();
        if !qs.is_empty() {
            url = format!("{url}?{}", qs.join("&"));
        }
        use_navigate()(
            &url,
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    }
}

/// Page size and Previous/Next for a list of `total` rows.
#[component]
pub fn ListPager(list: ListQuery, #[prop(into)] total: Signal<usize>) -> impl IntoView {
    let pages = move || total.get().div_ceil(list.page_size()).max(1);
    let page = move || list.page().min(pages() - 1);
    view! {
        <div class="pager">
            <label>{t("common-rows-per-page")}" "
                <select on:change=move |ev| list.set("size", event_target_value(&ev))>
                    {PAGE_SIZES.into_iter().map(|n| view! {
                        <option value=n.to_string() selected=move || list.page_size() == n>{n}</option>
                    }).collect_view()}
                </select>
            </label>
            <span role="status">{move || t_args("components-pager-status", &[
                ("page", (page() + 1).to_string()),
                ("pages", pages().to_string()),
                ("total", total.get().to_string()),
            ])}</span>
            <button type="button" class="btn btn-sm" disabled=move || page() == 0
                on:click=move |_| list.set("page", (page() - 1).to_string())>{t("common-previous")}</button>
            <button type="button" class="btn btn-sm" disabled=move || page() + 1 >= pages()
                on:click=move |_| list.set("page", (page() + 1).to_string())>{t("common-next")}</button>
        </div>
    }
}
