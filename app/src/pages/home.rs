use crate::components::first_allowed_path;
use crate::i18n::t;
use crate::state::use_session;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

/// `/` and `/settings` open the first module the member may view.
#[component]
pub fn HomeRedirect() -> impl IntoView {
    let ctx = use_session();
    let navigate = use_navigate();
    let target = Memo::new(move |_| {
        ctx.session
            .with(|s| s.as_ref().and_then(|s| first_allowed_path(&s.permissions)))
    });
    Effect::new(move |_| {
        if let Some(path) = target.get() {
            navigate(
                path,
                NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            );
        }
    });
    move || {
        target.get().is_none().then(|| {
            view! {
                <section class="empty">
                    <h1>{t("auth-home-empty-title")}</h1>
                    <p>{t("auth-home-empty-text")}</p>
                </section>
            }
        })
    }
}
