use crate::validation::password_problems;
use leptos::prelude::*;

const RULES: [&str; 5] = [
    "at least 8 characters",
    "an upper-case letter",
    "a lower-case letter",
    "a digit",
    "a symbol",
];

/// The password policy, ticked off as the user types (same function the server checks).
#[component]
pub fn PasswordChecklist(#[prop(into)] password: Signal<String>) -> impl IntoView {
    view! {
        <ul class="checklist" id="password-rules" aria-label="Password rules">
            {RULES
                .iter()
                .map(|rule| {
                    let met = move || password.with(|p| !password_problems(p).contains(rule));
                    view! {
                        <li class:met=met>
                            <span aria-hidden="true">{move || if met() { "✓ " } else { "○ " }}</span>
                            {*rule}
                            <span class="visually-hidden">{move || if met() { " (met)" } else { " (not met yet)" }}</span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
