//! Counting API calls without a database write per request.
//!
//! Each server process adds to an in-memory map keyed by account, metric and quarter hour
//! (UTC). `flush` swaps the map out and adds each account's counts to its day rows in
//! `usage_daily` with one upsert per row (`value = value + excluded.value`), so processes
//! never overwrite each other's counts. The day is decided at flush time from the quarter
//! hour and the account's time zone: every zone's offset is a whole number of quarter
//! hours, so a quarter hour never straddles two local days. A flush that fails puts its
//! counts back for the next one. The server flushes every 10 seconds and once at shutdown.
//! A crash loses at most the last 10 seconds of counts, which is the trade against a write
//! per request.

use super::periods;
use crate::backend::entities::{account, usage_daily};
use crate::error::AppError;
use crate::model::Metric;
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QuerySelect, Set, TransactionTrait,
};
use std::collections::HashMap;
use std::sync::Mutex;

const QUARTER_HOUR_MS: i64 = 15 * 60 * 1000;

type Key = (String, Metric, i64);

#[derive(Debug, Default)]
pub struct UsageCounter {
    pending: Mutex<HashMap<Key, i64>>,
}

impl UsageCounter {
    /// Counts `n` of `metric` for `account_id` at `at_ms`.
    pub fn add(&self, account_id: &str, metric: Metric, at_ms: i64, n: i64) {
        let bucket = at_ms.div_euclid(QUARTER_HOUR_MS);
        let mut pending = self.pending.lock().unwrap_or_else(|p| p.into_inner());
        *pending
            .entry((account_id.to_string(), metric, bucket))
            .or_default() += n;
    }

    fn take(&self) -> HashMap<Key, i64> {
        std::mem::take(&mut *self.pending.lock().unwrap_or_else(|p| p.into_inner()))
    }

    fn put_back(&self, counts: HashMap<Key, i64>) {
        let mut pending = self.pending.lock().unwrap_or_else(|p| p.into_inner());
        for (k, n) in counts {
            *pending.entry(k).or_default() += n;
        }
    }

    /// Adds what was counted since the last flush to the database; the number of calls added.
    pub async fn flush(&self, db: &DatabaseConnection) -> Result<i64, AppError> {
        let counts = self.take();
        if counts.is_empty() {
            return Ok(0);
        }
        match write(db, &counts).await {
            Ok(n) => Ok(n),
            Err(e) => {
                self.put_back(counts);
                Err(e)
            }
        }
    }
}

async fn write(db: &DatabaseConnection, counts: &HashMap<Key, i64>) -> Result<i64, AppError> {
    let mut ids: Vec<&str> = counts.keys().map(|(a, _, _)| a.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    let zones: HashMap<String, String> = account::Entity::find()
        .select_only()
        .column(account::Column::Id)
        .column(account::Column::Timezone)
        .filter(account::Column::Id.is_in(ids))
        .into_tuple::<(String, String)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let mut rows: HashMap<(String, Metric, String), i64> = HashMap::new();
    for ((account_id, metric, bucket), n) in counts {
        // An account deleted meanwhile has nothing left to bill.
        let Some(tz) = zones.get(account_id) else {
            continue;
        };
        let day = periods::day(bucket * QUARTER_HOUR_MS, tz);
        *rows.entry((account_id.clone(), *metric, day)).or_default() += n;
    }
    let tx = db.begin().await?;
    let mut total = 0;
    for ((account_id, metric, day), n) in rows {
        add_row(&tx, &account_id, metric, &day, n).await?;
        total += n;
    }
    tx.commit().await?;
    Ok(total)
}

/// How a day's row takes a new value when it exists already.
#[derive(Debug, Clone, Copy)]
pub enum Merge {
    /// Counts from several processes add up.
    Add,
    /// The day keeps its largest value (seats seen during the day).
    Max,
}

/// Adds `n` to one day's row, creating it when it is the day's first.
pub async fn add_row<C: sea_orm::ConnectionTrait>(
    conn: &C,
    account_id: &str,
    metric: Metric,
    day: &str,
    n: i64,
) -> Result<(), AppError> {
    upsert_day(conn, account_id, metric, day, n, Merge::Add).await
}

/// Writes `n` into one day's row of `metric`, merged with what is there as `merge` says.
pub async fn upsert_day<C: sea_orm::ConnectionTrait>(
    conn: &C,
    account_id: &str,
    metric: Metric,
    day: &str,
    n: i64,
    merge: Merge,
) -> Result<(), AppError> {
    let row = usage_daily::ActiveModel {
        account_id: Set(account_id.into()),
        metric: Set(metric.key().into()),
        day: Set(day.into()),
        value: Set(n),
    };
    let merged = match merge {
        Merge::Add => Expr::col((usage_daily::Entity, usage_daily::Column::Value))
            .add(Expr::cust("excluded.value")),
        Merge::Max => Expr::cust(
            "CASE WHEN excluded.value > usage_daily.value THEN excluded.value ELSE usage_daily.value END",
        ),
    };
    usage_daily::Entity::insert(row)
        .on_conflict(
            OnConflict::columns([
                usage_daily::Column::AccountId,
                usage_daily::Column::Metric,
                usage_daily::Column::Day,
            ])
            .value(usage_daily::Column::Value, merged)
            .to_owned(),
        )
        .exec_without_returning(conn)
        .await?;
    Ok(())
}
