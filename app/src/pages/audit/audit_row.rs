use crate::i18n::{t, t_args};
use crate::model::AuditRecordDto;
use crate::util::format_datetime;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn AuditRow(record: AuditRecordDto) -> impl IntoView {
    let r = record;
    let changed = r.changes.len();
    view! {
        <tr>
            <td class="nowrap">
                <A href=format!("/settings/audit/{}", r.id) attr:aria-label=t_args("audit-open-record", &[("id", r.id.clone()), ("time", format_datetime(r.at))])>
                    <time datetime=r.at.to_string()>{format_datetime(r.at)}</time>
                </A>
            </td>
            <td>{r.actor_name.clone()}<br/><span class="muted mono">{r.actor_id.clone()}</span></td>
            <td class="mono">{r.action.clone()}</td>
            <td>{r.object_name.clone()}<br/><span class="muted mono">{format!("{} {}", r.object_type, r.object_id)}</span></td>
            <td>
                {r.summary.clone()}
                {(changed > 0).then(|| view! {
                    <br/><span class="muted">{t_args("audit-changed-fields-count", &[("count", changed.to_string())])}</span>
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
                        <th scope="col">{t("audit-time")}</th>
                        <th scope="col">{t("audit-actor")}</th>
                        <th scope="col">{t("audit-action")}</th>
                        <th scope="col">{t("audit-object")}</th>
                        <th scope="col">{t("audit-summary")}</th>
                        <th scope="col">{t("audit-ip")}</th>
                    </tr>
                </thead>
                <tbody>
                    {records.into_iter().map(|r| view! { <AuditRow record=r/> }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
