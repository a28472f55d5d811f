use crate::components::{FormMessage, PasswordChecklist};
use crate::error::{AppError, FieldErrors};
use crate::i18n::{t, t_msg};
use crate::validation::password_problems;
use leptos::prelude::*;

/// Change the password: the current one is required; the new one follows the policy, checked
/// as typed by the same rules the server applies.
#[component]
pub fn PasswordCard() -> impl IntoView {
    let current = RwSignal::new(String::new());
    let new = RwSignal::new(String::new());
    let others = RwSignal::new(true);
    let errors = RwSignal::new(FieldErrors::new());
    let message = RwSignal::new(None::<(bool, String)>);
    let busy = RwSignal::new(false);
    let err = move |f: &'static str| move || errors.with(|e| e.get(f).map(|m| t_msg(m)));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut found = FieldErrors::new();
        if current.with_untracked(String::is_empty) {
            found.insert(
                "current_password".into(),
                t("personal-current-missing").into(),
            );
        }
        if !new.with_untracked(|p| password_problems(p).is_empty()) {
            found.insert("new_password".into(), t("personal-new-rules").into());
        }
        errors.set(found.clone());
        if !found.is_empty() || busy.get_untracked() {
            return;
        }
        busy.set(true);
        message.set(None);
        leptos::task::spawn_local(async move {
            match crate::api::change_password(
                current.get_untracked(),
                new.get_untracked(),
                others.get_untracked(),
            )
            .await
            {
                Ok(()) => {
                    current.set(String::new());
                    new.set(String::new());
                    message.set(Some((
                        true,
                        if others.get_untracked() {
                            t("personal-password-changed-others").into()
                        } else {
                            t("personal-password-changed").into()
                        },
                    )));
                }
                Err(AppError::Validation(e)) => errors.set(e),
                Err(e) => message.set(Some((false, e.to_string()))),
            }
            busy.set(false);
        });
    };
    view! {
        <form class="card" on:submit=submit novalidate aria-labelledby="password-title">
            <h2 id="password-title">{t("personal-password-title")}</h2>
            <FormMessage message/>
            <div class="field">
                <label for="current_password">{t("personal-current-password")}</label>
                <input id="current_password" type="password" autocomplete="current-password" prop:value=move || current.get()
                    aria-describedby="current_password-error" on:input=move |ev| current.set(event_target_value(&ev))/>
                <p class="field-error" id="current_password-error" aria-live="polite">{err("current_password")}</p>
            </div>
            <div class="field">
                <label for="new_password">{t("personal-new-password")}</label>
                <input id="new_password" type="password" autocomplete="new-password" prop:value=move || new.get()
                    aria-describedby="new_password-error" on:input=move |ev| new.set(event_target_value(&ev))/>
                <PasswordChecklist password=new/>
                <p class="field-error" id="new_password-error" aria-live="polite">{err("new_password")}</p>
            </div>
            <label class="checkbox">
                <input type="checkbox" prop:checked=move || others.get() on:change=move |ev| others.set(event_target_checked(&ev))/>
                " "{t("personal-sign-out-others")}
            </label>
            <div class="form-actions">
                <button type="submit" class="btn btn-primary" disabled=move || busy.get() || crate::offline::is_offline()>{t("personal-password-submit")}</button>
            </div>
        </form>
    }
}
