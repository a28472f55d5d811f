use crate::model::AccountDto;
use crate::validation::MAX_LOGO_BYTES;
use leptos::prelude::*;

/// Reads a chosen file as a `data:` URL (what the upload server function takes).
#[cfg(not(feature = "ssr"))]
fn read_data_url(file: web_sys::File, done: impl FnOnce(Option<String>) + 'static) {
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

#[component]
pub fn LogoCard(account: RwSignal<Option<AccountDto>>, can_edit: Signal<bool>) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let src = move || {
        account.with(|a| {
            a.as_ref()
                .filter(|a| a.has_logo)
                .map(|a| format!("/assets/logo/{}?v={}", a.id, a.updated_at))
        })
    };
    let finish = move |result: Result<AccountDto, crate::error::AppError>| {
        match result {
            Ok(dto) => {
                error.set(None);
                account.set(Some(dto));
            }
            Err(e) => error.set(Some(
                e.field_errors()
                    .get("logo")
                    .cloned()
                    .unwrap_or_else(|| e.to_string()),
            )),
        }
        busy.set(false);
    };
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
                error.set(Some("Use a PNG, JPEG or SVG image.".into()));
                return;
            }
            if file.size() as usize > MAX_LOGO_BYTES {
                error.set(Some(format!(
                    "The logo can be at most {} KB; this file has {} KB.",
                    MAX_LOGO_BYTES / 1024,
                    (file.size() as usize).div_ceil(1024)
                )));
                return;
            }
            busy.set(true);
            read_data_url(file, move |data| match data {
                Some(data_url) => leptos::task::spawn_local(async move {
                    finish(crate::api::upload_logo(data_url).await)
                }),
                None => {
                    error.set(Some("The file could not be read. Choose it again.".into()));
                    busy.set(false);
                }
            });
        }
        #[cfg(feature = "ssr")]
        let _ = (ev, MAX_LOGO_BYTES);
    };
    let remove = move |_| {
        busy.set(true);
        leptos::task::spawn_local(async move { finish(crate::api::remove_logo().await) });
    };
    view! {
        <section class="card" aria-labelledby="logo-title">
            <h2 id="logo-title">"Logo"</h2>
            <div class="logo-field">
                {move || match src() {
                    Some(s) => view! { <img class="logo-preview" src=s alt="Account logo"/> }.into_any(),
                    None => view! { <div class="logo-preview empty" role="img" aria-label="No logo yet"></div> }.into_any(),
                }}
                <Show when=move || can_edit.get()>
                    <div>
                        <label class="btn" for="logo-file">"Upload logo"</label>
                        <input id="logo-file" class="visually-hidden" type="file" accept="image/png,image/jpeg,image/svg+xml"
                            aria-describedby="logo-hint logo-error" disabled=move || busy.get() on:change=on_file/>
                        <Show when=move || src().is_some()>
                            <button type="button" class="btn btn-ghost" on:click=remove disabled=move || busy.get()>"Remove logo"</button>
                        </Show>
                        <p class="field-hint" id="logo-hint">"PNG, JPEG or SVG, at most 512 KB."</p>
                        <p class="field-error" id="logo-error" role="alert">{move || error.get()}</p>
                    </div>
                </Show>
            </div>
        </section>
    }
}
