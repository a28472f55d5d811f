use crate::components::PasswordChecklist;
use crate::error::AppError;
use crate::i18n::{t, t_msg};
use crate::validation::password_problems;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let query = use_query_map();
    let password = RwSignal::new(String::new());
    let confirm = RwSignal::new(String::new());
    let message = RwSignal::new(None::<String>);
    let done = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let p = password.get_untracked();
        if !password_problems(&p).is_empty() {
            message.set(Some(t("auth-reset-rules").into()));
            return;
        }
        if p != confirm.get_untracked() {
            message.set(Some(t("auth-reset-mismatch").into()));
            return;
        }
        let token = query.get_untracked().get("token").unwrap_or_default();
        leptos::task::spawn_local(async move {
            match crate::api::reset_password(token, p).await {
                Ok(()) => done.set(true),
                Err(AppError::Validation(e)) => message.set(e.values().next().cloned()),
                Err(e) => message.set(Some(e.to_string())),
            }
        });
    };
    view! {
        <main class="auth-page" id="main">
            <div class="auth-card">
                <div class="auth-brand">
                    <img src="/icons/favicon.svg" alt="" width="40" height="40"/>
                    <h1>{t("auth-reset-title")}</h1>
                </div>
                <Show when=move || done.get() fallback=move || view! {
                    {move || message.get().map(|m| view! { <p class="alert alert-error" role="alert">{t_msg(&m)}</p> })}
                    <form on:submit=submit novalidate>
                        <div class="field">
                            <label for="new-password">{t("auth-new-password")}</label>
                            <input id="new-password" type="password" autocomplete="new-password" aria-describedby="password-rules"
                                prop:value=move || password.get() on:input=move |ev| password.set(event_target_value(&ev))/>
                            <PasswordChecklist password=password/>
                        </div>
                        <div class="field">
                            <label for="confirm-password">{t("auth-repeat-password")}</label>
                            <input id="confirm-password" type="password" autocomplete="new-password"
                                prop:value=move || confirm.get() on:input=move |ev| confirm.set(event_target_value(&ev))/>
                        </div>
                        <button type="submit" class="btn btn-primary" disabled=crate::offline::is_offline>{t("auth-reset-submit")}</button>
                    </form>
                }>
                    <p class="alert alert-success" role="status">{t("auth-reset-done")}</p>
                    <a class="btn btn-primary" href="/sign-in">{t("auth-sign-in")}</a>
                </Show>
            </div>
        </main>
    }
}
