//! The wasm entry of the single-page app: the interface's messages first (see
//! `app::i18n::load_messages`), then the app.

fn main() {
    console_error_panic_hook::set_once();
    wasm_bindgen_futures::spawn_local(async {
        app::i18n::load_messages().await;
        leptos::mount::mount_to_body(app::App);
    });
}
