use crate::permissions::{Level, Module};
use crate::state::use_session;
use leptos::prelude::*;

#[component]
pub fn NoAccess() -> impl IntoView {
    view! {
        <section class="error-page" aria-labelledby="no-access-title">
            <h1 id="no-access-title">"No access"</h1>
            <p>"You don't have access to this page. Ask an administrator of this account if you need it."</p>
            <a class="btn" href="/">"Go to your settings"</a>
        </section>
    }
}

/// Renders the page only for members who may view `module`; everyone else gets "No access".
#[component]
pub fn RequireModule(module: Module, children: ChildrenFn) -> impl IntoView {
    let ctx = use_session();
    move || {
        let allowed = ctx.session.with(|s| {
            s.as_ref()
                .is_some_and(|s| s.permissions.allows(module, Level::View))
        });
        if allowed {
            children().into_any()
        } else {
            view! { <NoAccess/> }.into_any()
        }
    }
}
