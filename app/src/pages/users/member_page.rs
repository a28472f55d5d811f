use crate::components::{use_tab, DetailTabs, RequireModule};
use crate::model::MemberRow;
use crate::pages::audit::ObjectAuditTrail;
use crate::permissions::Module;
use crate::util::format_utc;
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
        <p><A href="/settings/users">"← Users"</A></p>
        {move || match member.get() {
            None => view! { <p class="loading" role="status">"Loading the member…"</p> }.into_any(),
            Some(Err(e)) => view! { <p class="alert alert-error" role="alert">{e.to_string()}</p> }.into_any(),
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
                <h2 id="member-general">"General"</h2>
                <dl class="facts">
                    <dt>"E-mail"</dt><dd>{m.email.clone()}</dd>
                    <dt>"Role"</dt><dd>{m.role.as_str()}</dd>
                    <dt>"Groups"</dt>
                    <dd>{m.groups.clone().into_iter().map(|g| view! {
                        <A href=format!("/settings/groups/{}", g.id) attr:class="chip">{g.name.clone()}</A>" "
                    }).collect_view()}</dd>
                    <dt>"Status"</dt><dd><span class="badge">{m.status.clone()}</span></dd>
                </dl>
            </section>
        }
    };
    let details = move |m: MemberRow| {
        view! {
            <section class="card" aria-labelledby="member-details">
                <h2 id="member-details">"Details"</h2>
                <dl class="facts">
                    <dt>"Membership id"</dt><dd class="mono">{m.membership_id.clone()}</dd>
                    <dt>"Person id"</dt><dd class="mono">{m.user_id.clone()}</dd>
                    <dt>"Joined"</dt><dd>{format_utc(m.created_at)}</dd>
                    <dt>"Last updated"</dt><dd>{format_utc(m.updated_at)}</dd>
                    <dt>"Last sign-in"</dt><dd>{m.last_login_at.map(format_utc).unwrap_or_else(|| "Never".into())}</dd>
                </dl>
            </section>
        }
    };
    view! {
        <div class="page-header">
            <h1>{m.name()}</h1>
            <p class="page-subtitle"><span class="mono">{m.membership_id.clone()}</span>" · "{m.status.clone()}</p>
        </div>
        <DetailTabs tabs=vec![("general", "General"), ("details", "Details"), ("audit", "Audit trail")] current=tab/>
        {move || match tab.get().as_str() {
            "details" => details(stored.get_value()).into_any(),
            "audit" => view! { <ObjectAuditTrail object_id=id.clone()/> }.into_any(),
            _ => general(stored.get_value()).into_any(),
        }}
    }
}
