use crate::state::use_session;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

/// Keeps a member whose account requires two-step verification, and who has not set it up,
/// on their Profile until they do. The server refuses everything else anyway; this leads the
/// way there instead of showing pages full of refusals.
#[component]
pub fn TwoStepGate() -> impl IntoView {
    let ctx = use_session();
    let navigate = use_navigate();
    let location = use_location();
    Effect::new(move |_| {
        let required = ctx
            .session
            .with(|s| s.as_ref().is_some_and(|s| s.two_step_setup_required));
        if required && location.pathname.get() != "/profile" {
            navigate(
                "/profile?tab=two-step",
                NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            );
        }
    });
}
