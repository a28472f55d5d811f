use crate::model::AuditRecordDto;
use crate::util::format_utc;
use leptos::prelude::*;

fn show(v: &Option<String>) -> String {
    v.clone().unwrap_or_else(|| "(empty)".into())
}

#[component]
pub fn AuditRow(record: AuditRecordDto) -> impl IntoView {
    let r = record;
    let has_changes = !r.changes.is_empty();
    view! {
        <tr>
            <td class="nowrap"><time datetime=r.at.to_string()>{format_utc(r.at)}</time></td>
            <td>{r.actor_name.clone()}<br/><span class="muted mono">{r.actor_id.clone()}</span></td>
            <td class="mono">{r.action.clone()}</td>
            <td>{r.object_name.clone()}<br/><span class="muted mono">{format!("{} {}", r.object_type, r.object_id)}</span></td>
            <td>
                {r.summary.clone()}
                {has_changes.then(|| view! {
                    <details>
                        <summary>{format!("{} changed field(s)", r.changes.len())}</summary>
                        <ul class="diff">
                            {r.changes.iter().map(|c| view! {
                                <li class="diff-field">
                                    <strong>{c.field.clone()}</strong>": "
                                    <span class="diff-old">{show(&c.before)}</span>" → "
                                    <span class="diff-new">{show(&c.after)}</span>
                                </li>
                            }).collect_view()}
                        </ul>
                    </details>
                })}
            </td>
            <td class="mono">{r.ip.clone()}</td>
        </tr>
    }
}
