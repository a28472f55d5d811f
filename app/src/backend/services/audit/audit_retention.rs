//! Retention: an Admin chooses how long the account keeps audit records (default: forever),
//! and a background job removes older ones.
//!
//! A purge runs in the chain's own transaction (see [`crate::backend::services::audit::begin`]): it announces
//! itself with an `audit.records.purge` record that names the last removed record's sequence
//! number and hash, writes the matching anchor row (which the database will never let anyone
//! change), and only then deletes; the delete trigger allows exactly the records at or below
//! the anchor. Verification then starts from the anchor's hash. Large backlogs go in batches
//! so no purge holds the chain lock for long.

use crate::backend::clock::now_ms;
use crate::backend::entities::{account, audit_head, audit_purge, audit_record};
use crate::backend::services::acting::Acting;
use crate::backend::services::audit::{self, Actor, AuditEntry, ClientInfo};
use crate::backend::services::jobs::{release_lease, take_lease};
use crate::error::AppError;
use crate::ids::{self, IdKind};
use crate::model::{AuditChange, AuditRetention};
use crate::validation::{check_retention, DAY_MS};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};

/// Records removed per purge transaction.
pub const BATCH: u64 = 20_000;
const LEASE: &str = "audit_retention";

pub async fn retention(
    db: &DatabaseConnection,
    account_id: &str,
) -> Result<AuditRetention, AppError> {
    let a = crate::backend::services::tenancy::accounts::find(db, account_id).await?;
    let purges = audit_purge::Entity::find()
        .filter(audit_purge::Column::AccountId.eq(account_id))
        .order_by_desc(audit_purge::Column::UpToSeq)
        .all(db)
        .await?;
    Ok(AuditRetention {
        days: a.audit_retention_days,
        account_revision: a.revision,
        purged_total: purges.iter().map(|p| p.purged_count).sum(),
        last_purge_at: purges.first().map(|p| p.at),
    })
}

fn describe(days: Option<i64>) -> Option<String> {
    Some(
        days.map(|d| format!("{d} days"))
            .unwrap_or_else(|| "Forever".into()),
    )
}

pub async fn set_retention(
    db: &DatabaseConnection,
    who: &Acting,
    days: Option<i64>,
    account_revision: i64,
) -> Result<AuditRetention, AppError> {
    let (account_id, actor, client) = (who.account_id.as_str(), &who.actor, &who.client);
    let days = check_retention(days)?;
    let tx = audit::begin(db, account_id).await?;
    let a = crate::backend::services::tenancy::accounts::find(&tx, account_id).await?;
    if a.revision != account_revision {
        return Err(AppError::Conflict(format!(
            "{} changed the account after you loaded this page. Reload, then try again.",
            a.updated_by.clone().unwrap_or_else(|| "Someone".into())
        )));
    }
    let changes = audit::diff(
        &[("audit_retention", describe(a.audit_retention_days))],
        &[("audit_retention", describe(days))],
    );
    let mut am: account::ActiveModel = a.clone().into();
    am.audit_retention_days = Set(days);
    am.revision = Set(a.revision + 1);
    am.updated_at = Set(now_ms());
    am.updated_by = Set(Some(actor.name.clone()));
    am.update(&tx).await?;
    audit::append(
        &tx,
        account_id,
        actor,
        client,
        AuditEntry {
            action: "audit.retention.update".into(),
            object_type: "audit_trail".into(),
            object_id: account_id.into(),
            object_name: "Audit trail".into(),
            summary: format!(
                "Set audit record retention to {}",
                describe(days).unwrap_or_default().to_lowercase()
            ),
            changes,
        },
    )
    .await?;
    tx.commit().await?;
    retention(db, account_id).await
}

fn change(field: &str, value: String) -> AuditChange {
    AuditChange {
        field: field.into(),
        before: None,
        after: Some(value),
    }
}

/// Removes at most [`BATCH`] records older than the account's retention; returns how many.
pub async fn purge_batch(
    db: &DatabaseConnection,
    account_id: &str,
    now: i64,
) -> Result<u64, AppError> {
    use audit_record::Column as C;
    let tx = audit::begin(db, account_id).await?;
    let a = crate::backend::services::tenancy::accounts::find(&tx, account_id).await?;
    let Some(days) = a.audit_retention_days else {
        return Ok(0);
    };
    let cutoff = now - days * DAY_MS;
    let old = || {
        audit_record::Entity::find()
            .filter(C::AccountId.eq(account_id))
            .filter(C::At.lt(cutoff))
    };
    // Times never go backwards in a chain, so the records before the cut-off are a prefix.
    let batch_end = old()
        .order_by_asc(C::Seq)
        .offset(BATCH - 1)
        .one(&tx)
        .await?;
    let last = match batch_end {
        Some(r) => Some(r),
        None => old().order_by_desc(C::Seq).one(&tx).await?,
    };
    let Some(last) = last else {
        return Ok(0);
    };
    let count = audit_record::Entity::find()
        .filter(C::AccountId.eq(account_id))
        .filter(C::Seq.lte(last.seq))
        .count(&tx)
        .await?;
    let purge_id = ids::generate(IdKind::Purge);
    let day = crate::util::format_day(cutoff);
    let announcement = audit::append(
        &tx,
        account_id,
        &Actor::system("Audit retention"),
        &ClientInfo::default(),
        AuditEntry {
            action: "audit.records.purge".into(),
            object_type: "audit_trail".into(),
            object_id: account_id.into(),
            object_name: "Audit trail".into(),
            summary: format!(
                "Removed {count} records older than {day} (retention {days} days); the chain \
                 continues from record {} with hash {}",
                last.id, last.hash
            ),
            changes: vec![
                change("purge_id", purge_id.clone()),
                change("up_to_seq", last.seq.to_string()),
                change("anchor_hash", last.hash.clone()),
                change("purged_count", count.to_string()),
            ],
        },
    )
    .await?;
    audit_purge::ActiveModel {
        id: Set(purge_id),
        account_id: Set(account_id.into()),
        up_to_seq: Set(last.seq),
        anchor_hash: Set(last.hash.clone()),
        purged_count: Set(count as i64),
        cutoff_at: Set(cutoff),
        at: Set(announcement.at),
        record_id: Set(announcement.id.clone()),
    }
    .insert(&tx)
    .await?;
    audit_record::Entity::delete_many()
        .filter(C::AccountId.eq(account_id))
        .filter(C::Seq.lte(last.seq))
        .exec(&tx)
        .await?;
    audit_head::Entity::update_many()
        .col_expr(
            audit_head::Column::RecordCount,
            Expr::col(audit_head::Column::RecordCount).sub(count as i64),
        )
        .filter(audit_head::Column::AccountId.eq(account_id))
        .exec(&tx)
        .await?;
    tx.commit().await?;
    Ok(count)
}

/// Removes everything past the account's retention, batch after batch.
pub async fn purge_expired(
    db: &DatabaseConnection,
    account_id: &str,
    now: i64,
) -> Result<u64, AppError> {
    let mut total = 0;
    loop {
        let n = purge_batch(db, account_id, now).await?;
        total += n;
        if n < BATCH {
            return Ok(total);
        }
    }
}

/// One pass over every account with a retention setting, under a lease so that one process
/// at a time does it. Returns the records removed.
pub async fn run_once(db: &DatabaseConnection, holder: &str, now: i64) -> Result<u64, AppError> {
    if !take_lease(db, LEASE, holder, now, 30 * 60_000).await? {
        return Ok(0);
    }
    let accounts: Vec<String> = account::Entity::find()
        .select_only()
        .column(account::Column::Id)
        .filter(account::Column::AuditRetentionDays.is_not_null())
        .into_tuple::<String>()
        .all(db)
        .await?;
    let mut total = 0;
    for id in accounts {
        match purge_expired(db, &id, now).await {
            Ok(n) => total += n,
            Err(e) => tracing::warn!(account = %id, error = ?e, "audit retention purge failed"),
        }
    }
    release_lease(db, LEASE, holder).await?;
    Ok(total)
}
