use super::{
    NotificationPrefsCard, PasswordCard, PictureCard, ProfileForm, SessionsCard, TwoStepCard,
};
use crate::components::{use_tab, DetailTabs};
use crate::i18n::{t, t_word};
use crate::state::use_session;
use leptos::prelude::*;
use leptos_router::components::A;

/// The signed-in person's own pages: profile, password, two-step verification, sessions.
#[component]
pub fn ProfilePage() -> impl IntoView {
    let ctx = use_session();
    let tab = use_tab("general");
    // Only the flag: re-rendering the banner must not re-create the tabs below.
    let setup_required = Memo::new(move |_| {
        ctx.session
            .with(|s| s.as_ref().is_some_and(|s| s.two_step_setup_required))
    });
    let facts = Memo::new(move |_| {
        ctx.session.with(|s| {
            s.as_ref().map(|s| {
                (
                    s.email.clone(),
                    s.user_id.clone(),
                    t_word("role", s.role.as_str()),
                    format!("{} ({})", s.account_name, s.account_id),
                )
            })
        })
    });
    view! {
        <div class="page-header"><h1>{t("profile-title")}</h1></div>
        <Show when=move || setup_required.get()>
            <div class="alert alert-warning" role="alert">
                <p><strong>{t("profile-setup-banner-title")}</strong></p>
                <p>{t("profile-setup-banner-text")}</p>
                <Show when=move || tab.get() != "two-step">
                    <A href="/profile?tab=two-step">{t("profile-setup-banner-link")}</A>
                </Show>
            </div>
        </Show>
        <DetailTabs tabs=vec![
            ("general", t("common-general")),
            ("password", t("profile-tab-password")),
            ("two-step", t("profile-tab-two-step")),
            ("sessions", t("profile-tab-sessions")),
            ("notifications", t("prefs-tab")),
        ] current=tab/>
        {move || match tab.get().as_str() {
            "password" => view! { <PasswordCard/> }.into_any(),
            "two-step" => view! { <TwoStepCard/> }.into_any(),
            "sessions" => view! { <SessionsCard/> }.into_any(),
            "notifications" => view! { <NotificationPrefsCard/> }.into_any(),
            _ => view! {
                <div class="grid-2">
                    <PictureCard/>
                    <section class="card" aria-labelledby="profile-you-title">
                        <h2 id="profile-you-title">{t("profile-you")}</h2>
                        {move || facts.get().map(|(email, user_id, role, account)| view! {
                            <dl class="credentials">
                                <dt>{t("common-email")}</dt><dd>{email}</dd>
                                <dt>{t("profile-user-id")}</dt><dd class="mono">{user_id}</dd>
                                <dt>{t("profile-role")}</dt><dd>{role}</dd>
                                <dt>{t("profile-account")}</dt><dd>{account}</dd>
                            </dl>
                        })}
                    </section>
                </div>
                <ProfileForm/>
            }.into_any(),
        }}
    }
}
