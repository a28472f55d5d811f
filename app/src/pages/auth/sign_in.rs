use super::SecondStepForm;
use crate::error::AppError;
use crate::i18n::{t, t_msg};
use crate::model::{SessionInfo, SignInResult};
use crate::state::use_session;
use crate::validation::Email;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

/// Only same-site paths are followed after sign-in (no open redirect).
fn safe_next(next: Option<String>) -> String {
    next.filter(|n| n.starts_with('/') && !n.starts_with("//") && !n.starts_with("/\\"))
        .unwrap_or_else(|| "/".to_string())
}

#[component]
pub fn SignInPage() -> impl IntoView {
    let ctx = use_session();
    let navigate = use_navigate();
    let query = use_query_map();
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let email_error = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let challenge = RwSignal::new(None::<String>);

    // Already signed in: go straight on.
    let nav = navigate.clone();
    Effect::new(move |_| {
        if ctx.session.with(Option::is_some) && !ctx.offline.get() {
            nav(
                &safe_next(query.get_untracked().get("next")),
                NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            );
        }
    });

    let done = Callback::new(move |info: SessionInfo| {
        ctx.set(Some(info));
        ctx.loaded.set(true);
        navigate(
            &safe_next(query.get_untracked().get("next")),
            NavigateOptions::default(),
        );
    });
    let restart = Callback::new(move |_| {
        challenge.set(None);
        error.set(Some(t("auth-restart").into()));
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let e = email.get_untracked();
        if let Err(msg) = Email::try_from(e.as_str()) {
            email_error.set(Some(msg));
            return;
        }
        if password.with_untracked(String::is_empty) {
            error.set(Some(t("auth-password-missing").into()));
            return;
        }
        busy.set(true);
        error.set(None);
        let unlock = query.get_untracked().get("unlock");
        leptos::task::spawn_local(async move {
            match crate::api::sign_in(e, password.get_untracked(), unlock).await {
                Ok(SignInResult::SignedIn(info)) => done.run(*info),
                Ok(SignInResult::SecondStep { challenge: c }) => {
                    password.set(String::new());
                    challenge.set(Some(c));
                }
                Err(err) => {
                    password.set(String::new());
                    error.set(Some(match err {
                        AppError::BadRequest(m) => m,
                        // A lock on the e-mail lets its owner through by an e-mailed link.
                        AppError::Throttled(_) => {
                            format!("{} {}", t_msg(&err.to_string()), t("auth-locked-hint"))
                        }
                        other => other.to_string(),
                    }));
                }
            }
            busy.set(false);
        });
    };

    view! {
        <main class="auth-page" id="main">
            <div class="auth-card">
                <div class="auth-brand">
                    <img src="/icons/favicon.svg" alt="" width="40" height="40"/>
                    <h1>{t("auth-sign-in-title")}</h1>
                </div>
                {move || error.get().map(|e| view! { <p class="alert alert-error" role="alert">{t_msg(&e)}</p> })}
                {move || challenge.get().map(|c| view! { <SecondStepForm challenge=c on_done=done on_restart=restart/> })}
                <Show when=move || challenge.with(Option::is_none)>
                <form on:submit=submit novalidate>
                    <div class="field">
                        <label for="email">{t("common-email")}</label>
                        <input
                            id="email"
                            name="email"
                            type="email"
                            autocomplete="username"
                            required
                            prop:value=move || email.get()
                            aria-invalid=move || if email_error.with(Option::is_some) { "true" } else { "false" }
                            aria-describedby="email-error"
                            on:input=move |ev| {
                                email.set(event_target_value(&ev));
                                email_error.set(None);
                            }
                        />
                        <p class="field-error" id="email-error" aria-live="polite">{move || email_error.get().map(|e| t_msg(&e))}</p>
                    </div>
                    <div class="field">
                        <label for="password">{t("auth-password")}</label>
                        <input
                            id="password"
                            name="password"
                            type="password"
                            autocomplete="current-password"
                            required
                            prop:value=move || password.get()
                            on:input=move |ev| password.set(event_target_value(&ev))
                        />
                    </div>
                    <button type="submit" class="btn btn-primary" disabled=move || busy.get() || crate::offline::is_offline()>
                        {move || if busy.get() { t("auth-signing-in") } else { t("auth-sign-in") }}
                    </button>
                </form>
                </Show>
                <p><a href="/forgot-password">{t("auth-forgot-link")}</a></p>
                <crate::i18n::LanguageSelect/>
            </div>
        </main>
    }
}
