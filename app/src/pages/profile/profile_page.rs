use super::{PasswordCard, SessionsCard, TwoStepCard};
use crate::components::{use_tab, DetailTabs};
use crate::state::use_session;
use leptos::prelude::*;

/// The signed-in person's own pages: who they are, password, two-step verification, sessions.
#[component]
pub fn ProfilePage() -> impl IntoView {
    let ctx = use_session();
    let tab = use_tab("general");
    view! {
        <div class="page-header"><h1>"Profile"</h1></div>
        <DetailTabs tabs=vec![("general", "General"), ("password", "Password"), ("two-step", "Two-step verification"), ("sessions", "Sessions")] current=tab/>
        {move || match tab.get().as_str() {
            "password" => view! { <PasswordCard/> }.into_any(),
            "two-step" => view! { <TwoStepCard/> }.into_any(),
            "sessions" => view! { <SessionsCard/> }.into_any(),
            _ => ctx.session.get().map(|s| view! {
                <section class="card" aria-labelledby="profile-title">
                    <h2 id="profile-title">"You"</h2>
                    <dl class="credentials">
                        <dt>"Name"</dt><dd>{s.display_name()}</dd>
                        <dt>"E-mail"</dt><dd>{s.email.clone()}</dd>
                        <dt>"User id"</dt><dd class="mono">{s.user_id.clone()}</dd>
                        <dt>"Role in this account"</dt><dd>{s.role.as_str()}</dd>
                        <dt>"Account"</dt><dd>{format!("{} ({})", s.account_name, s.account_id)}</dd>
                    </dl>
                </section>
            }).into_any(),
        }}
    }
}
