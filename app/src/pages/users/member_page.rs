use super::reset_two_step::ResetTwoStep;
use crate::components::{
    details_tabs, use_tab, DetailTabs, DetailsHeader, RecordFacts, RequireModule,
};
use crate::i18n::{t, t_msg, t_word};
use crate::model::MemberRow;
use crate::pages::audit::ObjectAuditTrail;
use crate::permissions::Module;
use crate::util::format_datetime;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

/// A member's details: who they are, their access, and what happened to them.
#[component]
pub fn MemberPage() -> impl IntoView {
    view! { <RequireModule module=Module::Users><MemberView/></RequireModule> }
}

#[component]
fn MemberView() -> impl IntoView {
    let params = use_params_map();
    let member = LocalResource::new(move || {
        let id = params.with(|p| p.get("id").unwrap_or_default());
        crate::api::get_member(id)
    });
    view! {
        <p><A href="/settings/users">{t("users-back")}</A></p>
        {move || match member.get() {
            None => view! { <p class="loading" role="status">{t("users-loading-member")}</p> }.into_any(),
            Some(Err(e)) => view! { <p class="alert alert-error" role="alert">{t_msg(&e.to_string())}</p> }.into_any(),
            Some(Ok(m)) => view! { <MemberDetail member=m/> }.into_any(),
        }}
    }
}

#[component]
fn MemberDetail(member: MemberRow) -> impl IntoView {
    let tab = use_tab("general");
    let m = member;
    let id = m.membership_id.clone();
    let stored = StoredValue::new(m.clone());
    let general = move |m: MemberRow| {
        view! {
            <section class="card" aria-labelledby="member-general">
                <h2 id="member-general">{t("common-general")}</h2>
                <dl class="facts">
                    <dt>{t("common-email")}</dt><dd>{m.email.clone()}</dd>
                    <dt>{t("users-role")}</dt><dd>{t_word("role", m.role.as_str())}</dd>
                    <dt>{t("users-groups")}</dt>
                    <dd>{m.groups.clone().into_iter().map(|g| view! {
                        <A href=format!("/settings/groups/{}", g.id) attr:class="chip">{g.name.clone()}</A>" "
                    }).collect_view()}</dd>
                    <dt>{t("common-status")}</dt><dd><span class="badge">{t_word("status", &m.status)}</span></dd>
                </dl>
            </section>
            <ResetTwoStep membership_id=m.membership_id.clone() user_id=m.user_id.clone() name=m.name()/>
        }
    };
    let details = move |m: MemberRow| {
        // Memberships keep no "changed by": the newest audit record of the member says it.
        let (changed_at, changed_by) = m
            .last_change
            .clone()
            .map_or((m.updated_at, String::new()), |s| (s.at, s.by));
        view! {
            <RecordFacts id=m.membership_id.clone() created_at=m.created_at updated_at=changed_at updated_by=changed_by>
                <dt>{t("users-person-id")}</dt><dd class="mono">{m.user_id.clone()}</dd>
                <dt>{t("users-last-sign-in")}</dt><dd>{m.last_login_at.map(format_datetime).unwrap_or_else(|| t("users-never").into())}</dd>
            </RecordFacts>
        }
    };
    view! {
        <DetailsHeader title=m.name() id=m.membership_id.clone() status=m.status.clone()/>
        <DetailTabs tabs=details_tabs(&[]) current=tab/>
        {move || match tab.get().as_str() {
            "details" => details(stored.get_value()).into_any(),
            "audit" => view! { <ObjectAuditTrail object_id=id.clone()/> }.into_any(),
            _ => general(stored.get_value()).into_any(),
        }}
    }
}
