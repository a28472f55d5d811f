use crate::error::AppError;
use crate::model::{RecoveryCodes, TwoStepSetup, TwoStepStatus};
use crate::util::{copy_to_clipboard, download, format_utc};
use leptos::prelude::*;

fn field(e: &AppError, name: &str) -> String {
    e.field_errors()
        .get(name)
        .cloned()
        .unwrap_or_else(|| e.to_string())
}

/// Two-step verification: set up with a QR code (or the key as text), confirm with a first
/// code, keep the recovery codes shown once; turn off with password and a code.
#[component]
pub fn TwoStepCard() -> impl IntoView {
    let status = RwSignal::new(None::<TwoStepStatus>);
    let setup = RwSignal::new(None::<TwoStepSetup>);
    let codes = RwSignal::new(None::<RecoveryCodes>);
    let error = RwSignal::new(None::<String>);
    let password = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let reload = move || {
        leptos::task::spawn_local(async move {
            match crate::api::two_step_status().await {
                Ok(s) => status.set(Some(s)),
                Err(e) => error.set(Some(e.to_string())),
            }
        })
    };
    reload();
    let begin = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        leptos::task::spawn_local(async move {
            match crate::api::two_step_begin(password.get_untracked()).await {
                Ok(s) => {
                    error.set(None);
                    password.set(String::new());
                    setup.set(Some(s));
                }
                Err(e) => error.set(Some(field(&e, "password"))),
            }
        });
    };
    let confirm = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        leptos::task::spawn_local(async move {
            match crate::api::two_step_confirm(code.get_untracked().trim().to_string()).await {
                Ok(c) => {
                    error.set(None);
                    code.set(String::new());
                    setup.set(None);
                    codes.set(Some(c));
                    reload();
                }
                Err(e) => error.set(Some(field(&e, "code"))),
            }
        });
    };
    let disable = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        leptos::task::spawn_local(async move {
            match crate::api::two_step_disable(
                password.get_untracked(),
                code.get_untracked().trim().to_string(),
            )
            .await
            {
                Ok(s) => {
                    error.set(None);
                    password.set(String::new());
                    code.set(String::new());
                    status.set(Some(s));
                }
                Err(e) => {
                    let f = e.field_errors();
                    error.set(Some(
                        f.get("password")
                            .or_else(|| f.get("code"))
                            .cloned()
                            .unwrap_or_else(|| e.to_string()),
                    ));
                }
            }
        });
    };
    let regenerate = move |_| {
        leptos::task::spawn_local(async move {
            match crate::api::recovery_codes_regenerate(password.get_untracked()).await {
                Ok(c) => {
                    error.set(None);
                    password.set(String::new());
                    codes.set(Some(c));
                    reload();
                }
                Err(e) => error.set(Some(field(&e, "password"))),
            }
        });
    };
    let password_field = move |id: &'static str| {
        view! {
            <div class="field">
                <label for=id>"Your password"</label>
                <input id=id type="password" autocomplete="current-password" prop:value=move || password.get()
                    on:input=move |ev| password.set(event_target_value(&ev))/>
            </div>
        }
    };
    let code_field = move |id: &'static str, label: &'static str| {
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <input id=id type="text" inputmode="numeric" autocomplete="one-time-code" prop:value=move || code.get()
                    on:input=move |ev| code.set(event_target_value(&ev))/>
            </div>
        }
    };
    view! {
        <section class="card" aria-labelledby="two-step-title">
            <h2 id="two-step-title">"Two-step verification"</h2>
            {move || error.get().map(|e| view! { <p class="alert alert-error" role="alert">{e}</p> })}
            {move || codes.get().map(|c| {
                let text = c.codes.join("\n");
                let copy_text = text.clone();
                view! {
                    <div class="alert alert-warning" role="status">
                        <p><strong>"Save these recovery codes now: they are shown only once."</strong>" Each one signs you in once if you lose your device."</p>
                        <ul class="recovery-codes mono" aria-label="Recovery codes">{c.codes.iter().map(|k| view! { <li>{k.clone()}</li> }).collect_view()}</ul>
                        <button type="button" class="btn btn-sm" on:click=move |_| { copy_to_clipboard(&copy_text); }>"Copy codes"</button>" "
                        <button type="button" class="btn btn-sm" on:click=move |_| download("recovery-codes.txt", "text/plain", &text)>"Download codes"</button>" "
                        <button type="button" class="btn btn-sm" on:click=move |_| codes.set(None)>"I have saved them"</button>
                    </div>
                }
            })}
            {move || match (status.get(), setup.get()) {
                (None, _) => view! { <p class="loading" role="status">"Loading…"</p> }.into_any(),
                (Some(s), _) if s.enabled => view! {
                    <p><span class="badge badge-green">"On"</span>
                        {format!(" since {} · {} recovery code(s) left", s.enabled_at.map(format_utc).unwrap_or_default(), s.recovery_codes_left)}</p>
                    <form on:submit=disable novalidate aria-labelledby="two-step-off">
                        <h3 id="two-step-off">"Turn off"</h3>
                        {password_field("off-password")}
                        {code_field("off-code", "Code from your app, or a recovery code")}
                        <div class="form-actions">
                            <button type="submit" class="btn btn-danger">"Turn off two-step verification"</button>
                            <button type="button" class="btn" on:click=regenerate>"New recovery codes"</button>
                        </div>
                    </form>
                }.into_any(),
                (Some(_), Some(s)) => view! {
                    <ol class="steps-text">
                        <li>"Scan this QR code with your authenticator app, or type the setup key."</li>
                        <li>"Enter the 6-digit code the app shows."</li>
                    </ol>
                    <div class="qr" role="img" aria-label="QR code for your authenticator app" inner_html=s.qr_svg.clone()></div>
                    <p>"Setup key: "<code class="mono" aria-label="Setup key">{s.secret.clone()}</code></p>
                    <form on:submit=confirm novalidate aria-label="Confirm two-step verification">
                        {code_field("setup-code", "Code from your app")}
                        <div class="form-actions"><button type="submit" class="btn btn-primary">"Confirm and turn on"</button></div>
                    </form>
                }.into_any(),
                (Some(_), None) => view! {
                    <p>"Off. With two-step verification, signing in also needs a code from an app on your phone."</p>
                    <form on:submit=begin novalidate aria-label="Set up two-step verification">
                        {password_field("setup-password")}
                        <div class="form-actions"><button type="submit" class="btn btn-primary">"Set up two-step verification"</button></div>
                    </form>
                }.into_any(),
            }}
        </section>
    }
}
