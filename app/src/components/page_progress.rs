//! Pages arrive lazily (`routes.rs`): while a page's code loads, the previous page stays and a
//! progress bar shows at the top. When the new page is there, the document title becomes its
//! heading and keyboard focus moves to its content, so screen readers announce it, but only
//! after a navigation, never on the first page of a visit (which keeps its own focus).

use crate::i18n::t;
use leptos::prelude::*;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

/// Pages being loaded. Kept in a static: the routes that start and finish a load run outside
/// any reactive owner.
static LOADING: OnceLock<RwSignal<u32>> = OnceLock::new();
/// Whether a page has been shown already in this visit.
static SHOWN: AtomicBool = AtomicBool::new(false);

fn loading() -> RwSignal<u32> {
    *LOADING.get_or_init(|| RwSignal::new(0))
}

/// A page was asked for (its code may have to be fetched first).
pub fn started() {
    loading().update(|n| *n += 1);
}

/// The page's view is built; it is mounted right after.
pub fn finished() {
    loading().update(|n| *n = n.saturating_sub(1));
    let first = !SHOWN.swap(true, Ordering::Relaxed);
    #[cfg(not(feature = "ssr"))]
    {
        let cb = wasm_bindgen::closure::Closure::once_into_js(move || announce(!first));
        if let Some(w) = web_sys::window() {
            use wasm_bindgen::JsCast;
            let _ = w.request_animation_frame(cb.unchecked_ref());
        }
    }
    #[cfg(feature = "ssr")]
    let _ = first;
}

/// Title from the page's heading; focus to the content after a navigation.
#[cfg(not(feature = "ssr"))]
fn announce(move_focus: bool) {
    use wasm_bindgen::JsCast;
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let heading = doc
        .query_selector("main h1, h1")
        .ok()
        .flatten()
        .and_then(|h| h.text_content())
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty());
    let app = t("shell-app-name");
    doc.set_title(&match heading {
        Some(h) if h != app => format!("{h} – {app}"),
        _ => app.to_string(),
    });
    if move_focus {
        if let Some(main) = doc
            .get_element_by_id("main")
            .or_else(|| doc.query_selector("main").ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = main.focus();
        }
    }
}

/// The bar at the top of the window while a page loads.
#[component]
pub fn PageProgress() -> impl IntoView {
    let busy = loading();
    view! {
        <Show when=move || { busy.get() > 0 }>
            <div class="page-progress" role="progressbar" aria-label=t("shell-page-loading")
                aria-valuetext=t("shell-page-loading")></div>
        </Show>
    }
}
