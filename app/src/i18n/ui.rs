use super::{bundles, current, set_current, t, Lang};
use crate::util::storage;
use leptos::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

const STORAGE_KEY: &str = "lang";

/// The language signal the router's view depends on. Kept in a static as well as in the
/// context because `apply` runs from event handlers, where no reactive owner is current.
static SIGNAL: OnceLock<RwSignal<Lang>> = OnceLock::new();

/// The language last asked for: a fetch that completes after someone has chosen another
/// language must not switch to its own.
static WANTED: AtomicUsize = AtomicUsize::new(0);

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
/// called, and the routed view re-renders from it. A language the browser has still to fetch
/// shows in English until its messages arrive.
pub fn provide_lang() -> RwSignal<Lang> {
    let wanted = initial_lang();
    let start = if bundles::loaded(wanted) {
        wanted
    } else {
        Lang::En
    };
    set_current(start);
    set_document_lang(start);
    let signal = *SIGNAL.get_or_init(|| RwSignal::new(start));
    provide_context(signal);
    show(wanted);
    signal
}

pub fn use_lang() -> Lang {
    current()
}

/// Switches the interface to `lang` and remembers it on this device: at once when its
/// messages are here, else once they have been fetched (offline, from the service worker's
/// cache). A failed fetch leaves the interface as it was.
pub fn apply(lang: Lang) {
    storage::set_json(STORAGE_KEY, &lang.code().to_string());
    show(lang);
}

fn show(lang: Lang) {
    WANTED.store(lang.index(), Ordering::Relaxed);
    if bundles::loaded(lang) {
        switch_to(lang);
    } else {
        fetch_then_switch(lang);
    }
}

/// Fetches English and the language this person last used (or their browser's) before the
/// app starts, so that the first page renders in its language and every message id resolves.
/// Offline, the service worker answers from its cache; a failed fetch leaves ids showing.
#[cfg(not(feature = "ssr"))]
pub async fn load_messages() {
    async fn load(lang: Lang) {
        if bundles::loaded(lang) {
            return;
        }
        match crate::util::fetch_text(&format!("/locales/{}.ftl", lang.code())).await {
            Ok(source) => bundles::install(lang, source),
            Err(e) => leptos::logging::warn!("messages for {} not loaded: {e}", lang.code()),
        }
    }
    let wanted = initial_lang();
    futures_join(load(Lang::En), load(wanted)).await;
}

/// Both futures at once (no join combinator in the browser build's dependencies).
#[cfg(not(feature = "ssr"))]
async fn futures_join(
    a: impl std::future::Future<Output = ()>,
    b: impl std::future::Future<Output = ()>,
) {
    let (a, b) = (Box::pin(a), Box::pin(b));
    let mut a = Some(a);
    let mut b = Some(b);
    std::future::poll_fn(move |cx| {
        use std::task::Poll;
        if let Some(f) = a.as_mut() {
            if f.as_mut().poll(cx).is_ready() {
                a = None;
            }
        }
        if let Some(f) = b.as_mut() {
            if f.as_mut().poll(cx).is_ready() {
                b = None;
            }
        }
        if a.is_none() && b.is_none() {
            Poll::Ready(())
        } else {
            Poll::Pending
        }
    })
    .await
}

#[cfg(feature = "ssr")]
fn fetch_then_switch(_lang: Lang) {}

#[cfg(not(feature = "ssr"))]
fn fetch_then_switch(lang: Lang) {
    leptos::task::spawn_local(async move {
        // `/locales/<code>.ftl`, written into the build by `frontend/post_build.sh` from the
        // same files the crate embeds.
        match crate::util::fetch_text(&format!("/locales/{}.ftl", lang.code())).await {
            Ok(source) => bundles::install(lang, source),
            Err(e) => leptos::logging::warn!("messages for {} not loaded: {e}", lang.code()),
        }
        if WANTED.load(Ordering::Relaxed) == lang.index() && bundles::loaded(lang) {
            switch_to(lang);
        }
    });
}

fn switch_to(lang: Lang) {
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
