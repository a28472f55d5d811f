use crate::error::AppError;
use crate::i18n::{t, t_msg};
use crate::model::SessionInfo;
use leptos::prelude::*;

/// The second step of signing in: a code from the authenticator app, or a recovery code.
#[component]
pub fn SecondStepForm(
    challenge: String,
    on_done: Callback<SessionInfo>,
    on_restart: Callback<()>,
) -> impl IntoView {
    let challenge = StoredValue::new(challenge);
    let code = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let c = code.get_untracked().trim().to_string();
        if c.is_empty() {
            error.set(Some(t("auth-code-missing").into()));
            return;
        }
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        leptos::task::spawn_local(async move {
            match crate::api::sign_in_code(challenge.get_value(), c).await {
                Ok(info) => on_done.run(info),
                Err(AppError::BadRequest(_)) => on_restart.run(()),
                Err(e) => {
                    code.set(String::new());
                    error.set(Some(
                        e.field_errors()
                            .get("code")
                            .cloned()
                            .unwrap_or_else(|| e.to_string()),
                    ));
                }
            }
            busy.set(false);
        });
    };
    view! {
        <form on:submit=submit novalidate aria-labelledby="second-step-title">
            <h2 id="second-step-title">{t("auth-two-step-title")}</h2>
            <p>{t("auth-two-step-intro")}</p>
            <div class="field">
                <label for="code">{t("auth-code-label")}</label>
                <input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" required
                    prop:value=move || code.get()
                    aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                    aria-describedby="code-error"
                    on:input=move |ev| { code.set(event_target_value(&ev)); error.set(None); }/>
                <p class="field-error" id="code-error" aria-live="polite">{move || error.get().map(|e| t_msg(&e))}</p>
            </div>
            <button type="submit" class="btn btn-primary" disabled=move || busy.get() || crate::offline::is_offline()>
                {move || if busy.get() { t("auth-verifying") } else { t("auth-verify") }}
            </button>
        </form>
    }
}
