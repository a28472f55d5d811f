//! Re-computing an account's hash chain, from its start or from its latest retention purge.
//!
//! A purge anchor says "records up to seq N were removed; the last of them hashed to H". It is
//! trusted only if the chain itself announces it: the record named by the anchor must be an
//! `audit.records.purge` record carrying the same seq and hash, and that record is checked
//! like every other. An anchor slipped into the table by hand is therefore reported.

use crate::backend::entities::{audit_head, audit_purge, audit_record};
use crate::backend::services::audit::{chain_hash, GENESIS};
use crate::error::AppError;
use crate::model::{AuditChange, ChainReport};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

const BATCH: u64 = 2000;

pub async fn latest_purge(
    db: &DatabaseConnection,
    account_id: &str,
) -> Result<Option<audit_purge::Model>, AppError> {
    Ok(audit_purge::Entity::find()
        .filter(audit_purge::Column::AccountId.eq(account_id))
        .order_by_desc(audit_purge::Column::UpToSeq)
        .one(db)
        .await?)
}

fn announced(record: &audit_record::Model, anchor: &audit_purge::Model) -> bool {
    let changes: Vec<AuditChange> = serde_json::from_str(&record.changes).unwrap_or_default();
    let value = |f: &str| {
        changes
            .iter()
            .find(|c| c.field == f)
            .and_then(|c| c.after.clone())
    };
    record.action == "audit.records.purge"
        && record.seq > anchor.up_to_seq
        && value("purge_id").as_deref() == Some(anchor.id.as_str())
        && value("anchor_hash").as_deref() == Some(anchor.anchor_hash.as_str())
        && value("up_to_seq") == Some(anchor.up_to_seq.to_string())
}

/// Recomputes the chain in batches, without loading it all, and names the first bad record.
pub async fn verify(db: &DatabaseConnection, account_id: &str) -> Result<ChainReport, AppError> {
    let started = std::time::Instant::now();
    let anchor = latest_purge(db, account_id).await?;
    let (mut prev, start) = match &anchor {
        Some(a) => (a.anchor_hash.clone(), a.up_to_seq),
        None => (GENESIS.to_string(), 0),
    };
    let mut report = ChainReport {
        checked: 0,
        first_broken: None,
        problem: None,
        starts_after_seq: start,
        elapsed_ms: 0,
    };
    if let Some(a) = &anchor {
        let ok = audit_record::Entity::find()
            .filter(audit_record::Column::AccountId.eq(account_id))
            .filter(audit_record::Column::Id.eq(&a.record_id))
            .one(db)
            .await?
            .is_some_and(|r| announced(&r, a));
        if !ok {
            report.problem = Some(format!(
                "The purge {} is not announced in the chain: records may have been removed.",
                a.id
            ));
        }
    }
    let mut last_seq = start;
    'outer: loop {
        let batch = audit_record::Entity::find()
            .filter(audit_record::Column::AccountId.eq(account_id))
            .filter(audit_record::Column::Seq.gt(last_seq))
            .order_by_asc(audit_record::Column::Seq)
            .limit(BATCH)
            .all(db)
            .await?;
        if batch.is_empty() {
            break;
        }
        for r in batch {
            if r.prev_hash != prev || chain_hash(&prev, &r) != r.hash {
                report.problem.get_or_insert_with(|| {
                    "This record does not match the chain: it, or the one before it, was changed, \
                     removed or inserted."
                        .into()
                });
                report.first_broken = Some(r.id);
                break 'outer;
            }
            prev = r.hash.clone();
            last_seq = r.seq;
            report.checked += 1;
        }
    }
    if report.first_broken.is_none() {
        let head = audit_head::Entity::find_by_id(account_id.to_string())
            .one(db)
            .await?;
        if let Some(h) = head {
            if h.last_hash != prev || h.record_count.max(0) as u64 != report.checked {
                report.problem.get_or_insert_with(|| {
                    "Records are missing: the chain does not end at its recorded head.".into()
                });
            }
        }
    }
    report.elapsed_ms = started.elapsed().as_millis() as u64;
    Ok(report)
}

/// Accounts that have an audit trail (for verifying all of them from the command line).
pub async fn accounts_with_trail(db: &DatabaseConnection) -> Result<Vec<String>, AppError> {
    Ok(audit_head::Entity::find()
        .select_only()
        .column(audit_head::Column::AccountId)
        .order_by_asc(audit_head::Column::AccountId)
        .into_tuple::<String>()
        .all(db)
        .await?)
}
