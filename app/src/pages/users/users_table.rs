use crate::components::{SelectPage, SelectRow, Selection};
use crate::i18n::{t, t_args, t_word};
use crate::model::MemberRow;
use crate::permissions::Role;
use crate::util::{format_date, format_datetime};
use leptos::prelude::*;
use leptos_router::components::A;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum RowAction {
    Edit,
    Resend,
    CopyLink,
    Revoke,
    Disable,
    Enable,
    Remove,
}

impl RowAction {
    pub fn label(self) -> &'static str {
        match self {
            RowAction::Edit => t("users-edit-access"),
            RowAction::Resend => t("users-action-resend"),
            RowAction::CopyLink => t("users-action-copy-link"),
            RowAction::Revoke => t("users-action-revoke"),
            RowAction::Disable => t("common-disable"),
            RowAction::Enable => t("common-enable"),
            RowAction::Remove => t("users-action-remove"),
        }
    }
}

/// Only the actions valid for the row's state and the viewer's rights.
fn actions_for(row: &MemberRow, can_edit: bool, can_resend: bool, is_me: bool) -> Vec<RowAction> {
    let invited = row.status == "Invited" || row.status == "Invitation expired";
    let mut out = Vec::new();
    if invited && can_resend {
        out.push(RowAction::Resend);
    }
    if !can_edit {
        return out;
    }
    if invited {
        if row.status == "Invited" {
            out.push(RowAction::CopyLink);
        }
        out.push(RowAction::Revoke);
        return out;
    }
    out.push(RowAction::Edit);
    if !is_me {
        out.push(if row.status == "Disabled" {
            RowAction::Enable
        } else {
            RowAction::Disable
        });
        out.push(RowAction::Remove);
    }
    out
}

fn badge(status: &str) -> &'static str {
    match status {
        "Active" => "badge badge-green",
        "Disabled" => "badge badge-grey",
        "Invitation expired" => "badge badge-red",
        _ => "badge badge-amber",
    }
}

#[component]
pub fn UsersTable(
    rows: Vec<MemberRow>,
    can_edit: bool,
    can_resend: bool,
    /// The viewer is an Admin: only they act on an Admin's membership.
    admin: bool,
    me: String,
    on_action: Callback<(RowAction, MemberRow)>,
    /// The rows chosen for a bulk action (only rows the viewer may change can be chosen).
    selection: Selection,
) -> impl IntoView {
    // Members (not invitations) the viewer may change and who are not the viewer.
    let selectable = |r: &MemberRow, admin: bool, me: &str| {
        can_edit
            && (admin || r.role != Role::Admin)
            && r.user_id != me
            && (r.status == "Active" || r.status == "Disabled")
    };
    let page_ids: Vec<String> = rows
        .iter()
        .filter(|r| selectable(r, admin, &me))
        .map(|r| r.membership_id.clone())
        .collect();
    view! {
        <div class="table-wrap">
            <table class="data-table" aria-label=t("users-title")>
                <thead>
                    <tr>
                        <th scope="col" class="select-col">{(!page_ids.is_empty()).then(|| view! { <SelectPage selection ids=page_ids.clone()/> })}</th>
                        <th scope="col">{t("users-user")}</th>
                        <th scope="col">{t("common-email")}</th>
                        <th scope="col">{t("users-role")}</th>
                        <th scope="col">{t("users-groups")}</th>
                        <th scope="col">{t("common-status")}</th>
                        <th scope="col">{t("users-last-login")}</th>
                        <th scope="col"><span class="visually-hidden">{t("common-actions")}</span></th>
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|r| {
                        let may_edit = can_edit && (admin || r.role != Role::Admin);
                        let actions = actions_for(&r, may_edit, can_resend, r.user_id == me);
                        let name = r.name();
                        let link_name = name.clone();
                        let joined = if r.status == "Active" || r.status == "Disabled" {
                            t_args("users-joined-on", &[("date", format_date(r.created_at))])
                        } else {
                            t_args("users-invited-on", &[("date", format_date(r.created_at))])
                        };
                        let groups: Vec<String> = r.groups.iter().map(|g| g.name.clone()).collect();
                        let row = r.clone();
                        let pick = selectable(&r, admin, &me).then(|| view! {
                            <SelectRow selection id=r.membership_id.clone() name=name.clone()/>
                        });
                        view! {
                            <tr>
                                <td class="select-col">{pick}</td>
                                <td><A href=format!("/settings/users/{}", r.membership_id)>{link_name}</A><br/><span class="muted mono">{r.user_id.clone()}</span></td>
                                <td>{r.email.clone()}</td>
                                <td>{t_word("role", r.role.as_str())}</td>
                                <td>{groups.join(", ")}</td>
                                <td><span class=badge(&r.status)>{t_word("status", &r.status)}</span><br/><span class="muted nowrap">{joined}</span></td>
                                <td class="nowrap">{r.last_login_at.map(format_datetime).unwrap_or_else(|| t("users-never").into())}</td>
                                <td class="nowrap">
                                    {(!actions.is_empty()).then(|| view! {
                                        <details class="user-menu row-menu">
                                            <summary aria-label=t_args("users-actions-for", &[("name", name.clone())])>{t("common-actions")}</summary>
                                            <ul class="menu">
                                                {actions.into_iter().map(|a| {
                                                    let row = row.clone();
                                                    view! { <li><button type="button" on:click=move |_| on_action.run((a, row.clone()))>{a.label()}</button></li> }
                                                }).collect_view()}
                                            </ul>
                                        </details>
                                    })}
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
