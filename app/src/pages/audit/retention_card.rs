use crate::components::FormMessage;
use crate::model::AuditRetention;
use crate::util::format_utc;
use crate::validation::{check_retention, RETENTION_PRESETS};
use leptos::prelude::*;

fn value(days: Option<i64>) -> String {
    days.map(|d| d.to_string()).unwrap_or_default()
}

/// How long records are kept; those with Audit edit rights can change it.
#[component]
pub fn RetentionCard(
    retention: AuditRetention,
    can_edit: bool,
    on_saved: Callback<AuditRetention>,
    /// Owned by the page: saving reloads the retention and so re-creates this card, and the
    /// confirmation must outlive that.
    message: RwSignal<Option<(bool, String)>>,
) -> impl IntoView {
    let choice = RwSignal::new(value(retention.days));
    let revision = retention.account_revision;
    let mut presets: Vec<(String, String)> = RETENTION_PRESETS
        .iter()
        .map(|(d, l)| (value(*d), l.to_string()))
        .collect();
    // A value set through the API that is not a preset still shows as itself.
    if !presets.iter().any(|(v, _)| *v == value(retention.days)) {
        presets.push((
            value(retention.days),
            format!("{} days", value(retention.days)),
        ));
    }
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let days = choice.get_untracked().parse::<i64>().ok();
        if let Err(e) = check_retention(days) {
            message.set(Some((false, e.field_errors().into_values().collect())));
            return;
        }
        leptos::task::spawn_local(async move {
            match crate::api::set_audit_retention(days, revision).await {
                Ok(r) => {
                    message.set(Some((
                        true,
                        "Saved. Older records are removed within the hour.".into(),
                    )));
                    on_saved.run(r);
                }
                Err(e) => message.set(Some((false, e.to_string()))),
            }
        });
    };
    let purged = (retention.purged_total > 0).then(|| {
        format!(
            "{} records removed by retention so far, most recently on {}. Each removal is recorded and verification continues from it.",
            retention.purged_total,
            retention.last_purge_at.map(format_utc).unwrap_or_default()
        )
    });
    view! {
        <form class="card form-inline" aria-labelledby="retention-title" on:submit=submit>
            <h2 id="retention-title">"Retention"</h2>
            <div class="field">
                <label for="audit-retention">"Keep audit records for"</label>
                <select id="audit-retention" disabled=!can_edit on:change=move |ev| choice.set(event_target_value(&ev))>
                    {presets.into_iter().map(|(v, l)| {
                        let v2 = v.clone();
                        view! { <option value=v selected=move || choice.get() == v2>{l}</option> }
                    }).collect_view()}
                </select>
            </div>
            {can_edit.then(|| view! { <button type="submit" class="btn">"Save retention"</button> })}
            {purged.map(|p| view! { <p class="muted">{p}</p> })}
            <FormMessage message/>
        </form>
    }
}
