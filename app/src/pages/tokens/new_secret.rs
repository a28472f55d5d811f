use crate::i18n::{t, t_args};
use crate::util::copy_to_clipboard;
use leptos::prelude::*;

/// The secret of a token just created or rotated: shown this once, with a copy button.
#[component]
pub fn NewSecret(name: String, secret: String, on_done: Callback<()>) -> impl IntoView {
    let copied = RwSignal::new(false);
    let to_copy = secret.clone();
    view! {
        <section class="card secret-card" aria-labelledby="new-secret-title">
            <h2 id="new-secret-title">{t_args("tokens-secret-title", &[("name", name)])}</h2>
            <p class="alert alert-warning" role="alert">
                {t("tokens-secret-warning")}
            </p>
            <div class="field">
                <label for="new-token-secret">{t("tokens-secret-label")}</label>
                <input id="new-token-secret" class="mono" type="text" readonly prop:value=secret on:focus=|ev| {
                    use wasm_bindgen::JsCast;
                    if let Some(el) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                        el.select();
                    }
                }/>
            </div>
            <div class="form-actions">
                <button type="button" class="btn btn-primary" on:click=move |_| {
                    copy_to_clipboard(&to_copy);
                    copied.set(true);
                }>{t("tokens-secret-copy")}</button>
                <button type="button" class="btn" on:click=move |_| on_done.run(())>{t("tokens-secret-done")}</button>
                <span role="status" class="muted">{move || copied.get().then_some(t("tokens-secret-copied"))}</span>
            </div>
        </section>
    }
}
