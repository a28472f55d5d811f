use super::group_buyers::load_buyer_choices;
use super::group_fields::{GeneralFields, MemberPicker, ModuleLevels};
use super::GroupBuyers;
use crate::components::{
    details_tabs, use_tab, ConfirmDialog, ConflictChoice, DetailTabs, DraftOffer, OfflineNote,
    RecordFacts, RequireModule,
};
use crate::error::{AppError, FieldErrors};
use crate::i18n::{t, t_args, t_msg};
use crate::model::{BuyersScope, GroupDto};
use crate::offline::{is_offline, Draft};
use crate::pages::audit::ObjectAuditTrail;
use crate::permissions::{Level, Module};
use crate::state::use_session;
use crate::util::format_datetime;
use crate::validation::GroupInput;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map};

/// "Buyers: All", or the names of the group's selected buyers.
fn buyers_line(g: &GroupDto) -> String {
    match g.buyers_scope {
        BuyersScope::All => t("groups-buyers-line-all").into(),
        BuyersScope::Selected => t_args(
            "groups-buyers-line",
            &[(
                "names",
                g.buyers
                    .iter()
                    .map(|b| b.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            )],
        ),
    }
}

/// The form's entries for a saved group.
fn input_of(g: &GroupDto) -> GroupInput {
    GroupInput {
        name: g.name.clone(),
        description: g.description.clone(),
        modules: g.modules.clone(),
        member_ids: g.members.iter().map(|m| m.membership_id.clone()).collect(),
        buyers_scope: g.buyers_scope,
        buyer_ids: g.buyers.iter().map(|b| b.id.clone()).collect(),
    }
}

fn field_label(name: &str) -> String {
    match name {
        "name" => t("groups-name").into(),
        "description" => t("groups-description").into(),
        "modules" => t("groups-modules").into(),
        "member_ids" => t("groups-members").into(),
        "buyers_scope" | "buyer_ids" => t("groups-buyers").into(),
        other => other.replace('_', " "),
    }
}

#[component]
pub fn GroupEditPage() -> impl IntoView {
    view! { <RequireModule module=Module::Groups><GroupEdit/></RequireModule> }
}

#[component]
fn GroupEdit() -> impl IntoView {
    let ctx = use_session();
    let can_edit = move || {
        ctx.session.with(|s| {
            s.as_ref()
                .is_some_and(|s| s.allows(Module::Groups, Level::Edit))
        })
    };
    let params = use_params_map();
    let navigate = use_navigate();
    let tab = use_tab("general");
    let id = Memo::new(move |_| params.get().get("id").unwrap_or_default());
    let data = LocalResource::new(move || {
        let id = id.get();
        async move {
            crate::api::list_groups()
                .await
                .map(|gs| gs.into_iter().find(|g| g.id == id))
        }
    });
    let input = RwSignal::new(GroupInput::default());
    let revision = RwSignal::new(0i64);
    let errors = RwSignal::new(FieldErrors::new());
    let message = RwSignal::new(None::<(bool, String)>);
    let confirm = RwSignal::new(false);
    let choices = load_buyer_choices();
    let saved = Memo::new(move |_| match data.get() {
        Some(Ok(Some(g))) => Some(input_of(&g)),
        _ => None,
    });
    Effect::new(move |_| {
        if let Some(Ok(Some(g))) = data.get() {
            input.set(input_of(&g));
            revision.set(g.revision);
        }
    });
    let draft_key = Signal::derive(move || saved.get().map(|_| format!("group:{}", id.get())));
    let kept = Draft::keep(draft_key, input, saved.into(), revision);
    // After a conflict: the group as saved now, to compare field by field with the entries.
    let theirs = RwSignal::new(None::<GroupDto>);
    let submit = move || {
        leptos::task::spawn_local(async move {
            match crate::api::update_group(
                id.get_untracked(),
                revision.get_untracked(),
                input.get_untracked(),
            )
            .await
            {
                Ok(()) => {
                    kept.discard();
                    errors.set(FieldErrors::new());
                    message.set(Some((true, t("groups-saved").into())));
                    data.refetch();
                }
                Err(AppError::Validation(e)) => errors.set(e),
                Err(AppError::Conflict(text)) => {
                    let latest = crate::api::list_groups()
                        .await
                        .ok()
                        .and_then(|gs| gs.into_iter().find(|g| g.id == id.get_untracked()));
                    match latest {
                        Some(g) => theirs.set(Some(g)),
                        None => message.set(Some((false, text))),
                    }
                }
                Err(e) => message.set(Some((false, e.to_string()))),
            }
        });
    };
    let save = move |_| {
        if !is_offline() {
            submit();
        }
    };
    let choose = Callback::new(move |chosen: GroupInput| {
        if let Some(g) = theirs.get_untracked() {
            revision.set(g.revision);
        }
        input.set(chosen);
        theirs.set(None);
        submit();
    });
    let delete = Callback::new(move |_| {
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            match crate::api::delete_group(id.get_untracked()).await {
                Ok(()) => navigate("/settings/groups", Default::default()),
                Err(e) => message.set(Some((false, e.to_string()))),
            }
        });
    });
    view! {
        {move || match data.get() {
            None => view! { <p class="loading" role="status">{t("groups-loading-group")}</p> }.into_any(),
            Some(Err(e)) => view! { <p class="alert alert-error" role="alert">{t_msg(&e.to_string())}</p> }.into_any(),
            Some(Ok(None)) => view! { <p class="alert alert-error" role="alert">{t("groups-not-found")}</p> }.into_any(),
            Some(Ok(Some(g))) => {
                let locked = g.is_default;
                view! {
                    <div class="page-header">
                        <h1>{g.name.clone()}</h1>
                        <p class="page-subtitle mono">{g.id.clone()}</p>
                    </div>
                    <p class="muted">{match g.updated_by.clone() {
                        Some(by) => t_args("groups-updated-by", &[("date", format_datetime(g.updated_at)), ("name", by)]),
                        None => t_args("groups-updated", &[("date", format_datetime(g.updated_at))]),
                    }}</p>
                    <p class="group-buyers-line">{buyers_line(&g)}</p>
                    {locked.then(|| view! { <p class="alert alert-info">{t("groups-default-locked")}</p> })}
                    {move || message.get().map(|(ok, m)| view! { <p class=if ok { "alert alert-success" } else { "alert alert-error" } role="status">{t_msg(&m)}</p> })}
                    <DraftOffer draft=kept on_restore=Callback::new(move |_| kept.restore(input, revision))/>
                    {move || theirs.get().map(|latest| view! {
                        <ConflictChoice theirs=input_of(&latest) yours=input.get_untracked() label=field_label
                            on_choose=choose on_cancel=Callback::new(move |_| theirs.set(None))/>
                    })}
                    <DetailTabs tabs=details_tabs(&[]) current=tab/>
                    <Show when=move || tab.get() == "audit">
                        <ObjectAuditTrail object_id=id.get()/>
                    </Show>
                    <Show when=move || tab.get() == "details">
                        <RecordFacts id=g.id.clone() created_at=g.created_at updated_at=g.updated_at updated_by=g.updated_by.clone().unwrap_or_default()>
                            <dt>{t("common-revision")}</dt><dd>{g.revision}</dd>
                        </RecordFacts>
                    </Show>
                    <Show when=move || tab.get() != "audit" && tab.get() != "details">
                        <section class="card"><h2>{t("common-general")}</h2><GeneralFields input errors locked/></section>
                        <section class="card"><h2>{t("groups-modules")}</h2><ModuleLevels input errors locked/></section>
                        <section class="card"><h2>{t("groups-buyers")}</h2><GroupBuyers input errors choices locked/></section>
                        <section class="card"><h2>{t("groups-members")}</h2><MemberPicker input errors/></section>
                        <Show when=can_edit>
                            <div class="form-actions">
                                <OfflineNote/>
                                {(!locked).then(|| view! { <button type="button" class="btn btn-danger" disabled=is_offline on:click=move |_| confirm.set(true)>{t("groups-delete")}</button> })}
                                <button type="button" class="btn btn-primary" disabled=is_offline on:click=save>{t("groups-save")}</button>
                            </div>
                        </Show>
                    </Show>
                }.into_any()
            }
        }}
        <ConfirmDialog open=confirm title=t("groups-delete-title") danger=true confirm_label=t("common-delete")
            message=t("groups-delete-text").to_string() on_confirm=delete/>
    }
}
