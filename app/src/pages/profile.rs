use crate::state::use_session;
use leptos::prelude::*;

/// The signed-in person's profile. Editing arrives with the personal-pages module.
#[component]
pub fn ProfilePage() -> impl IntoView {
    let ctx = use_session();
    move || {
        ctx.session.get().map(|s| {
            view! {
                <div class="page-header"><h1>"Profile"</h1></div>
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
            }
        })
    }
}
