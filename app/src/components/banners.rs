use crate::i18n::t;
use leptos::prelude::*;

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
