use super::{Header, KeptDataBanner, SideNav, UpdateBanner};
use crate::i18n::t;
use crate::pages::TwoStepGate;
use crate::state::use_session;
use leptos::prelude::*;
use leptos_router::components::Outlet;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

/// Moves keyboard focus to the page content (the router would otherwise only change the URL).
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    #[cfg(not(feature = "ssr"))]
    {
        use wasm_bindgen::JsCast;
        if let Some(main) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("main"))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = main.focus();
        }
    }
}

/// The signed-in frame: header, navigation, banners and the current page. Sends visitors
/// without a session to the sign-in page, remembering where they wanted to go.
#[component]
pub fn Shell() -> impl IntoView {
    let ctx = use_session();
    let navigate = use_navigate();
    let location = use_location();
    Effect::new(move |_| {
        if ctx.loaded.get() && !ctx.offline.get() && ctx.session.with(Option::is_none) {
            let here = location.pathname.get_untracked();
            let target = if here == "/" {
                "/sign-in".to_string()
            } else {
                format!("/sign-in?next={here}")
            };
            navigate(
                &target,
                NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            );
        }
    });
    // A new page does not inherit the last page's "showing kept data".
    Effect::new(move |_| {
        location.pathname.track();
        crate::offline::connection::new_page();
    });
    // Only whether someone is signed in: a refreshed session (after a profile or two-step
    // change) must not re-create the page and lose what it shows.
    // Memos, not the signals: a signal's `set` notifies even when the value is unchanged.
    let signed_out = Memo::new(move |_| ctx.session.with(Option::is_none));
    let loaded = Memo::new(move |_| ctx.loaded.get());
    let offline = Memo::new(move |_| ctx.offline.get());
    view! {
        <a class="skip-link" href="#main" on:click=skip_to_main>{t("shell-skip")}</a>
        <Header/>
        <TwoStepGate/>
        <KeptDataBanner/>
        <UpdateBanner/>
        <div class="layout">
            <SideNav/>
            <main class="content" id="main" tabindex="-1">
                {move || {
                    if !loaded.get() {
                        view! { <p class="loading" role="status">{t("common-loading")}</p> }.into_any()
                    } else if signed_out.get() {
                        if offline.get() {
                            view! {
                                <section class="error-page">
                                    <h1>{t("shell-offline-title")}</h1>
                                    <p>{t("shell-offline-text")}</p>
                                </section>
                            }
                                .into_any()
                        } else {
                            view! { <p class="loading" role="status">{t("shell-redirecting")}</p> }.into_any()
                        }
                    } else {
                        view! { <Outlet/> }.into_any()
                    }
                }}
            </main>
        </div>
    }
}
