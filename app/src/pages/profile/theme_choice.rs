use crate::i18n::{t, t_msg};
use crate::validation::THEMES;
use leptos::prelude::*;

fn label(theme: &str) -> &'static str {
    match theme {
        "light" => t("profile-theme-light"),
        "dark" => t("profile-theme-dark"),
        _ => t("profile-theme-system"),
    }
}

/// The colour theme as a radio group: System follows the device's light or dark setting.
#[component]
pub fn ThemeChoice(
    #[prop(into)] value: Signal<String>,
    on_input: Callback<String>,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        <fieldset class="span-2 radio-group" aria-describedby="theme-error">
            <legend>{t("profile-theme")}</legend>
            {THEMES.into_iter().map(|theme| {
                let (id, for_id) = (format!("theme-{theme}"), format!("theme-{theme}"));
                view! {
                    <label class="radio" for=for_id>
                        <input type="radio" id=id name="theme" value=theme
                            prop:checked=move || value.with(|v| v == theme || (v.is_empty() && theme == "system"))
                            on:change=move |_| on_input.run(theme.to_string())/>
                        " "{label(theme)}
                    </label>
                }
            }).collect_view()}
            <p class="field-error" id="theme-error" aria-live="polite">{move || error.get().map(|e| t_msg(&e))}</p>
        </fieldset>
    }
}
