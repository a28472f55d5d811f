use crate::i18n::t;
use crate::permissions::{Level, Module};
use crate::state::use_session;
use leptos::prelude::*;

#[component]
pub fn NoAccess() -> impl IntoView {
    view! {
        <section class="error-page" aria-labelledby="no-access-title">
            <h1 id="no-access-title">{t("noaccess-title")}</h1>
            <p>{t("noaccess-text")}</p>
            <a class="btn" href="/">{t("noaccess-home")}</a>
        </section>
    }
}

/// Renders the page only for members who may view `module`; everyone else gets "No access".
#[component]
pub fn RequireModule(module: Module, children: ChildrenFn) -> impl IntoView {
    let ctx = use_session();
    move || {
        let allowed = ctx
            .session
            .with(|s| s.as_ref().is_some_and(|s| s.allows(module, Level::View)));
        if allowed {
            children().into_any()
        } else {
            view! { <NoAccess/> }.into_any()
        }
    }
}
