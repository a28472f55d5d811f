use crate::i18n::t;
use crate::validation::password_problems;
use leptos::prelude::*;

/// Each rule as `password_problems` names it (in English) and its message id.
pub const PASSWORD_RULES: [(&str, &str); 5] = [
    ("at least 8 characters", "components-rule-length"),
    ("an upper-case letter", "components-rule-upper"),
    ("a lower-case letter", "components-rule-lower"),
    ("a digit", "components-rule-digit"),
    ("a symbol", "components-rule-symbol"),
];

/// The password policy, ticked off as the user types (same function the server checks).
#[component]
pub fn PasswordChecklist(#[prop(into)] password: Signal<String>) -> impl IntoView {
    view! {
        <ul class="checklist" id="password-rules" aria-label=t("components-password-rules")>
            {PASSWORD_RULES
                .iter()
                .map(|&(rule, label)| {
                    let met = move || password.with(|p| !password_problems(p).contains(&rule));
                    view! {
                        <li class:met=met>
                            <span aria-hidden="true">{move || if met() { "✓ " } else { "○ " }}</span>
                            {t(label)}
                            <span class="visually-hidden">" "{move || if met() { t("components-rule-met") } else { t("components-rule-not-met") }}</span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
