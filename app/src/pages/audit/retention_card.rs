use crate::components::FormMessage;
use crate::i18n::{t, t_args};
use crate::model::AuditRetention;
use crate::util::format_datetime;
use crate::validation::{check_retention, RETENTION_PRESETS};
use leptos::prelude::*;

fn value(days: Option<i64>) -> String {
    days.map(|d| d.to_string()).unwrap_or_default()
}

/// A preset's label: "Forever", whole years as years, else days.
fn preset_label(days: Option<i64>) -> String {
    match days {
        None => t("audit-retention-forever").to_string(),
        Some(d) if d % 365 == 0 => {
            t_args("audit-retention-years", &[("count", (d / 365).to_string())])
        }
        Some(d) => t_args("audit-retention-days", &[("count", d.to_string())]),
    }
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
        .map(|(d, _)| (value(*d), preset_label(*d)))
        .collect();
    // A value set through the API that is not a preset still shows as itself.
    if !presets.iter().any(|(v, _)| *v == value(retention.days)) {
        presets.push((
            value(retention.days),
            t_args("audit-retention-days", &[("count", value(retention.days))]),
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
                    message.set(Some((true, t("audit-retention-saved").into())));
                    on_saved.run(r);
                }
                Err(e) => message.set(Some((false, e.to_string()))),
            }
        });
    };
    let purged = (retention.purged_total > 0).then(|| {
        t_args(
            "audit-purged",
            &[
                ("count", retention.purged_total.to_string()),
                (
                    "time",
                    retention
                        .last_purge_at
                        .map(format_datetime)
                        .unwrap_or_default(),
                ),
            ],
        )
    });
    view! {
        <form class="card form-inline" aria-labelledby="retention-title" on:submit=submit>
            <h2 id="retention-title">{t("audit-retention-title")}</h2>
            <div class="field">
                <label for="audit-retention">{t("audit-retention-label")}</label>
                <select id="audit-retention" disabled=!can_edit on:change=move |ev| choice.set(event_target_value(&ev))>
                    {presets.into_iter().map(|(v, l)| {
                        let v2 = v.clone();
                        view! { <option value=v selected=move || choice.get() == v2>{l}</option> }
                    }).collect_view()}
                </select>
            </div>
            {can_edit.then(|| view! { <button type="submit" class="btn" disabled=crate::offline::is_offline>{t("audit-retention-save")}</button> })}
            {purged.map(|p| view! { <p class="muted">{p}</p> })}
            <FormMessage message/>
        </form>
    }
}
