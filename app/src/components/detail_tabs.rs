//! The tabs of a details page (General, …, Audit trail). The open tab is in the URL
//! (`?tab=audit`), so a tab can be linked to and Back returns to the previous one.

use crate::i18n::t;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_location, use_query_map};

/// The open tab's key; the first tab when the URL names none.
pub fn use_tab(default: &'static str) -> Memo<String> {
    let q = use_query_map();
    Memo::new(move |_| {
        q.with(|q| q.get("tab"))
            .unwrap_or_else(|| default.to_string())
    })
}

#[component]
pub fn DetailTabs(tabs: Vec<(&'static str, &'static str)>, current: Memo<String>) -> impl IntoView {
    let location = use_location();
    view! {
        <nav class="tabs" aria-label=t("components-tabs-label")>
            {tabs.into_iter().map(|(key, label)| {
                let href = move || format!("{}?tab={key}", location.pathname.get());
                view! {
                    <A href=href attr:class="tab" attr:aria-current=move || (current.get() == key).then_some("page")>{label}</A>
                }
            }).collect_view()}
        </nav>
    }
}
