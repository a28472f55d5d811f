use crate::i18n::t;
use crate::model::GroupChoice;
use leptos::prelude::*;

/// One checkbox per group of the account, bound to the chosen ids. A group the viewer cannot
/// give (`grantable` false) is shown but locked, with the reason.
#[component]
pub fn GroupCheckboxes(
    groups: Signal<Vec<GroupChoice>>,
    chosen: Signal<Vec<String>>,
    on_toggle: Callback<(String, bool)>,
) -> impl IntoView {
    move || {
        groups
            .get()
            .into_iter()
            .map(|g| {
                let id = g.id.clone();
                let id2 = g.id.clone();
                let locked = !g.grantable;
                view! {
                    <label class="check" title=locked.then(|| t("users-group-locked"))>
                        <input type="checkbox" prop:checked=move || chosen.with(|c| c.contains(&id))
                            disabled=locked
                            on:change=move |ev| on_toggle.run((id2.clone(), event_target_checked(&ev)))/>
                        {g.name.clone()}
                        {locked.then(|| view! { <span class="muted">" "{t("users-group-locked-short")}</span> })}
                    </label>
                }
            })
            .collect_view()
    }
}
