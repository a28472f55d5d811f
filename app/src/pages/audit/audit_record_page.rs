use super::audit_filters::trail_href;
use crate::components::RequireModule;
use crate::model::{AuditChange, AuditCriteria, AuditRecordDto};
use crate::permissions::Module;
use crate::util::{copy_to_clipboard, format_utc};
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
        <p><A href="/settings/audit">"← Audit trail"</A></p>
        {move || match record.get() {
            None => view! { <p class="loading" role="status">"Loading the record…"</p> }.into_any(),
            Some(Err(e)) => view! { <p class="alert alert-error" role="alert">{e.to_string()}</p> }.into_any(),
            Some(Ok(r)) => view! { <RecordDetail record=r/> }.into_any(),
        }}
    }
}

fn show(v: &Option<String>) -> String {
    v.clone().unwrap_or_else(|| "(empty)".into())
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
                "JSON copied."
            } else {
                "The browser refused to copy; select the text instead."
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
            <p class="page-subtitle mono">{format!("Audit record {}", r.id)}</p>
        </div>
        <section class="card" aria-labelledby="record-facts">
            <h2 id="record-facts">"What was recorded"</h2>
            <dl class="facts">
                <dt>"Time"</dt><dd><time datetime=r.at.to_string()>{format_utc(r.at)}</time></dd>
                <dt>"Actor"</dt>
                <dd>
                    {r.actor_name.clone()}" "<span class="muted mono">{format!("({} {})", r.actor_type, r.actor_id)}</span>
                    {actor_link.map(|h| view! { " · "<A href=h>"Open the token"</A> })}
                    " · "<A href=filtered(move |c| c.actor = actor_id)>"Everything by this actor"</A>
                </dd>
                <dt>"Action"</dt>
                <dd><span class="mono">{r.action.clone()}</span>" · "<A href=filtered(move |c| c.action = action)>"All records of this action"</A></dd>
                <dt>"Object"</dt>
                <dd>
                    {r.object_name.clone()}" "<span class="muted mono">{format!("({} {})", r.object_type, r.object_id)}</span>
                    {object_link.map(|h| view! { " · "<A href=h>"Open the object"</A> })}
                    " · "<A href=filtered(move |c| c.object_id = object_id)>"This object's audit trail"</A>
                </dd>
                <dt>"IP address"</dt>
                <dd><span class="mono">{r.ip.clone()}</span>{(!ip.is_empty()).then(|| view! { " · "<A href=filtered(move |c| c.ip = ip)>"Everything from this address"</A> })}</dd>
                <dt>"User agent"</dt><dd class="break">{r.user_agent.clone()}</dd>
                <dt>"Sequence"</dt><dd class="mono">{r.seq}</dd>
                <dt>"Previous hash"</dt><dd class="mono break">{r.prev_hash.clone()}</dd>
                <dt>"Hash"</dt><dd class="mono break">{r.hash.clone()}</dd>
            </dl>
        </section>
        <section class="card" aria-labelledby="record-changes">
            <h2 id="record-changes">"Changes"</h2>
            {if changes.is_empty() {
                view! { <p class="muted">"No fields changed in this record."</p> }.into_any()
            } else {
                view! { <ChangesTable changes/> }.into_any()
            }}
        </section>
        <section class="card" aria-labelledby="record-json">
            <h2 id="record-json">"JSON"</h2>
            <div class="toolbar">
                <button type="button" class="btn" on:click=copy>"Copy JSON"</button>
                <span role="status">{move || copied.get()}</span>
            </div>
            <pre class="json" tabindex="0" aria-label="The record as JSON">{json}</pre>
        </section>
    }
}

#[component]
fn ChangesTable(changes: Vec<AuditChange>) -> impl IntoView {
    view! {
        <div class="table-wrap">
            <table class="data-table diff-table" aria-label="Changed fields">
                <thead><tr><th scope="col">"Field"</th><th scope="col">"Before"</th><th scope="col">"After"</th></tr></thead>
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
