//! Bulk selection for the list kit: a checkbox per row and one for the page, and a bar with
//! the module's bulk actions once something is chosen. A bulk action is the row action run
//! for each chosen row, one after the other, through the same server functions (so the same
//! permission and revision checks); what was refused is reported by name, with the reason.

use crate::error::AppError;
use crate::i18n::{t, t_args, t_msg};
use leptos::prelude::*;

/// The ids chosen on the current page.
#[derive(Clone, Copy)]
pub struct Selection(RwSignal<Vec<String>>);

impl Selection {
    pub fn new() -> Self {
        Self(RwSignal::new(vec![]))
    }
    pub fn has(self, id: &str) -> bool {
        self.0.with(|s| s.iter().any(|x| x == id))
    }
    pub fn set(self, id: &str, on: bool) {
        self.0.update(|s| {
            s.retain(|x| x != id);
            if on {
                s.push(id.to_string());
            }
        });
    }
    pub fn ids(self) -> Vec<String> {
        self.0.get_untracked()
    }
    pub fn len(self) -> usize {
        self.0.with(Vec::len)
    }
    pub fn is_empty(self) -> bool {
        self.len() == 0
    }
    pub fn clear(self) {
        self.0.set(vec![]);
    }
}

impl Default for Selection {
    fn default() -> Self {
        Self::new()
    }
}

/// A row's checkbox, named after the row ("Select Ada Lovelace").
#[component]
pub fn SelectRow(
    selection: Selection,
    #[prop(into)] id: String,
    #[prop(into)] name: String,
) -> impl IntoView {
    let id2 = id.clone();
    view! {
        <input type="checkbox" class="select-row" aria-label=t_args("common-select-row", &[("name", name)])
            prop:checked=move || selection.has(&id)
            on:change=move |ev| selection.set(&id2, event_target_checked(&ev))/>
    }
}

/// The page's checkbox: chooses (or clears) every selectable row shown.
#[component]
pub fn SelectPage(selection: Selection, ids: Vec<String>) -> impl IntoView {
    let all = ids.clone();
    let every = move || !all.is_empty() && all.iter().all(|id| selection.has(id));
    view! {
        <input type="checkbox" class="select-row" aria-label=t("common-select-page")
            prop:checked=every
            on:change=move |ev| {
                let on = event_target_checked(&ev);
                ids.iter().for_each(|id| selection.set(id, on));
            }/>
    }
}

/// "n selected", the module's bulk actions (children) and Clear, shown while rows are chosen.
#[component]
pub fn BulkBar(selection: Selection, children: ChildrenFn) -> impl IntoView {
    view! {
        <Show when=move || !selection.is_empty()>
            <div class="bulk-bar" role="region" aria-label=t("common-bulk-actions")>
                <span role="status">{move || t_args("common-selected", &[("count", selection.len().to_string())])}</span>
                {children()}
                <button type="button" class="btn btn-sm" on:click=move |_| selection.clear()>{t("common-clear-selection")}</button>
            </div>
        </Show>
    }
}

/// Runs `act` for each item in turn; the outcome as one sentence: how many succeeded and,
/// for each refused one, its name and the reason. `ok` is false when any was refused.
pub async fn run_bulk<T, F, Fut>(items: Vec<(String, T)>, act: F) -> (bool, String)
where
    F: Fn(T) -> Fut,
    Fut: std::future::Future<Output = Result<(), AppError>>,
{
    let mut done = 0usize;
    let mut refused = Vec::new();
    for (name, item) in items {
        match act(item).await {
            Ok(()) => done += 1,
            Err(e) => refused.push(t_args(
                "common-bulk-refused",
                &[("name", name), ("reason", t_msg(&e.to_string()))],
            )),
        }
    }
    let mut text = t_args("common-bulk-done", &[("count", done.to_string())]);
    let ok = refused.is_empty();
    if !ok {
        text = format!("{text} {}", refused.join(" "));
    }
    (ok, text)
}
