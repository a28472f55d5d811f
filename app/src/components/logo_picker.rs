//! A logo with upload and remove: the account's and each buyer's. The browser checks type and
//! size first for a quick answer; the server checks the bytes again.

use crate::i18n::{t, t_args, t_msg};
use crate::validation::MAX_LOGO_BYTES;
use leptos::prelude::*;

/// Reads a chosen file as a `data:` URL (what the upload server functions take).
#[cfg(not(feature = "ssr"))]
pub fn read_data_url(file: web_sys::File, done: impl FnOnce(Option<String>) + 'static) {
    use wasm_bindgen::{closure::Closure, JsCast};
    let Ok(reader) = web_sys::FileReader::new() else {
        done(None);
        return;
    };
    let r = reader.clone();
    let onload = Closure::once_into_js(move || done(r.result().ok().and_then(|v| v.as_string())));
    reader.set_onload(Some(onload.unchecked_ref()));
    if reader.read_as_data_url(&file).is_err() {
        reader.set_onload(None);
    }
}

/// `id` keeps the file input's label and messages unique on the page.
#[component]
pub fn LogoPicker(
    id: &'static str,
    #[prop(into)] src: Signal<Option<String>>,
    alt: &'static str,
    can_edit: Signal<bool>,
    busy: RwSignal<bool>,
    error: RwSignal<Option<String>>,
    on_upload: Callback<String>,
    on_remove: Callback<()>,
) -> impl IntoView {
    let on_file = move |ev: leptos::ev::Event| {
        #[cfg(not(feature = "ssr"))]
        {
            let input = event_target::<web_sys::HtmlInputElement>(&ev);
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let kind_ok = matches!(
                file.type_().as_str(),
                "image/png" | "image/jpeg" | "image/svg+xml"
            );
            if !kind_ok {
                error.set(Some(t("components-logo-type").into()));
                return;
            }
            if file.size() as usize > MAX_LOGO_BYTES {
                error.set(Some(t_args(
                    "components-logo-too-big",
                    &[
                        ("max", (MAX_LOGO_BYTES / 1024).to_string()),
                        ("size", (file.size() as usize).div_ceil(1024).to_string()),
                    ],
                )));
                return;
            }
            busy.set(true);
            read_data_url(file, move |data| match data {
                Some(data_url) => on_upload.run(data_url),
                None => {
                    error.set(Some(t("components-logo-unreadable").into()));
                    busy.set(false);
                }
            });
        }
        #[cfg(feature = "ssr")]
        let _ = (ev, MAX_LOGO_BYTES, on_upload, t_args);
    };
    let file_id = format!("{id}-file");
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    view! {
        <div class="logo-field">
            {move || match src.get() {
                Some(s) => view! { <img class="logo-preview" src=s alt=alt/> }.into_any(),
                None => view! { <div class="logo-preview empty" role="img" aria-label=t("components-logo-none")></div> }.into_any(),
            }}
            <Show when=move || can_edit.get()>
                <div>
                    <label class="btn" for=file_id.clone()>{t("components-logo-upload")}</label>
                    <input id=file_id.clone() class="visually-hidden" type="file" accept="image/png,image/jpeg,image/svg+xml"
                        aria-describedby=format!("{hint_id} {error_id}") disabled=move || busy.get() on:change=on_file/>
                    <Show when=move || src.with(Option::is_some)>
                        <button type="button" class="btn btn-ghost" on:click=move |_| { busy.set(true); on_remove.run(()) }
                            disabled=move || busy.get()>{t("components-logo-remove")}</button>
                    </Show>
                    <p class="field-hint" id=hint_id.clone()>{t("components-logo-hint")}</p>
                    <p class="field-error" id=error_id.clone() role="alert">{move || error.get().map(|e| t_msg(&e))}</p>
                </div>
            </Show>
        </div>
    }
}
