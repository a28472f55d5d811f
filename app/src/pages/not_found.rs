use crate::i18n::t;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <main class="not-found" id="main">
            <h1>{t("auth-not-found-title")}</h1>
            <p>{t("auth-not-found-text")}</p>
            <a class="btn btn-primary" href="/">{t("auth-not-found-home")}</a>
        </main>
    }
}
