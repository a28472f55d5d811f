//! What an account used: this period's totals for the Billing page, day by day for the
//! chart, and the seats recorded each day (the largest number taken that day).

use super::{periods, plans, seats, usage_counter};
use crate::backend::entities::{account, usage_daily};
use crate::backend::services::jobs;
use crate::backend::services::tenancy::operations::KIND as OPERATIONS_KIND;
use crate::error::AppError;
use crate::model::{BillingOverview, Currency, Metric, MetricUsage, Money, UsageDay, UsageSeries};
use crate::validation::billing::usage_range;
use crate::validation::DAY_MS;
use sea_orm::sea_query::{Alias, Expr, Func};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

/// The sum of `metric` over the days `from..=to` (`YYYY-MM-DD`).
pub async fn total<C: ConnectionTrait>(
    conn: &C,
    account_id: &str,
    metric: Metric,
    from: &str,
    to: &str,
) -> Result<i64, AppError> {
    let sum: Option<Option<i64>> = usage_daily::Entity::find()
        .select_only()
        // PostgreSQL sums bigints as numeric: cast back so both databases answer an i64.
        .column_as(
            Expr::expr(Func::cast_as(
                Func::sum(Expr::col(usage_daily::Column::Value)),
                Alias::new("bigint"),
            )),
            "total",
        )
        .filter(usage_daily::Column::AccountId.eq(account_id))
        .filter(usage_daily::Column::Metric.eq(metric.key()))
        .filter(usage_daily::Column::Day.gte(from))
        .filter(usage_daily::Column::Day.lte(to))
        .into_tuple()
        .one(conn)
        .await?;
    Ok(sum.flatten().unwrap_or(0))
}

/// Each day's value of `metric` from `from` to `to`, oldest first; days without a row are
/// left out (they are zero).
pub async fn daily<C: ConnectionTrait>(
    conn: &C,
    account_id: &str,
    metric: Metric,
    from: &str,
    to: &str,
) -> Result<Vec<(String, i64)>, AppError> {
    Ok(usage_daily::Entity::find()
        .select_only()
        .column(usage_daily::Column::Day)
        .column(usage_daily::Column::Value)
        .filter(usage_daily::Column::AccountId.eq(account_id))
        .filter(usage_daily::Column::Metric.eq(metric.key()))
        .filter(usage_daily::Column::Day.gte(from))
        .filter(usage_daily::Column::Day.lte(to))
        .order_by_asc(usage_daily::Column::Day)
        .into_tuple()
        .all(conn)
        .await?)
}

/// `metric` day by day over the days `from..=to` (days since 1970-01-01 as the shared
/// validation gives them; empty: the 30 days that end today in the account's zone).
pub async fn series(
    db: &DatabaseConnection,
    account_id: &str,
    metric: Metric,
    from: &str,
    to: &str,
    now: i64,
) -> Result<UsageSeries, AppError> {
    let a = account::Entity::find_by_id(account_id.to_string())
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let today = periods::day(now, &a.timezone);
    let (first, last) = usage_range(from, to, &today).map_err(AppError::Validation)?;
    let name = |d: i64| periods::day(d * DAY_MS, "UTC");
    let (from, to) = (name(first), name(last));
    let rows = daily(db, account_id, metric, &from, &to).await?;
    let days: Vec<UsageDay> = (first..=last)
        .map(|d| {
            let day = name(d);
            let value = rows.iter().find(|(r, _)| *r == day).map_or(0, |(_, v)| *v);
            UsageDay { day, value }
        })
        .collect();
    let plan = plans::plan_of(db, account_id).await?;
    let included = match metric {
        Metric::Seats => plan.seats,
        Metric::ApiCalls => plan.api_calls,
        Metric::Events => plan.events,
    };
    Ok(UsageSeries {
        metric,
        total: days.iter().map(|d| d.value).sum(),
        from,
        to,
        included,
        days,
    })
}

/// The Billing page's summary for the account at `now`.
pub async fn overview(
    db: &DatabaseConnection,
    account_id: &str,
    now: i64,
) -> Result<BillingOverview, AppError> {
    let a = account::Entity::find_by_id(account_id.to_string())
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let profile = plans::profile_of(db, account_id).await?;
    let plan = plans::get(db, &profile.plan_id).await?;
    let currency = Currency::parse(&profile.currency).unwrap_or_default();
    let price = Money {
        minor: plan.price(currency).map_or(0, |p| p.monthly_minor),
        currency,
    };
    let (start, next) = periods::period(now, &a.timezone);
    let today = periods::day(now, &a.timezone);
    let usage = vec![
        MetricUsage {
            metric: Metric::Seats,
            used: seats::taken(db, account_id).await?,
            included: plan.seats,
        },
        MetricUsage {
            metric: Metric::ApiCalls,
            used: total(db, account_id, Metric::ApiCalls, &start, &today).await?,
            included: plan.api_calls,
        },
        MetricUsage {
            metric: Metric::Events,
            used: total(db, account_id, Metric::Events, &start, &today).await?,
            included: plan.events,
        },
    ];
    let next_plan = match profile.next_plan_id.as_deref() {
        Some(id) => Some(plans::get(db, id).await?),
        None => None,
    };
    Ok(BillingOverview {
        plan,
        price,
        period_start: start,
        renews_on: next,
        timezone: a.timezone,
        usage,
        events_tracked: false,
        next_plan,
        next_plan_from: profile.next_plan_from.clone(),
        card: super::account_billing::card_of(&profile),
        contact: super::account_billing::contact_of(&profile),
        revision: profile.revision,
    })
}

/// Records today's seats of every client account (the day's largest count is kept). Runs
/// under a lease so that one process does it; returns the accounts recorded.
pub async fn record_seats(
    db: &DatabaseConnection,
    holder: &str,
    now: i64,
) -> Result<usize, AppError> {
    if !jobs::take_lease(db, "usage-seats", holder, now, 5 * 60_000).await? {
        return Ok(0);
    }
    let clients: Vec<(String, String)> = account::Entity::find()
        .select_only()
        .column(account::Column::Id)
        .column(account::Column::Timezone)
        .filter(account::Column::Kind.ne(OPERATIONS_KIND))
        .into_tuple()
        .all(db)
        .await?;
    for (id, tz) in &clients {
        let n = seats::taken(db, id).await?;
        let day = periods::day(now, tz);
        usage_counter::upsert_day(db, id, Metric::Seats, &day, n, usage_counter::Merge::Max)
            .await?;
    }
    Ok(clients.len())
}

/// Flushes a process's counts; used by the server's 10-second loop and at shutdown.
pub async fn flush(counter: &usage_counter::UsageCounter, db: &DatabaseConnection) -> i64 {
    match counter.flush(db).await {
        Ok(n) => n,
        Err(e) => {
            tracing::warn!(error = ?e, "usage counts could not be written; kept for the next flush");
            0
        }
    }
}
