//! Labelled form fields that show their error as the user types. The error text is linked with
//! `aria-describedby` and the control gets `aria-invalid`, so screen readers announce it.

use leptos::prelude::*;

fn describe(name: &str, has_hint: bool, has_error: bool) -> Option<String> {
    let mut ids = Vec::new();
    if has_hint {
        ids.push(format!("{name}-hint"));
    }
    if has_error {
        ids.push(format!("{name}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

#[component]
fn FieldFooter(name: &'static str, hint: String, error: Signal<Option<String>>) -> impl IntoView {
    view! {
        {(!hint.is_empty()).then(|| view! { <p class="field-hint" id=format!("{name}-hint")>{hint}</p> })}
        <p class="field-error" id=format!("{name}-error") aria-live="polite">{move || error.get().map(|e| crate::i18n::t_msg(&e))}</p>
    }
}

#[component]
pub fn TextField(
    label: &'static str,
    name: &'static str,
    #[prop(into)] value: Signal<String>,
    on_input: Callback<String>,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional, into)] hint: String,
    #[prop(optional)] required: bool,
    #[prop(optional)] autocomplete: &'static str,
    #[prop(optional)] span2: bool,
    #[prop(optional, into)] disabled: Signal<bool>,
) -> impl IntoView {
    let has_hint = !hint.is_empty();
    view! {
        <div class="field" class:span-2=span2>
            <label for=name>{label}{required.then_some(" *")}</label>
            <input
                id=name
                name=name
                type=kind
                autocomplete=(!autocomplete.is_empty()).then_some(autocomplete)
                required=required
                disabled=move || disabled.get()
                prop:value=move || value.get()
                aria-invalid=move || error.with(|e| if e.is_some() { "true" } else { "false" })
                aria-describedby=move || describe(name, has_hint, error.with(Option::is_some))
                on:input=move |ev| on_input.run(event_target_value(&ev))
            />
            <FieldFooter name hint error/>
        </div>
    }
}

#[component]
pub fn TextAreaField(
    label: &'static str,
    name: &'static str,
    #[prop(into)] value: Signal<String>,
    on_input: Callback<String>,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(optional, into)] hint: String,
    #[prop(optional)] span2: bool,
    #[prop(optional, into)] disabled: Signal<bool>,
) -> impl IntoView {
    let has_hint = !hint.is_empty();
    view! {
        <div class="field" class:span-2=span2>
            <label for=name>{label}</label>
            <textarea
                id=name
                name=name
                rows="4"
                disabled=move || disabled.get()
                prop:value=move || value.get()
                aria-invalid=move || error.with(|e| if e.is_some() { "true" } else { "false" })
                aria-describedby=move || describe(name, has_hint, error.with(Option::is_some))
                on:input=move |ev| on_input.run(event_target_value(&ev))
            ></textarea>
            <FieldFooter name hint error/>
        </div>
    }
}

/// A select over (value, label) pairs; `empty` adds a first "not set" option.
#[component]
pub fn SelectField(
    label: &'static str,
    name: &'static str,
    #[prop(into)] value: Signal<String>,
    on_input: Callback<String>,
    #[prop(into)] error: Signal<Option<String>>,
    options: Vec<(String, String)>,
    #[prop(optional)] empty: Option<&'static str>,
    #[prop(optional, into)] hint: String,
    #[prop(optional, into)] disabled: Signal<bool>,
) -> impl IntoView {
    let has_hint = !hint.is_empty();
    view! {
        <div class="field">
            <label for=name>{label}</label>
            <select
                id=name
                name=name
                disabled=move || disabled.get()
                prop:value=move || value.get()
                aria-invalid=move || error.with(|e| if e.is_some() { "true" } else { "false" })
                aria-describedby=move || describe(name, has_hint, error.with(Option::is_some))
                on:change=move |ev| on_input.run(event_target_value(&ev))
            >
                {empty.map(|text| view! { <option value="">{text}</option> })}
                {options
                    .into_iter()
                    .map(|(v, l)| {
                        let selected = v.clone();
                        view! { <option value=v selected=move || value.with(|cur| *cur == selected)>{l}</option> }
                    })
                    .collect_view()}
            </select>
            <FieldFooter name hint error/>
        </div>
    }
}
