use super::group_checkboxes::GroupCheckboxes;
use crate::error::AppError;
use crate::i18n::{t, t_args, t_msg, t_word};
use crate::model::{GroupChoice, MemberRow};
use crate::state::use_session;
use leptos::prelude::*;

/// Role and groups of one member, saved with the row's `updated_at` as revision.
#[component]
pub fn EditMemberForm(
    row: MemberRow,
    groups: Signal<Vec<GroupChoice>>,
    on_done: Callback<String>,
) -> impl IntoView {
    // The member's role stays offered; others only when the viewer may give them.
    let mut roles = use_session()
        .session
        .with_untracked(|s| s.as_ref().map(|s| s.grantor().grantable_roles()))
        .unwrap_or_default();
    if !roles.contains(&row.role) {
        roles.insert(0, row.role);
    }
    let role = RwSignal::new(row.role.as_str().to_string());
    let chosen = RwSignal::new(row.groups.iter().map(|g| g.id.clone()).collect::<Vec<_>>());
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let email = row.email.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if chosen.with_untracked(Vec::is_empty) {
            // An error sentence like the server's: shown through t_msg below.
            error.set(Some("Choose at least one group.".into()));
            return;
        }
        busy.set(true);
        let (id, at, email) = (row.membership_id.clone(), row.updated_at, row.email.clone());
        leptos::task::spawn_local(async move {
            match crate::api::update_member(id, role.get_untracked(), chosen.get_untracked(), at)
                .await
            {
                Ok(()) => on_done.run(t_args("users-access-saved", &[("email", email)])),
                Err(AppError::Validation(e)) => error.set(e.values().next().cloned()),
                Err(e) => error.set(Some(e.to_string())),
            }
            busy.set(false);
        });
    };
    view! {
        <form on:submit=submit novalidate>
            <p class="muted">{email}</p>
            {move || error.get().map(|m| view! { <p class="alert alert-error" role="alert">{t_msg(&m)}</p> })}
            <div class="field">
                <label for="edit-role">{t("users-role")}</label>
                <select id="edit-role" prop:value=move || role.get() on:change=move |ev| role.set(event_target_value(&ev))>
                    {roles.iter().map(|r| view! { <option value=r.as_str()>{t_word("role", r.as_str())}</option> }).collect_view()}
                </select>
            </div>
            <fieldset>
                <legend>{t("users-groups")}</legend>
                <GroupCheckboxes groups chosen=chosen.into()
                    on_toggle=Callback::new(move |(id, on): (String, bool)| chosen.update(|c| {
                        c.retain(|x| *x != id);
                        if on { c.push(id); }
                    }))/>
            </fieldset>
            <div class="dialog-actions">
                <button type="submit" class="btn btn-primary" disabled=move || busy.get() || crate::offline::is_offline()>{t("users-save-access")}</button>
            </div>
        </form>
    }
}
