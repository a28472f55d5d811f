use super::group_checkboxes::GroupCheckboxes;
use crate::components::DraftOffer;
use crate::error::{AppError, FieldErrors};
use crate::i18n::{t, t_args, t_msg, t_word};
use crate::model::{GroupChoice, InviteOutcome};
use crate::offline::Draft;
use crate::permissions::Role;
use crate::state::use_session;
use crate::validation::{split_emails, InviteInput, MAX_INVITES};
use leptos::prelude::*;

/// Invite one or up to 50 people: e-mails, optional name, role, at least one group. Checked as
/// typed with the validation the server runs again.
#[component]
pub fn InviteForm(
    groups: Signal<Vec<GroupChoice>>,
    on_done: Callback<InviteOutcome>,
) -> impl IntoView {
    // Only the roles the viewer may give (`permissions::grant`); the lowest is the default.
    let roles = use_session()
        .session
        .with_untracked(|s| s.as_ref().map(|s| s.grantor().grantable_roles()))
        .unwrap_or_default();
    let input = RwSignal::new(InviteInput {
        role: roles
            .iter()
            .find(|r| **r == Role::Member)
            .or(roles.last())
            .map(|r| r.as_str().to_string())
            .unwrap_or_default(),
        ..Default::default()
    });
    // The entries are kept as typed (a reload or a closed tab loses nothing).
    let blank = input.get_untracked();
    let kept = Draft::keep(
        Signal::derive(|| Some("invite:new".to_string())),
        input,
        Signal::derive(move || Some(blank.clone())),
        RwSignal::new(0),
    );
    let touched = RwSignal::new(false);
    let server_errors = RwSignal::new(FieldErrors::new());
    let message = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let errors = Memo::new(move |_| input.with(|i| i.validate().err().unwrap_or_default()));
    let err = move |f: &'static str| {
        move || {
            touched
                .get()
                .then(|| errors.with(|e| e.get(f).cloned()))
                .flatten()
                .or_else(|| server_errors.with(|e| e.get(f).cloned()))
                .map(|e| t_msg(&e))
        }
    };
    let count = move || input.with(|i| split_emails(&i.emails).len());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        touched.set(true);
        if !errors.with(|e| e.is_empty()) {
            return;
        }
        busy.set(true);
        let value = input.get_untracked();
        leptos::task::spawn_local(async move {
            match crate::api::invite_users(value).await {
                Ok(outcome) => {
                    kept.discard();
                    on_done.run(outcome)
                }
                Err(AppError::Validation(e)) => server_errors.set(e),
                Err(e) => message.set(Some(e.to_string())),
            }
            busy.set(false);
        });
    };
    view! {
        <form on:submit=submit novalidate>
            <DraftOffer draft=kept on_restore=Callback::new(move |_| kept.restore_with(|v, _| input.set(v)))/>
            {move || message.get().map(|m| view! { <p class="alert alert-error" role="alert">{t_msg(&m)}</p> })}
            <div class="field">
                <label for="invite-emails">{t("users-emails")}</label>
                <textarea id="invite-emails" rows="3" aria-describedby="invite-emails-hint invite-emails-error"
                    aria-invalid=move || if err("emails")().is_some() { "true" } else { "false" }
                    prop:value=move || input.with(|i| i.emails.clone())
                    on:input=move |ev| { let v = event_target_value(&ev); input.update(|i| i.emails = v); touched.set(true); }></textarea>
                <p class="field-hint" id="invite-emails-hint">
                    {move || t_args("users-emails-hint", &[("max", MAX_INVITES.to_string()), ("count", count().to_string())])}
                </p>
                <p class="field-error" id="invite-emails-error" aria-live="polite">{err("emails")}</p>
            </div>
            <div class="form-grid">
                <div class="field">
                    <label for="invite-first">{t("users-first-name-optional")}</label>
                    <input id="invite-first" prop:value=move || input.with(|i| i.first_name.clone())
                        on:input=move |ev| { let v = event_target_value(&ev); input.update(|i| i.first_name = v); }/>
                    <p class="field-error" aria-live="polite">{err("first_name")}</p>
                </div>
                <div class="field">
                    <label for="invite-last">{t("users-last-name-optional")}</label>
                    <input id="invite-last" prop:value=move || input.with(|i| i.last_name.clone())
                        on:input=move |ev| { let v = event_target_value(&ev); input.update(|i| i.last_name = v); }/>
                    <p class="field-error" aria-live="polite">{err("last_name")}</p>
                </div>
            </div>
            <div class="field">
                <label for="invite-role">{t("users-role")}</label>
                <select id="invite-role" prop:value=move || input.with(|i| i.role.clone())
                    on:change=move |ev| { let v = event_target_value(&ev); input.update(|i| i.role = v); }>
                    {roles.iter().map(|r| view! { <option value=r.as_str()>{t_word("role", r.as_str())}</option> }).collect_view()}
                </select>
            </div>
            <fieldset aria-describedby="invite-groups-error">
                <legend>{t("users-groups")}</legend>
                <GroupCheckboxes groups chosen=Signal::derive(move || input.with(|i| i.group_ids.clone()))
                    on_toggle=Callback::new(move |(id, on): (String, bool)| input.update(|i| {
                        i.group_ids.retain(|x| *x != id);
                        if on { i.group_ids.push(id); }
                    }))/>
                <p class="field-error" id="invite-groups-error" aria-live="polite">{err("groups")}</p>
            </fieldset>
            <div class="dialog-actions">
                <button type="submit" class="btn btn-primary" disabled=move || busy.get() || crate::offline::is_offline()>
                    {move || if count() > 1 { t_args("users-invite-count", &[("count", count().to_string())]) } else { t("users-send-invitation").to_string() }}
                </button>
            </div>
        </form>
    }
}
