use crate::components::PasswordChecklist;
use crate::error::AppError;
use crate::i18n::{t, t_args, t_msg};
use crate::state::use_session;
use crate::validation::check_new_identity;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

/// Where an invitation link lands: who invited whom to what, then names and a password (new
/// identity) or the existing password (known identity). Dead links say why.
#[component]
pub fn AcceptInvitationPage() -> impl IntoView {
    let ctx = use_session();
    let navigate = use_navigate();
    let query = use_query_map();
    let token = Memo::new(move |_| query.get().get("token").unwrap_or_default());
    let info = LocalResource::new(move || {
        let t = token.get();
        async move { crate::api::get_invitation(t).await }
    });
    let first = RwSignal::new(String::new());
    let last = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let errors = RwSignal::new(crate::error::FieldErrors::new());
    let message = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let existing = info
            .get_untracked()
            .and_then(|r| r.ok())
            .is_some_and(|i| i.existing_identity);
        if !existing {
            // Same checks the server runs; shown on their fields without a round trip.
            let checked = check_new_identity(
                &first.get_untracked(),
                &last.get_untracked(),
                &password.get_untracked(),
            );
            if let Err(e) = checked {
                errors.set(e);
                return;
            }
        }
        errors.set(crate::error::FieldErrors::new());
        busy.set(true);
        message.set(None);
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            let r = crate::api::accept_invitation(
                token.get_untracked(),
                first.get_untracked(),
                last.get_untracked(),
                password.get_untracked(),
            )
            .await;
            match r {
                Ok(s) => {
                    ctx.set(Some(s));
                    ctx.loaded.set(true);
                    navigate("/", Default::default());
                }
                Err(AppError::Validation(e)) => errors.set(e),
                Err(e) => message.set(Some(e.to_string())),
            }
            busy.set(false);
        });
    };
    let err = move |f: &'static str| move || errors.with(|e| e.get(f).map(|m| t_msg(m)));

    view! {
        <main class="auth-page" id="main">
            <div class="auth-card">
                <div class="auth-brand">
                    <img src="/icons/favicon.svg" alt="" width="40" height="40"/>
                    <h1>{t("auth-invite-title")}</h1>
                </div>
                {move || match info.get() {
                    None => view! { <p class="loading" role="status">{t("auth-invite-checking")}</p> }.into_any(),
                    Some(Err(e)) => view! {
                        <p class="alert alert-error" role="alert">{t_msg(&e.to_string())}</p>
                        <a href="/sign-in">{t("auth-go-sign-in")}</a>
                    }.into_any(),
                    Some(Ok(i)) => {
                        let existing = i.existing_identity;
                        if first.get_untracked().is_empty() { first.set(i.first_name.clone()); }
                        if last.get_untracked().is_empty() { last.set(i.last_name.clone()); }
                        view! {
                            <p>{t_args("auth-invite-text", &[("inviter", i.inviter_name.clone()), ("account", i.account_name.clone())])}</p>
                            <p class="muted">{t_args("auth-invite-email", &[("email", i.email.clone())])}</p>
                            {move || message.get().map(|m| view! { <p class="alert alert-error" role="alert">{t_msg(&m)}</p> })}
                            <form on:submit=submit.clone() novalidate>
                                {(!existing).then(|| view! {
                                    <div class="field">
                                        <label for="first_name">{t("auth-first-name")}</label>
                                        <input id="first_name" autocomplete="given-name" prop:value=move || first.get()
                                            on:input=move |ev| first.set(event_target_value(&ev))/>
                                        <p class="field-error" aria-live="polite">{err("first_name")}</p>
                                    </div>
                                    <div class="field">
                                        <label for="last_name">{t("auth-last-name")}</label>
                                        <input id="last_name" autocomplete="family-name" prop:value=move || last.get()
                                            on:input=move |ev| last.set(event_target_value(&ev))/>
                                        <p class="field-error" aria-live="polite">{err("last_name")}</p>
                                    </div>
                                })}
                                <div class="field">
                                    <label for="password">{if existing { t("auth-your-password") } else { t("auth-choose-password") }}</label>
                                    <input id="password" type="password"
                                        autocomplete=if existing { "current-password" } else { "new-password" }
                                        aria-describedby="password-rules password-error"
                                        prop:value=move || password.get() on:input=move |ev| password.set(event_target_value(&ev))/>
                                    <p class="field-error" id="password-error" aria-live="polite">{err("password")}</p>
                                    {(!existing).then(|| view! { <PasswordChecklist password=password/> })}
                                </div>
                                <button type="submit" class="btn btn-primary" disabled=move || busy.get() || crate::offline::is_offline()>
                                    {if existing { t("auth-invite-join") } else { t("auth-invite-create") }}
                                </button>
                            </form>
                        }.into_any()
                    }
                }}
            </div>
        </main>
    }
}
