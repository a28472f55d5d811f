//! The list kit's page half: the state of a server-paged list in the URL (`q`, filters,
//! `sort`, `order`, `size`, `after`), a search box that applies on Enter, a sort choice, the
//! filters folded behind a "Filters (n)" button on narrow screens, and a pager with the
//! capped count of matches. The server half is `backend::services::keyset`.

use super::ListQuery;
use crate::i18n::{t, t_args};
use crate::model::ListParams;
use crate::util::format_count;
use leptos::prelude::*;

pub const PAGE_SIZES: [u64; 4] = [10, 25, 50, 100];

impl ListQuery {
    /// What the server is asked for: the URL's search, the named filters, sort and order, page
    /// size and the cursor of the page (`after`).
    pub fn params(self, filters: &[&'static str]) -> ListParams {
        ListParams {
            q: self.get("q"),
            filters: filters
                .iter()
                .map(|f| (f.to_string(), self.get(f)))
                .filter(|(_, v)| !v.is_empty())
                .collect(),
            sort: self.get("sort"),
            desc: self.get("order") == "desc",
            limit: self
                .get("size")
                .parse()
                .ok()
                .filter(|n| PAGE_SIZES.contains(n))
                .unwrap_or(25),
            cursor: Some(self.get("after")).filter(|c| !c.is_empty()),
        }
    }
}

/// Search that applies when the person presses Enter or leaves the field.
#[component]
pub fn ListSearch(
    list: ListQuery,
    label: &'static str,
    placeholder: &'static str,
) -> impl IntoView {
    view! {
        <label>{label}
            <input type="search" placeholder=placeholder prop:value=move || list.get("q")
                on:change=move |ev| list.set("q", event_target_value(&ev))
                on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                    if ev.key() == "Enter" {
                        ev.prevent_default();
                        list.set("q", event_target_value(&ev));
                    }
                }/>
        </label>
    }
}

/// The sort key (`options`: value and label; the first is the default) and the order.
#[component]
pub fn SortChoice(list: ListQuery, options: Vec<(&'static str, &'static str)>) -> impl IntoView {
    let first = options.first().map(|o| o.0).unwrap_or_default();
    view! {
        <label>{t("common-sort-by")}
            <select on:change=move |ev| {
                let v = event_target_value(&ev);
                list.set("sort", if v == first { String::new() } else { v });
            }>
                {options.into_iter().map(|(value, label)| view! {
                    <option value=value selected=move || {
                        let s = list.get("sort");
                        s == value || (s.is_empty() && value == first)
                    }>{label}</option>
                }).collect_view()}
            </select>
        </label>
        <label>{t("common-order")}
            <select on:change=move |ev| {
                let v = event_target_value(&ev);
                list.set("order", if v == "desc" { v } else { String::new() });
            }>
                <option value="asc" selected=move || list.get("order") != "desc">{t("common-ascending")}</option>
                <option value="desc" selected=move || list.get("order") == "desc">{t("common-descending")}</option>
            </select>
        </label>
    }
}

/// The filters of a list: shown in a row on wide screens, folded behind "Filters (n)" on
/// narrow ones (n: how many are set), so the first rows stay on a phone's first screen.
#[component]
pub fn ListFilters(
    list: ListQuery,
    names: &'static [&'static str],
    children: Children,
) -> impl IntoView {
    let open = RwSignal::new(false);
    let set = move || {
        names.iter().filter(|n| !list.get(n).is_empty()).count()
            + usize::from(!list.get("q").is_empty())
    };
    view! {
        <button type="button" class="btn btn-sm filters-toggle" aria-expanded=move || if open.get() { "true" } else { "false" }
            aria-controls="list-filters" on:click=move |_| open.update(|o| *o = !*o)>
            {move || t_args("common-filters-count", &[("count", set().to_string())])}
        </button>
        <div class="filters" class:filters-open=move || open.get() id="list-filters" role="search">
            {children()}
        </div>
    }
}

/// Rows per page, "n matches" (capped; absent for lists too large to count, like Messages),
/// and First / Next page (`next`: the cursor of the next page).
#[component]
pub fn KeysetPager(
    list: ListQuery,
    next: Option<String>,
    #[prop(optional)] total: Option<(u64, bool)>,
) -> impl IntoView {
    let first = !list.get("after").is_empty();
    let count = total.map(|(total, capped)| {
        if capped {
            t_args(
                "common-matches-capped",
                &[("count", format_count(total as i64))],
            )
        } else {
            t_args("common-matches", &[("count", total.to_string())])
        }
    });
    view! {
        <nav class="pager" aria-label=t("common-pages")>
            <label>{t("common-rows-per-page")}" "
                <select on:change=move |ev| list.set("size", event_target_value(&ev))>
                    {PAGE_SIZES.into_iter().map(|n| view! {
                        <option value=n.to_string() selected=move || list.params(&[]).limit == n>{n}</option>
                    }).collect_view()}
                </select>
            </label>
            {count.map(|c| view! { <span class="muted" role="status">{c}</span> })}
            {first.then(|| view! {
                <button type="button" class="btn btn-sm" on:click=move |_| list.set("after", String::new())>{t("common-first-page")}</button>
            })}
            {next.map(|c| view! {
                <button type="button" class="btn btn-sm" on:click=move |_| list.set("after", c.clone())>{t("common-next-page")}</button>
            })}
        </nav>
    }
}
