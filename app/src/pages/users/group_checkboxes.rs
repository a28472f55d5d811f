use crate::model::GroupRef;
use leptos::prelude::*;

/// One checkbox per group of the account, bound to the chosen ids.
#[component]
pub fn GroupCheckboxes(
    groups: Signal<Vec<GroupRef>>,
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
                view! {
                    <label class="check">
                        <input type="checkbox" prop:checked=move || chosen.with(|c| c.contains(&id))
                            on:change=move |ev| on_toggle.run((id2.clone(), event_target_checked(&ev)))/>
                        {g.name.clone()}
                    </label>
                }
            })
            .collect_view()
    }
}
