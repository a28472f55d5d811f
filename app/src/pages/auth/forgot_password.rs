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
                    <h1>"Reset your password"</h1>
                </div>
                <Show when=move || sent.get() fallback=move || view! {
                    <p>"Enter the e-mail you sign in with. We'll send a link to choose a new password."</p>
                    <form on:submit=submit novalidate>
                        <div class="field">
                            <label for="email">"E-mail"</label>
                            <input id="email" type="email" autocomplete="username" aria-describedby="email-error"
                                aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                                prop:value=move || email.get()
                                on:input=move |ev| { email.set(event_target_value(&ev)); error.set(None); }/>
                            <p class="field-error" id="email-error" aria-live="polite">{move || error.get()}</p>
                        </div>
                        <button type="submit" class="btn btn-primary">"Send the link"</button>
                    </form>
                }>
                    <p class="alert alert-success" role="status">
                        "If an account exists for that e-mail, a link to reset the password is on its way. It works once, for one hour."
                    </p>
                </Show>
                <p><a href="/sign-in">"Back to sign-in"</a></p>
            </div>
        </main>
    }
}
