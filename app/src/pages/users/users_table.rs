use crate::model::MemberRow;
use crate::util::format_utc;
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
            RowAction::Edit => "Edit access",
            RowAction::Resend => "Resend invitation",
            RowAction::CopyLink => "Copy invitation link",
            RowAction::Revoke => "Revoke invitation",
            RowAction::Disable => "Disable",
            RowAction::Enable => "Enable",
            RowAction::Remove => "Remove from account",
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
    me: String,
    on_action: Callback<(RowAction, MemberRow)>,
) -> impl IntoView {
    view! {
        <div class="table-wrap">
            <table class="data-table" aria-label="Users">
                <thead>
                    <tr>
                        <th scope="col">"User"</th>
                        <th scope="col">"E-mail"</th>
                        <th scope="col">"Role"</th>
                        <th scope="col">"Groups"</th>
                        <th scope="col">"Status"</th>
                        <th scope="col">"Last login"</th>
                        <th scope="col"><span class="visually-hidden">"Actions"</span></th>
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|r| {
                        let actions = actions_for(&r, can_edit, can_resend, r.user_id == me);
                        let name = r.name();
                        let link_name = name.clone();
                        let joined = if r.status == "Active" || r.status == "Disabled" {
                            format!("joined {}", &format_utc(r.created_at)[..10])
                        } else {
                            format!("invited {}", &format_utc(r.created_at)[..10])
                        };
                        let groups: Vec<String> = r.groups.iter().map(|g| g.name.clone()).collect();
                        let row = r.clone();
                        view! {
                            <tr>
                                <td><A href=format!("/settings/users/{}", r.membership_id)>{link_name}</A><br/><span class="muted mono">{r.user_id.clone()}</span></td>
                                <td>{r.email.clone()}</td>
                                <td>{r.role.as_str()}</td>
                                <td>{groups.join(", ")}</td>
                                <td><span class=badge(&r.status)>{r.status.clone()}</span><br/><span class="muted nowrap">{joined}</span></td>
                                <td class="nowrap">{r.last_login_at.map(format_utc).unwrap_or_else(|| "Never".into())}</td>
                                <td class="nowrap">
                                    {(!actions.is_empty()).then(|| view! {
                                        <details class="user-menu row-menu">
                                            <summary aria-label=format!("Actions for {name}")>"Actions"</summary>
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
