use super::group_checkboxes::GroupCheckboxes;
use crate::components::{run_bulk, BulkBar, ConfirmDialog, Modal, Selection};
use crate::i18n::{t, t_args};
use crate::model::{GroupChoice, MemberRow};
use leptos::prelude::*;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Bulk {
    Disable,
    Enable,
    Remove,
    AddGroups,
    RemoveGroups,
}

/// The Users list's bulk actions on the chosen members of the page: disable, enable, change
/// groups (add to or take out of the groups chosen) and remove, each confirmed first.
#[component]
pub fn UsersBulk(
    selection: Selection,
    rows: Signal<Vec<MemberRow>>,
    groups: Signal<Vec<GroupChoice>>,
    on_done: Callback<(bool, String)>,
) -> impl IntoView {
    let confirm_open = RwSignal::new(false);
    let groups_open = RwSignal::new(false);
    let pending = RwSignal::new(Bulk::Disable);
    let chosen_groups = RwSignal::new(Vec::<String>::new());
    let chosen = move || {
        rows.get_untracked()
            .into_iter()
            .filter(|r| selection.has(&r.membership_id))
            .collect::<Vec<_>>()
    };
    let run = move |action: Bulk| {
        let members = chosen();
        let picked = chosen_groups.get_untracked();
        let items: Vec<(String, MemberRow)> =
            members.into_iter().map(|m| (m.email.clone(), m)).collect();
        leptos::task::spawn_local(async move {
            let (ok, text) = run_bulk(items, move |m: MemberRow| {
                let picked = picked.clone();
                async move {
                    let (id, at) = (m.membership_id.clone(), m.updated_at);
                    match action {
                        Bulk::Disable => crate::api::set_member_enabled(id, false, at).await,
                        Bulk::Enable => crate::api::set_member_enabled(id, true, at).await,
                        Bulk::Remove => crate::api::remove_member(id, at).await,
                        Bulk::AddGroups | Bulk::RemoveGroups => {
                            let mut ids: Vec<String> =
                                m.groups.iter().map(|g| g.id.clone()).collect();
                            ids.retain(|g| !picked.contains(g));
                            if action == Bulk::AddGroups {
                                ids.extend(picked.iter().cloned());
                            }
                            crate::api::update_member(id, m.role.as_str().to_string(), ids, at)
                                .await
                        }
                    }
                }
            })
            .await;
            selection.clear();
            on_done.run((ok, text));
        });
    };
    let ask = move |action: Bulk| {
        pending.set(action);
        confirm_open.set(true);
    };
    let message = Signal::derive(move || {
        let n = selection.len().to_string();
        let key = match pending.get() {
            Bulk::Disable => "users-bulk-confirm-disable",
            Bulk::Enable => "users-bulk-confirm-enable",
            Bulk::Remove => "users-bulk-confirm-remove",
            Bulk::AddGroups => "users-bulk-confirm-add-groups",
            Bulk::RemoveGroups => "users-bulk-confirm-remove-groups",
        };
        let args = [("count", n)];
        t_args(key, &args)
    });
    let in_groups = move |action: Bulk| {
        groups_open.set(false);
        ask(action);
    };
    view! {
        <BulkBar selection>
            <button type="button" class="btn btn-sm" on:click=move |_| ask(Bulk::Disable)>{t("common-disable")}</button>
            <button type="button" class="btn btn-sm" on:click=move |_| ask(Bulk::Enable)>{t("common-enable")}</button>
            <button type="button" class="btn btn-sm" on:click=move |_| { chosen_groups.set(vec![]); groups_open.set(true); }>{t("users-bulk-change-groups")}</button>
            <button type="button" class="btn btn-sm btn-danger" on:click=move |_| ask(Bulk::Remove)>{t("users-action-remove")}</button>
        </BulkBar>
        <Modal open=groups_open title=t("users-bulk-change-groups")>
            <fieldset class="checks">
                <legend>{t("users-bulk-groups-legend")}</legend>
                <GroupCheckboxes groups chosen=chosen_groups.into()
                    on_toggle=Callback::new(move |(id, on): (String, bool)| chosen_groups.update(|c| {
                        c.retain(|x| *x != id);
                        if on { c.push(id); }
                    }))/>
            </fieldset>
            <div class="dialog-actions">
                <button type="button" class="btn" disabled=move || chosen_groups.with(Vec::is_empty)
                    on:click=move |_| in_groups(Bulk::RemoveGroups)>{t("users-bulk-take-out")}</button>
                <button type="button" class="btn btn-primary" disabled=move || chosen_groups.with(Vec::is_empty)
                    on:click=move |_| in_groups(Bulk::AddGroups)>{t("users-bulk-add-to")}</button>
            </div>
        </Modal>
        <ConfirmDialog open=confirm_open title=t("users-bulk-confirm-title") message confirm_label=t("common-confirm")
            danger=true on_confirm=Callback::new(move |_| run(pending.get_untracked()))/>
    }
}
