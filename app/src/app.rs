use crate::components::Shell;
use crate::pages::{AccountPage, AuditPage, HomeRedirect, NotFound, ProfilePage, SignInPage};
use crate::state::SessionCtx;
use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::path;

#[component]
pub fn App() -> impl IntoView {
    let ctx = SessionCtx::new();
    provide_context(ctx);
    ctx.load();
    view! {
        <Router>
            <Routes fallback=|| view! { <NotFound/> }>
                <Route path=path!("/sign-in") view=SignInPage/>
                <ParentRoute path=path!("") view=Shell>
                    <Route path=path!("") view=HomeRedirect/>
                    <Route path=path!("settings") view=HomeRedirect/>
                    <Route path=path!("settings/account") view=AccountPage/>
                    <Route path=path!("settings/audit") view=AuditPage/>
                    <Route path=path!("profile") view=ProfilePage/>
                </ParentRoute>
            </Routes>
        </Router>
    }
}
