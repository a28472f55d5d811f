use super::{current, set_current, t, Lang};
use crate::util::storage;
use leptos::prelude::*;
use std::sync::OnceLock;

const STORAGE_KEY: &str = "lang";

/// The language signal the router's view depends on. Kept in a static as well as in the
/// context because `apply` runs from event handlers, where no reactive owner is current.
static SIGNAL: OnceLock<RwSignal<Lang>> = OnceLock::new();

/// Before anyone has signed in: the language last used on this device, else the browser's,
/// else English.
pub fn initial_lang() -> Lang {
    if let Some(code) = storage::get_json::<String>(STORAGE_KEY) {
        if let Some(lang) = Lang::parse(&code) {
            return lang;
        }
    }
    #[cfg(not(feature = "ssr"))]
    if let Some(lang) = web_sys::window()
        .and_then(|w| w.navigator().language())
        .and_then(|code| Lang::parse(&code))
    {
        return lang;
    }
    Lang::En
}

/// Sets up the interface language for the app; the returned signal changes when `apply` is
/// called, and the routed view re-renders from it.
pub fn provide_lang() -> RwSignal<Lang> {
    let lang = initial_lang();
    set_current(lang);
    set_document_lang(lang);
    let signal = *SIGNAL.get_or_init(|| RwSignal::new(lang));
    provide_context(signal);
    signal
}

pub fn use_lang() -> Lang {
    current()
}

/// Switches the interface to `lang` (no-op when it already is) and remembers it on this device.
pub fn apply(lang: Lang) {
    storage::set_json(STORAGE_KEY, &lang.code().to_string());
    if current() == lang {
        return;
    }
    set_current(lang);
    set_document_lang(lang);
    if let Some(signal) = SIGNAL.get() {
        signal.set(lang);
    }
}

fn set_document_lang(lang: Lang) {
    #[cfg(not(feature = "ssr"))]
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.code());
    }
    #[cfg(feature = "ssr")]
    let _ = lang;
}

/// A language picker for pages shown before sign-in; signed-in people choose on their profile.
#[component]
pub fn LanguageSelect() -> impl IntoView {
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(lang) = Lang::parse(&event_target_value(&ev)) {
            apply(lang);
        }
    };
    view! {
        <label class="language-select">
            <span>{t("lang-label")}</span>
            <select on:change=on_change>
                {Lang::ALL.into_iter().map(|l| view! {
                    <option value=l.code() selected=current() == l lang=l.code()>{l.name()}</option>
                }).collect_view()}
            </select>
        </label>
    }
}
