//! An e-mail in the "Billing and invoices" category when a measure reaches 80% and again at
//! 100% of the plan, once per period and threshold: the row in `usage_alerts` (unique per
//! account, period, measure and threshold) is inserted first, and only the process whose
//! insert wins sends. Runs under a lease like the other jobs.

use super::usage;
use crate::backend::entities::{account, usage_alert};
use crate::backend::services::jobs;
use crate::backend::services::mail::mail_queue::{self, OutgoingMail, To};
use crate::backend::services::mail::mail_recipients::resolve_recipients;
use crate::backend::services::tenancy::operations::KIND as OPERATIONS_KIND;
use crate::backend::state::AppState;
use crate::error::AppError;
use crate::i18n::{tr, tr_args};
use crate::model::Category;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect, Set};

fn metric_message(m: crate::model::Metric) -> &'static str {
    match m {
        crate::model::Metric::Seats => "billing-metric-seats",
        crate::model::Metric::ApiCalls => "billing-metric-api-calls",
        crate::model::Metric::Events => "billing-metric-events",
    }
}

/// Checks every client account's usage at `now`; the number of alerts sent.
pub async fn run_once(state: &AppState, holder: &str, now: i64) -> Result<usize, AppError> {
    let db = &state.db;
    if !jobs::take_lease(db, "usage-alerts", holder, now, 5 * 60_000).await? {
        return Ok(0);
    }
    let clients: Vec<(String, String)> = account::Entity::find()
        .select_only()
        .column(account::Column::Id)
        .column(account::Column::Name)
        .filter(account::Column::Kind.ne(OPERATIONS_KIND))
        .filter(account::Column::Status.eq("Active"))
        .into_tuple()
        .all(db)
        .await?;
    let mut sent = 0;
    for (id, name) in clients {
        let o = usage::overview(db, &id, now).await?;
        for u in &o.usage {
            for threshold in [80, 100] {
                if u.percent() < threshold {
                    continue;
                }
                let row = usage_alert::ActiveModel {
                    account_id: Set(id.clone()),
                    period: Set(o.period_start.clone()),
                    metric: Set(u.metric.key().into()),
                    threshold: Set(threshold.to_string()),
                };
                let inserted = usage_alert::Entity::insert(row)
                    .on_conflict(
                        OnConflict::columns([
                            usage_alert::Column::AccountId,
                            usage_alert::Column::Period,
                            usage_alert::Column::Metric,
                            usage_alert::Column::Threshold,
                        ])
                        .do_nothing()
                        .to_owned(),
                    )
                    .exec_without_returning(db)
                    .await?;
                if inserted == 0 {
                    continue;
                }
                for r in resolve_recipients(db, &id, Category::Billing).await? {
                    let args = [
                        ("account", name.clone()),
                        ("what", tr(r.language, metric_message(u.metric))),
                        ("percent", threshold.to_string()),
                        ("used", u.used.to_string()),
                        ("included", u.included.to_string()),
                        ("plan", o.plan.name.clone()),
                        (
                            "url",
                            format!("{}/settings/billing", state.config.link_base),
                        ),
                    ];
                    let mail = OutgoingMail {
                        account_id: Some(id.clone()),
                        category: Category::Billing,
                        to: To::User(r.user_id),
                        subject: tr_args(r.language, "mail-usage-alert-subject", &args),
                        body: tr_args(r.language, "mail-usage-alert-body", &args),
                        language: r.language,
                    };
                    mail_queue::enqueue(state, mail).await?;
                }
                sent += 1;
            }
        }
    }
    Ok(sent)
}
