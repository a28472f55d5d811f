use super::group_buyers::load_buyer_choices;
use super::group_fields::{GeneralFields, MemberPicker, ModuleLevels};
use super::GroupBuyers;
use crate::components::{use_tab, ConfirmDialog, DetailTabs, RequireModule};
use crate::error::{AppError, FieldErrors};
use crate::model::{BuyersScope, GroupDto};
use crate::pages::audit::ObjectAuditTrail;
use crate::permissions::{Level, Module};
use crate::state::use_session;
use crate::util::format_utc;
use crate::validation::GroupInput;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map};

/// "Buyers: All", or the names of the group's selected buyers.
fn buyers_line(g: &GroupDto) -> String {
    match g.buyers_scope {
        BuyersScope::All => "Buyers: All".into(),
        BuyersScope::Selected => format!(
            "Buyers: {}",
            g.buyers
                .iter()
                .map(|b| b.name.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ),
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
                .is_some_and(|s| s.permissions.allows(Module::Groups, Level::Edit))
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
    Effect::new(move |_| {
        if let Some(Ok(Some(g))) = data.get() {
            input.set(GroupInput {
                name: g.name.clone(),
                description: g.description.clone(),
                modules: g.modules.clone(),
                member_ids: g.members.iter().map(|m| m.membership_id.clone()).collect(),
                buyers_scope: g.buyers_scope,
                buyer_ids: g.buyers.iter().map(|b| b.id.clone()).collect(),
            });
            revision.set(g.revision);
        }
    });
    let save = move |_| {
        leptos::task::spawn_local(async move {
            match crate::api::update_group(
                id.get_untracked(),
                revision.get_untracked(),
                input.get_untracked(),
            )
            .await
            {
                Ok(()) => {
                    errors.set(FieldErrors::new());
                    message.set(Some((true, "Group saved.".into())));
                    data.refetch();
                }
                Err(AppError::Validation(e)) => errors.set(e),
                Err(e) => message.set(Some((false, e.to_string()))),
            }
        });
    };
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
            None => view! { <p class="loading" role="status">"Loading group…"</p> }.into_any(),
            Some(Err(e)) => view! { <p class="alert alert-error" role="alert">{e.to_string()}</p> }.into_any(),
            Some(Ok(None)) => view! { <p class="alert alert-error" role="alert">"This group does not exist (any more)."</p> }.into_any(),
            Some(Ok(Some(g))) => {
                let locked = g.is_default;
                view! {
                    <div class="page-header">
                        <h1>{g.name.clone()}</h1>
                        <p class="page-subtitle mono">{g.id.clone()}</p>
                    </div>
                    <p class="muted">{format!("Updated {}{}", format_utc(g.updated_at), g.updated_by.clone().map(|b| format!(" by {b}")).unwrap_or_default())}</p>
                    <p class="group-buyers-line">{buyers_line(&g)}</p>
                    {locked.then(|| view! { <p class="alert alert-info">"The default group always grants every module and covers all buyers; only its description and members can change."</p> })}
                    {move || message.get().map(|(ok, m)| view! { <p class=if ok { "alert alert-success" } else { "alert alert-error" } role="status">{m}</p> })}
                    <DetailTabs tabs=vec![("general", "General"), ("audit", "Audit trail")] current=tab/>
                    <Show when=move || tab.get() != "audit" fallback=move || view! { <ObjectAuditTrail object_id=id.get()/> }>
                        <section class="card"><h2>"General"</h2><GeneralFields input errors locked/></section>
                        <section class="card"><h2>"Modules"</h2><ModuleLevels input errors locked/></section>
                        <section class="card"><h2>"Buyers"</h2><GroupBuyers input errors choices locked/></section>
                        <section class="card"><h2>"Members"</h2><MemberPicker input errors/></section>
                        <Show when=can_edit>
                            <div class="form-actions">
                                {(!locked).then(|| view! { <button type="button" class="btn btn-danger" on:click=move |_| confirm.set(true)>"Delete group"</button> })}
                                <button type="button" class="btn btn-primary" on:click=save>"Save group"</button>
                            </div>
                        </Show>
                    </Show>
                }.into_any()
            }
        }}
        <ConfirmDialog open=confirm title="Delete the group?" danger=true confirm_label="Delete"
            message="Only a group without members can be deleted. This cannot be undone.".to_string() on_confirm=delete/>
    }
}
