use crate::error::AppError;
use crate::i18n::{t, t_args, t_msg};
use crate::model::{RecoveryCodes, TwoStepSetup, TwoStepStatus};
use crate::util::{copy_to_clipboard, download, format_datetime};
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
    let ctx = crate::state::use_session();
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
                    // An account that requires two-step verification opens up now.
                    ctx.load();
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
                    ctx.load();
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
                <label for=id>{t("personal-your-password")}</label>
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
            <h2 id="two-step-title">{t("personal-two-step-title")}</h2>
            {move || error.get().map(|e| view! { <p class="alert alert-error" role="alert">{t_msg(&e)}</p> })}
            {move || codes.get().map(|c| {
                let text = c.codes.join("\n");
                let copy_text = text.clone();
                view! {
                    <div class="alert alert-warning" role="status">
                        <p><strong>{t("personal-codes-save")}</strong>" "{t("personal-codes-use")}</p>
                        <ul class="recovery-codes mono" aria-label=t("personal-recovery-codes")>{c.codes.iter().map(|k| view! { <li>{k.clone()}</li> }).collect_view()}</ul>
                        <button type="button" class="btn btn-sm" on:click=move |_| { copy_to_clipboard(&copy_text); }>{t("personal-codes-copy")}</button>" "
                        <button type="button" class="btn btn-sm" on:click=move |_| download("recovery-codes.txt", "text/plain", &text)>{t("personal-codes-download")}</button>" "
                        <button type="button" class="btn btn-sm" on:click=move |_| codes.set(None)>{t("personal-codes-saved")}</button>
                    </div>
                }
            })}
            {move || match (status.get(), setup.get()) {
                (None, _) => view! { <p class="loading" role="status">{t("common-loading")}</p> }.into_any(),
                (Some(s), _) if s.enabled => view! {
                    <p><span class="badge badge-green">{t("personal-two-step-on")}</span>
                        " "{t_args("personal-two-step-since", &[("time", s.enabled_at.map(format_datetime).unwrap_or_default()), ("count", s.recovery_codes_left.to_string())])}</p>
                    <form on:submit=disable novalidate aria-labelledby="two-step-off">
                        <h3 id="two-step-off">{t("personal-turn-off-title")}</h3>
                        {password_field("off-password")}
                        {code_field("off-code", t("personal-code-or-recovery"))}
                        <div class="form-actions">
                            <button type="submit" class="btn btn-danger" disabled=crate::offline::is_offline>{t("personal-turn-off")}</button>
                            <button type="button" class="btn" on:click=regenerate>{t("personal-new-codes")}</button>
                        </div>
                    </form>
                }.into_any(),
                (Some(_), Some(s)) => view! {
                    <ol class="steps-text">
                        <li>{t("personal-setup-scan")}</li>
                        <li>{t("personal-setup-enter")}</li>
                    </ol>
                    <div class="qr" role="img" aria-label=t("personal-qr-label") inner_html=s.qr_svg.clone()></div>
                    <p>{t("personal-setup-key")}" "<code class="mono" aria-label=t("personal-setup-key-label")>{s.secret.clone()}</code></p>
                    <form on:submit=confirm novalidate aria-label=t("personal-confirm-label")>
                        {code_field("setup-code", t("personal-code-from-app"))}
                        <div class="form-actions"><button type="submit" class="btn btn-primary" disabled=crate::offline::is_offline>{t("personal-confirm-submit")}</button></div>
                    </form>
                }.into_any(),
                (Some(_), None) => view! {
                    <p>{t("personal-two-step-off")}</p>
                    <form on:submit=begin novalidate aria-label=t("personal-setup")>
                        {password_field("setup-password")}
                        <div class="form-actions"><button type="submit" class="btn btn-primary" disabled=crate::offline::is_offline>{t("personal-setup")}</button></div>
                    </form>
                }.into_any(),
            }}
        </section>
    }
}
