//! The details kit: every details page has the same header (name, id and status), the same
//! tabs (General, the page's own, Details, Audit trail; see `detail_tabs`) and the same
//! Details tab: the id, when the object was created and last changed, and by whom.

use crate::i18n::{t, t_args, t_word};
use crate::model::status_class;
use crate::util::format_datetime;
use leptos::prelude::*;

/// The tabs of a details page: General, then `own` (the page's own), then Details and Audit.
pub fn details_tabs(own: &[(&'static str, &'static str)]) -> Vec<(&'static str, &'static str)> {
    let mut tabs = vec![("general", t("common-general"))];
    tabs.extend_from_slice(own);
    tabs.push(("details", t("common-details")));
    tabs.push(("audit", t("common-audit-trail")));
    tabs
}

/// The page's heading: its name, then its id and status; `children` are its actions.
#[component]
pub fn DetailsHeader(
    #[prop(into)] title: Signal<String>,
    #[prop(into)] id: Signal<String>,
    #[prop(into)] status: Signal<String>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    view! {
        <div class="page-header">
            <h1>{move || title.get()}</h1>
            <p class="page-subtitle"><span class="mono">{move || id.get()}</span>" · "
                <span class=move || format!("{} status-{}", status_class(&status.get()), status.get().to_lowercase())>{move || t_word("status", &status.get())}</span></p>
            {children.map(|c| view! { <div class="page-actions">{c()}</div> })}
        </div>
    }
}

/// When and by whom (the name as it was then; absent for changes made before it was kept).
fn stamp(at: i64, by: Option<String>) -> String {
    match by.filter(|b| !b.is_empty()) {
        Some(who) => t_args(
            "common-when-by",
            &[("when", format_datetime(at)), ("who", who)],
        ),
        None => format_datetime(at),
    }
}

/// The Details tab: id, created and last changed (when, by whom), then `children` (facts of
/// the page's own, as `<dt>`/`<dd>` pairs).
#[component]
pub fn RecordFacts(
    #[prop(into)] id: String,
    created_at: i64,
    #[prop(optional)] created_by: Option<String>,
    updated_at: i64,
    #[prop(optional)] updated_by: Option<String>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    view! {
        <section class="card" aria-labelledby="record-facts">
            <h2 id="record-facts">{t("common-details")}</h2>
            <dl class="facts">
                <dt>{t("common-id")}</dt><dd class="mono">{id}</dd>
                <dt>{t("common-created")}</dt><dd>{stamp(created_at, created_by)}</dd>
                <dt>{t("common-last-changed")}</dt><dd>{stamp(updated_at, updated_by)}</dd>
                {children.map(|c| c())}
            </dl>
        </section>
    }
}
