use super::audit_filters::trail_href;
use crate::components::RequireModule;
use crate::i18n::{t, t_args, t_msg};
use crate::model::{AuditChange, AuditCriteria, AuditRecordDto};
use crate::permissions::Module;
use crate::util::{copy_to_clipboard, format_datetime};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

/// The console page of an object, where there is one.
pub fn object_href(kind: &str, id: &str) -> Option<String> {
    match kind {
        "membership" => Some(format!("/settings/users/{id}")),
        "group" => Some(format!("/settings/groups/{id}")),
        "api_token" => Some(format!("/settings/api-tokens/{id}")),
        "buyer" => Some(format!("/settings/buyers/{id}")),
        "licensee" => Some(format!("/settings/licensees/{id}")),
        "seller" => Some(format!("/settings/sellers/{id}")),
        "account" => Some("/settings/account".into()),
        "audit_trail" => Some("/settings/audit".into()),
        "notifications" => Some("/settings/notifications".into()),
        "plan" => Some("/operations/plans".into()),
        _ => None,
    }
}

fn filtered(f: impl FnOnce(&mut AuditCriteria)) -> String {
    let mut c = AuditCriteria::default();
    f(&mut c);
    trail_href(&c, 25, "")
}

#[component]
pub fn AuditRecordPage() -> impl IntoView {
    view! { <RequireModule module=Module::Audit><RecordView/></RequireModule> }
}

#[component]
fn RecordView() -> impl IntoView {
    let params = use_params_map();
    let record = LocalResource::new(move || {
        let id = params.with(|p| p.get("id").unwrap_or_default());
        crate::api::get_audit_record(id)
    });
    view! {
        <p><A href="/settings/audit">{t("audit-back")}</A></p>
        {move || match record.get() {
            None => view! { <p class="loading" role="status">{t("audit-record-loading")}</p> }.into_any(),
            Some(Err(e)) => view! { <p class="alert alert-error" role="alert">{t_msg(&e.to_string())}</p> }.into_any(),
            Some(Ok(r)) => view! { <RecordDetail record=r/> }.into_any(),
        }}
    }
}

fn show(v: &Option<String>) -> String {
    v.clone().unwrap_or_else(|| t("audit-empty-value").into())
}

#[component]
fn RecordDetail(record: AuditRecordDto) -> impl IntoView {
    let r = record;
    let json = serde_json::to_string_pretty(&r).unwrap_or_default();
    let copied = RwSignal::new(None::<&'static str>);
    let copy = {
        let json = json.clone();
        move |_| {
            copied.set(Some(if copy_to_clipboard(&json) {
                t("audit-json-copied")
            } else {
                t("audit-copy-refused")
            }))
        }
    };
    let object_link = object_href(&r.object_type, &r.object_id);
    let actor_link = match r.actor_type.as_str() {
        "token" => Some(format!("/settings/api-tokens/{}", r.actor_id)),
        _ => None,
    };
    let (actor_id, action, object_id, ip) = (
        r.actor_id.clone(),
        r.action.clone(),
        r.object_id.clone(),
        r.ip.clone(),
    );
    let changes = r.changes.clone();
    view! {
        <div class="page-header">
            <h1>{r.summary.clone()}</h1>
            <p class="page-subtitle mono">{t_args("audit-record-id", &[("id", r.id.clone())])}</p>
        </div>
        <section class="card" aria-labelledby="record-facts">
            <h2 id="record-facts">{t("audit-record-facts")}</h2>
            <dl class="facts">
                <dt>{t("audit-time")}</dt><dd><time datetime=r.at.to_string()>{format_datetime(r.at)}</time></dd>
                <dt>{t("audit-actor")}</dt>
                <dd>
                    {r.actor_name.clone()}" "<span class="muted mono">{format!("({} {})", r.actor_type, r.actor_id)}</span>
                    {actor_link.map(|h| view! { " · "<A href=h>{t("audit-open-token")}</A> })}
                    " · "<A href=filtered(move |c| c.actor = actor_id)>{t("audit-by-actor")}</A>
                </dd>
                <dt>{t("audit-action")}</dt>
                <dd><span class="mono">{r.action.clone()}</span>" · "<A href=filtered(move |c| c.action = action)>{t("audit-same-action")}</A></dd>
                <dt>{t("audit-object")}</dt>
                <dd>
                    {r.object_name.clone()}" "<span class="muted mono">{format!("({} {})", r.object_type, r.object_id)}</span>
                    {object_link.map(|h| view! { " · "<A href=h>{t("audit-open-object")}</A> })}
                    " · "<A href=filtered(move |c| c.object_id = object_id)>{t("audit-object-trail")}</A>
                </dd>
                <dt>{t("audit-ip")}</dt>
                <dd><span class="mono">{r.ip.clone()}</span>{(!ip.is_empty()).then(|| view! { " · "<A href=filtered(move |c| c.ip = ip)>{t("audit-from-address")}</A> })}</dd>
                <dt>{t("audit-user-agent")}</dt><dd class="break">{r.user_agent.clone()}</dd>
                <dt>{t("audit-sequence")}</dt><dd class="mono">{r.seq}</dd>
                <dt>{t("audit-prev-hash")}</dt><dd class="mono break">{r.prev_hash.clone()}</dd>
                <dt>{t("audit-hash")}</dt><dd class="mono break">{r.hash.clone()}</dd>
            </dl>
        </section>
        <section class="card" aria-labelledby="record-changes">
            <h2 id="record-changes">{t("audit-changes")}</h2>
            {if changes.is_empty() {
                view! { <p class="muted">{t("audit-no-changes")}</p> }.into_any()
            } else {
                view! { <ChangesTable changes/> }.into_any()
            }}
        </section>
        <section class="card" aria-labelledby="record-json">
            <h2 id="record-json">{t("audit-json")}</h2>
            <div class="toolbar">
                <button type="button" class="btn" on:click=copy>{t("audit-copy-json")}</button>
                <span role="status">{move || copied.get()}</span>
            </div>
            <pre class="json" tabindex="0" aria-label=t("audit-json-label")>{json}</pre>
        </section>
    }
}

#[component]
fn ChangesTable(changes: Vec<AuditChange>) -> impl IntoView {
    view! {
        <div class="table-wrap">
            <table class="data-table diff-table" aria-label=t("audit-changed-fields")>
                <thead><tr><th scope="col">{t("audit-field")}</th><th scope="col">{t("audit-before")}</th><th scope="col">{t("audit-after")}</th></tr></thead>
                <tbody>
                    {changes.into_iter().map(|c| view! {
                        <tr>
                            <th scope="row" class="mono">{c.field.clone()}</th>
                            <td><del class="diff-old">{show(&c.before)}</del></td>
                            <td><ins class="diff-new">{show(&c.after)}</ins></td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
