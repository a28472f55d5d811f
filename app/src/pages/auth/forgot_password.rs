use crate::i18n::{t, t_msg};
use crate::validation::Email;
use leptos::prelude::*;

#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let email = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let sent = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let e = email.get_untracked();
        if let Err(msg) = Email::try_from(e.as_str()) {
            error.set(Some(msg));
            return;
        }
        leptos::task::spawn_local(async move {
            match crate::api::forgot_password(e).await {
                Ok(()) => sent.set(true),
                Err(err) => error.set(Some(err.to_string())),
            }
        });
    };
    view! {
        <main class="auth-page" id="main">
            <div class="auth-card">
                <div class="auth-brand">
                    <img src="/icons/favicon.svg" alt="" width="40" height="40"/>
                    <h1>{t("auth-forgot-title")}</h1>
                </div>
                <Show when=move || sent.get() fallback=move || view! {
                    <p>{t("auth-forgot-intro")}</p>
                    <form on:submit=submit novalidate>
                        <div class="field">
                            <label for="email">{t("common-email")}</label>
                            <input id="email" type="email" autocomplete="username" aria-describedby="email-error"
                                aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                                prop:value=move || email.get()
                                on:input=move |ev| { email.set(event_target_value(&ev)); error.set(None); }/>
                            <p class="field-error" id="email-error" aria-live="polite">{move || error.get().map(|e| t_msg(&e))}</p>
                        </div>
                        <button type="submit" class="btn btn-primary" disabled=crate::offline::is_offline>{t("auth-forgot-submit")}</button>
                    </form>
                }>
                    <p class="alert alert-success" role="status">
                        {t("auth-forgot-sent")}
                    </p>
                </Show>
                <p><a href="/sign-in">{t("auth-back-to-sign-in")}</a></p>
            </div>
        </main>
    }
}
