use crate::i18n::t;
use leptos::prelude::*;

/// Says so when the browser is offline; pages then show their last-seen data as stale.
#[component]
pub fn OfflineBanner() -> impl IntoView {
    let online = RwSignal::new(true);
    #[cfg(not(feature = "ssr"))]
    {
        if let Some(w) = web_sys::window() {
            online.set(w.navigator().on_line());
        }
        let h1 = window_event_listener(leptos::ev::online, move |_| online.set(true));
        let h2 = window_event_listener(leptos::ev::offline, move |_| online.set(false));
        on_cleanup(move || {
            h1.remove();
            h2.remove();
        });
    }
    let ctx = crate::state::use_session();
    view! {
        <Show when=move || !online.get() || ctx.offline.get()>
            <div class="banner banner-offline" role="status">
                {t("banner-offline")}
            </div>
        </Show>
    }
}

/// Offers the new version once the service worker has installed it.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let ready = RwSignal::new(false);
    #[cfg(not(feature = "ssr"))]
    {
        use wasm_bindgen::JsValue;
        if let Some(w) = web_sys::window() {
            if js_sys::Reflect::get(&w, &JsValue::from_str("__swUpdateReady"))
                .ok()
                .and_then(|v| v.as_bool())
                == Some(true)
            {
                ready.set(true);
            }
        }
        let h = window_event_listener_untyped("sw-update-ready", move |_| ready.set(true));
        on_cleanup(move || h.remove());
    }
    let apply = move |_| {
        #[cfg(not(feature = "ssr"))]
        {
            use wasm_bindgen::{JsCast, JsValue};
            if let Some(w) = web_sys::window() {
                if let Ok(f) = js_sys::Reflect::get(&w, &JsValue::from_str("__swApplyUpdate")) {
                    if let Some(f) = f.dyn_ref::<js_sys::Function>() {
                        let _ = f.call0(&JsValue::NULL);
                    }
                }
            }
        }
    };
    view! {
        <Show when=move || ready.get()>
            <div class="banner banner-update" role="status">
                <span>{t("banner-update")}</span>
                <button type="button" class="btn btn-sm" on:click=apply>{t("banner-reload")}</button>
            </div>
        </Show>
    }
}
