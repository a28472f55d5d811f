use crate::components::NoAccess;
use crate::state::use_session;
use leptos::prelude::*;

/// Renders the page only for Admins of the platform operator's account.
#[component]
pub fn RequireOperations(children: ChildrenFn) -> impl IntoView {
    let ctx = use_session();
    move || {
        if ctx
            .session
            .with(|s| s.as_ref().is_some_and(|s| s.operations))
        {
            children().into_any()
        } else {
            view! { <NoAccess/> }.into_any()
        }
    }
}
