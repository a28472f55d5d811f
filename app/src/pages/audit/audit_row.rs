use crate::model::AuditRecordDto;
use crate::util::format_utc;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn AuditRow(record: AuditRecordDto) -> impl IntoView {
    let r = record;
    let changed = r.changes.len();
    view! {
        <tr>
            <td class="nowrap">
                <A href=format!("/settings/audit/{}", r.id) attr:aria-label=format!("Open record {} of {}", r.id, format_utc(r.at))>
                    <time datetime=r.at.to_string()>{format_utc(r.at)}</time>
                </A>
            </td>
            <td>{r.actor_name.clone()}<br/><span class="muted mono">{r.actor_id.clone()}</span></td>
            <td class="mono">{r.action.clone()}</td>
            <td>{r.object_name.clone()}<br/><span class="muted mono">{format!("{} {}", r.object_type, r.object_id)}</span></td>
            <td>
                {r.summary.clone()}
                {(changed > 0).then(|| view! {
                    <br/><span class="muted">{format!("{changed} changed field{}", if changed == 1 { "" } else { "s" })}</span>
                })}
            </td>
            <td class="mono">{r.ip.clone()}</td>
        </tr>
    }
}

/// The records as a table (the audit page and every object's Audit trail tab).
#[component]
pub fn AuditTable(records: Vec<AuditRecordDto>, label: &'static str) -> impl IntoView {
    view! {
        <div class="table-wrap">
            <table class="data-table" aria-label=label>
                <thead>
                    <tr>
                        <th scope="col">"Time (UTC)"</th>
                        <th scope="col">"Actor"</th>
                        <th scope="col">"Action"</th>
                        <th scope="col">"Object"</th>
                        <th scope="col">"Summary"</th>
                        <th scope="col">"IP address"</th>
                    </tr>
                </thead>
                <tbody>
                    {records.into_iter().map(|r| view! { <AuditRow record=r/> }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
