use super::edit_member_dialog::EditMemberForm;
use super::invite_dialog::InviteForm;
use super::user_filters::{filter_from_query, to_href, UserFilters, PAGE_SIZES};
use super::users_bulk::UsersBulk;
use super::users_table::{RowAction, UsersTable};
use crate::components::{ConfirmDialog, Modal, RequireModule, Selection};
use crate::i18n::{t, t_args, t_msg};
use crate::model::{InviteOutcome, MemberRow, UserFilter};
use crate::permissions::{Level, Module, Role};
use crate::state::use_session;
use crate::util::{copy_to_clipboard, download};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

#[component]
pub fn UsersPage() -> impl IntoView {
    view! {
        <RequireModule module=Module::Users>
            <UsersPageInner/>
        </RequireModule>
    }
}

fn outcome_text(o: &InviteOutcome) -> String {
    let mut parts = Vec::new();
    if !o.invited.is_empty() {
        parts.push(t_args(
            "users-outcome-invited",
            &[("emails", o.invited.join(", "))],
        ));
    }
    for (email, why) in &o.skipped {
        parts.push(t_args(
            "users-outcome-skipped",
            &[("email", email.clone()), ("reason", t_msg(why))],
        ));
    }
    if !o.mail_failed.is_empty() {
        parts.push(t_args(
            "users-outcome-mail-failed",
            &[("emails", o.mail_failed.join(", "))],
        ));
    }
    parts.join(" ")
}

#[component]
fn UsersPageInner() -> impl IntoView {
    let ctx = use_session();
    let filter = filter_from_query();
    let reload = RwSignal::new(0u32);
    let page = LocalResource::new(move || {
        let f = filter.get();
        reload.track();
        async move { crate::api::list_users(f).await }
    });
    let group_list =
        LocalResource::new(|| async { crate::api::list_group_refs().await.unwrap_or_default() });
    let groups = Signal::derive(move || group_list.get().unwrap_or_default());
    let perms = move || {
        ctx.session.with(|s| {
            s.as_ref().map(|s| {
                (
                    s.allows(Module::Users, Level::Edit),
                    s.role,
                    s.user_id.clone(),
                )
            })
        })
    };
    let can_edit = move || perms().is_some_and(|p| p.0);
    let status = RwSignal::new(None::<(bool, String)>);
    let invite_open = RwSignal::new(false);
    let edit_open = RwSignal::new(false);
    let editing = RwSignal::new(None::<MemberRow>);
    let confirm_open = RwSignal::new(false);
    let pending = RwSignal::new(None::<(RowAction, MemberRow)>);
    let navigate = use_navigate();
    let selection = Selection::new();
    // The rows on screen, for the bulk actions; a new page starts with nothing chosen.
    let shown = RwSignal::new(Vec::<MemberRow>::new());
    Effect::new(move |_| {
        if let Some(Ok(p)) = page.get() {
            shown.set(p.rows.clone());
            selection.clear();
        }
    });

    let done = move |ok: bool, text: String| {
        status.set(Some((ok, text)));
        reload.update(|n| *n += 1);
    };
    let on_action = Callback::new(move |(action, row): (RowAction, MemberRow)| match action {
        RowAction::Edit => {
            editing.set(Some(row));
            edit_open.set(true);
        }
        RowAction::Resend => leptos::task::spawn_local(async move {
            match crate::api::resend_invitation(row.membership_id.clone()).await {
                Ok(true) => done(
                    true,
                    t_args("users-resent", &[("email", row.email.clone())]),
                ),
                Ok(false) => done(
                    false,
                    t_args("users-resend-mail-failed", &[("email", row.email.clone())]),
                ),
                Err(e) => done(false, e.to_string()),
            }
        }),
        RowAction::CopyLink => leptos::task::spawn_local(async move {
            match crate::api::invitation_link(row.membership_id.clone()).await {
                Ok(link) => {
                    copy_to_clipboard(&link);
                    status.set(Some((
                        true,
                        t_args("users-link-copied", &[("email", row.email.clone())]),
                    )));
                }
                Err(e) => status.set(Some((false, e.to_string()))),
            }
        }),
        _ => {
            pending.set(Some((action, row)));
            confirm_open.set(true);
        }
    });
    let confirm_message = Signal::derive(move || {
        pending.with(|p| {
            let key = match p {
                Some((RowAction::Revoke, _)) => "users-confirm-revoke",
                Some((RowAction::Disable, _)) => "users-confirm-disable",
                Some((RowAction::Enable, _)) => "users-confirm-enable",
                Some((RowAction::Remove, _)) => "users-confirm-remove",
                _ => return String::new(),
            };
            let email = p.as_ref().map(|(_, r)| r.email.clone()).unwrap_or_default();
            let args = [("email", email)];
            t_args(key, &args)
        })
    });
    let run_pending = Callback::new(move |_| {
        let Some((action, row)) = pending.get_untracked() else {
            return;
        };
        leptos::task::spawn_local(async move {
            let (id, at) = (row.membership_id.clone(), row.updated_at);
            let result = match action {
                RowAction::Revoke => crate::api::revoke_invitation(id)
                    .await
                    .map(|_| t_args("users-revoked", &[("email", row.email.clone())])),
                RowAction::Disable => crate::api::set_member_enabled(id, false, at)
                    .await
                    .map(|_| t_args("users-disabled", &[("email", row.email.clone())])),
                RowAction::Enable => crate::api::set_member_enabled(id, true, at)
                    .await
                    .map(|_| t_args("users-enabled", &[("email", row.email.clone())])),
                RowAction::Remove => crate::api::remove_member(id, at)
                    .await
                    .map(|_| t_args("users-removed", &[("email", row.email.clone())])),
                _ => return,
            };
            match result {
                Ok(text) => done(true, text),
                Err(e) => done(false, e.to_string()),
            }
        });
    });
    let export = move |_| {
        let f = UserFilter {
            cursor: None,
            ..filter.get_untracked()
        };
        leptos::task::spawn_local(async move {
            match crate::api::export_users_csv(f).await {
                Ok(csv) => download("users.csv", "text/csv", &csv),
                Err(e) => status.set(Some((false, e.to_string()))),
            }
        });
    };
    let on_size = move |ev: leptos::ev::Event| {
        let limit = event_target_value(&ev).parse().unwrap_or(25);
        navigate(
            &to_href(&UserFilter {
                limit,
                cursor: None,
                ..filter.get_untracked()
            }),
            Default::default(),
        );
    };

    view! {
        <div class="page-header">
            <h1>{t("users-title")}</h1>
            <p class="page-subtitle">{t("users-subtitle")}</p>
            <div class="page-actions">
                <button type="button" class="btn" on:click=export>{t("common-export-csv")}</button>
                <Show when=can_edit>
                    <button type="button" class="btn btn-primary" on:click=move |_| invite_open.set(true)>{t("users-invite-people")}</button>
                </Show>
            </div>
        </div>
        {move || status.get().map(|(ok, text)| view! {
            <p class=if ok { "alert alert-success" } else { "alert alert-error" } role=if ok { "status" } else { "alert" }>{t_msg(&text)}</p>
        })}
        <UserFilters filter groups/>
        <UsersBulk selection rows=shown.into() groups on_done=Callback::new(move |(ok, text)| done(ok, text))/>
        {move || match page.get() {
            None => view! { <p class="loading" role="status">{t("users-loading")}</p> }.into_any(),
            Some(Err(e)) => view! { <p class="alert alert-error" role="alert">{t_msg(&e.to_string())}</p> }.into_any(),
            Some(Ok(p)) => {
                let f = filter.get();
                let (edit, role, me) = perms().unwrap_or((false, Role::Member, String::new()));
                let next = p.next_cursor.clone().map(|c| to_href(&UserFilter { cursor: Some(c), ..f.clone() }));
                let first = f.cursor.is_some().then(|| to_href(&UserFilter { cursor: None, ..f.clone() }));
                let empty = p.rows.is_empty();
                view! {
                    <UsersTable rows=p.rows can_edit=edit can_resend=edit || role == Role::Agent admin=role == Role::Admin me on_action selection/>
                    {empty.then(|| view! { <p class="empty">{t("users-no-match")}</p> })}
                    <nav class="pager" aria-label=t("users-pages")>
                        <label for="users-page-size">{t("common-rows-per-page")}</label>
                        <select id="users-page-size" on:change=on_size.clone()>
                            {PAGE_SIZES.iter().map(|s| view! { <option value=s.to_string() selected=*s == f.limit>{s.to_string()}</option> }).collect_view()}
                        </select>
                        <span class="muted">{if p.total_is_capped {
                            t_args("users-match-capped", &[("count", p.total.to_string())])
                        } else {
                            t_args("users-match", &[("count", p.total.to_string())])
                        }}</span>
                        {first.map(|h| view! { <A href=h>{t("users-first-page")}</A> })}
                        {next.map(|h| view! { <A href=h>{t("users-next-page")}</A> })}
                    </nav>
                }.into_any()
            }
        }}
        <Modal open=invite_open title=t("users-invite-people")>
            <InviteForm groups on_done=Callback::new(move |o: InviteOutcome| {
                invite_open.set(false);
                done(o.skipped.is_empty() && o.mail_failed.is_empty(), outcome_text(&o));
            })/>
        </Modal>
        <Modal open=edit_open title=t("users-edit-access")>
            {move || editing.get().map(|row| view! {
                <EditMemberForm row groups on_done=Callback::new(move |text: String| {
                    edit_open.set(false);
                    done(true, text);
                })/>
            })}
        </Modal>
        <ConfirmDialog open=confirm_open title=t("users-please-confirm") message=confirm_message confirm_label=t("common-confirm") danger=true on_confirm=run_pending/>
    }
}
