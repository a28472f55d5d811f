//! The audit trail: append-only, one hash chain per account.
//!
//! Design: every mutation opens its transaction with [`begin`], whose first statement updates
//! the account's row in `audit_heads`. That write takes the row lock on PostgreSQL and the
//! write lock on SQLite, so appends to one account's chain are serialised and no two records
//! can claim the same predecessor. Each record's hash is SHA-256 over the previous hash and a
//! canonical JSON of its own columns, so editing, deleting or reordering any record breaks
//! every later hash, which [`verify`] detects and names. The record is written in the same
//! transaction as the change it describes: no change without its record, and no record of a
//! change that was rolled back.

use crate::backend::clock::now_ms;
use crate::backend::entities::{audit_head, audit_record};
use crate::error::AppError;
use crate::ids::{self, IdKind};
use crate::model::{AuditChange, AuditFilter, AuditPage, AuditRecordDto};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction,
    EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set, TransactionTrait,
};

pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";
const MASK: &str = "••••••••";
const SECRET_FIELDS: [&str; 5] = ["passcode", "password", "secret", "token", "totp"];

/// Who did it: a signed-in user, an API token, or the system (CLI, jobs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub kind: &'static str,
    pub id: String,
    pub name: String,
}

impl Actor {
    pub fn system(name: &str) -> Self {
        Actor {
            kind: "system",
            id: "system".into(),
            name: name.into(),
        }
    }
}

/// Where the request came from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClientInfo {
    pub ip: String,
    pub user_agent: String,
}

#[derive(Debug, Clone, Default)]
pub struct AuditEntry {
    pub action: String,
    pub object_type: String,
    pub object_id: String,
    pub object_name: String,
    pub summary: String,
    pub changes: Vec<AuditChange>,
}

/// Field-by-field difference of two snapshots; unchanged fields are left out and secret
/// fields never carry their values.
pub fn diff(
    before: &[(&str, Option<String>)],
    after: &[(&str, Option<String>)],
) -> Vec<AuditChange> {
    let mut out = Vec::new();
    for (field, new) in after {
        let old = before
            .iter()
            .find(|(f, _)| f == field)
            .and_then(|(_, v)| v.clone());
        if old != *new {
            out.push(masked(field, old, new.clone()));
        }
    }
    out
}

pub fn masked(field: &str, before: Option<String>, after: Option<String>) -> AuditChange {
    let secret = SECRET_FIELDS.iter().any(|s| field.contains(s));
    let hide = |v: Option<String>| {
        if secret {
            v.map(|_| MASK.to_string())
        } else {
            v
        }
    };
    AuditChange {
        field: field.to_string(),
        before: hide(before),
        after: hide(after),
    }
}

/// Starts a transaction that holds the account's chain lock from its first statement.
pub async fn begin(
    db: &DatabaseConnection,
    account_id: &str,
) -> Result<DatabaseTransaction, AppError> {
    let tx = db.begin().await?;
    lock_chain(&tx, account_id).await?;
    Ok(tx)
}

async fn lock_chain<C: ConnectionTrait>(
    conn: &C,
    account_id: &str,
) -> Result<audit_head::Model, AppError> {
    let bump = || {
        audit_head::Entity::update_many()
            .col_expr(
                audit_head::Column::LockCount,
                Expr::col(audit_head::Column::LockCount).add(1),
            )
            .filter(audit_head::Column::AccountId.eq(account_id))
    };
    if bump().exec(conn).await?.rows_affected == 0 {
        // First record of this account. Concurrent first writers all try the insert; the
        // losers wait on the winner's unique key, do nothing, then queue on its row lock.
        let head = audit_head::ActiveModel {
            account_id: Set(account_id.to_string()),
            last_hash: Set(GENESIS.to_string()),
            record_count: Set(0),
            lock_count: Set(0),
        };
        audit_head::Entity::insert(head)
            .on_conflict(
                OnConflict::column(audit_head::Column::AccountId)
                    .do_nothing()
                    .to_owned(),
            )
            .exec_without_returning(conn)
            .await?;
        bump().exec(conn).await?;
    }
    audit_head::Entity::find_by_id(account_id.to_string())
        .one(conn)
        .await?
        .ok_or(AppError::Internal)
}

fn canonical(r: &audit_record::Model) -> String {
    serde_json::json!([
        r.id,
        r.account_id,
        r.at,
        r.actor_type,
        r.actor_id,
        r.actor_name,
        r.action,
        r.object_type,
        r.object_id,
        r.object_name,
        r.summary,
        r.changes,
        r.ip,
        r.user_agent
    ])
    .to_string()
}

pub fn chain_hash(prev: &str, record: &audit_record::Model) -> String {
    crate::backend::crypto::sha256_hex(&format!("{prev}\n{}", canonical(record)))
}

/// Appends a record inside the caller's transaction (opened with [`begin`]).
pub async fn append<C: ConnectionTrait>(
    conn: &C,
    account_id: &str,
    actor: &Actor,
    client: &ClientInfo,
    entry: AuditEntry,
) -> Result<audit_record::Model, AppError> {
    let head = lock_chain(conn, account_id).await?;
    let mut record = audit_record::Model {
        seq: 0,
        id: ids::generate(IdKind::Audit),
        account_id: account_id.to_string(),
        at: now_ms(),
        actor_type: actor.kind.to_string(),
        actor_id: actor.id.clone(),
        actor_name: actor.name.clone(),
        action: entry.action,
        object_type: entry.object_type,
        object_id: entry.object_id,
        object_name: entry.object_name,
        summary: entry.summary,
        changes: serde_json::to_string(&entry.changes).unwrap_or_else(|_| "[]".into()),
        ip: client.ip.clone(),
        user_agent: client.user_agent.chars().take(512).collect(),
        prev_hash: head.last_hash.clone(),
        hash: String::new(),
    };
    record.hash = chain_hash(&head.last_hash, &record);
    let mut active: audit_record::ActiveModel = record.clone().into();
    active.seq = sea_orm::NotSet;
    let saved = active.insert(conn).await?;
    audit_head::Entity::update_many()
        .col_expr(
            audit_head::Column::LastHash,
            Expr::value(saved.hash.clone()),
        )
        .col_expr(
            audit_head::Column::RecordCount,
            Expr::col(audit_head::Column::RecordCount).add(1),
        )
        .filter(audit_head::Column::AccountId.eq(account_id))
        .exec(conn)
        .await?;
    Ok(saved)
}

/// Convenience for a change that is only the record itself (sign-in, reveal, …).
pub async fn record(
    db: &DatabaseConnection,
    account_id: &str,
    actor: &Actor,
    client: &ClientInfo,
    entry: AuditEntry,
) -> Result<(), AppError> {
    let tx = begin(db, account_id).await?;
    append(&tx, account_id, actor, client, entry).await?;
    tx.commit().await?;
    Ok(())
}

pub fn to_dto(r: audit_record::Model) -> AuditRecordDto {
    AuditRecordDto {
        seq: r.seq,
        changes: serde_json::from_str(&r.changes).unwrap_or_default(),
        id: r.id,
        at: r.at,
        actor_type: r.actor_type,
        actor_id: r.actor_id,
        actor_name: r.actor_name,
        action: r.action,
        object_type: r.object_type,
        object_id: r.object_id,
        object_name: r.object_name,
        summary: r.summary,
        ip: r.ip,
        user_agent: r.user_agent,
        hash: r.hash,
    }
}

/// One page of an account's trail, newest first, by keyset on `seq`.
pub async fn list(
    db: &DatabaseConnection,
    account_id: &str,
    filter: &AuditFilter,
) -> Result<AuditPage, AppError> {
    let limit = filter.limit.clamp(1, 100);
    let base = audit_record::Entity::find().filter(audit_record::Column::AccountId.eq(account_id));
    let mut rows = if let Some(after) = filter.after {
        let mut rows = base
            .filter(audit_record::Column::Seq.gt(after))
            .order_by_asc(audit_record::Column::Seq)
            .limit(limit + 1)
            .all(db)
            .await?;
        let has_newer = rows.len() as u64 > limit;
        rows.truncate(limit as usize);
        rows.reverse();
        return finish(db, account_id, rows, has_newer, true).await;
    } else if let Some(before) = filter.before {
        base.filter(audit_record::Column::Seq.lt(before))
            .order_by_desc(audit_record::Column::Seq)
            .limit(limit + 1)
            .all(db)
            .await?
    } else {
        base.order_by_desc(audit_record::Column::Seq)
            .limit(limit + 1)
            .all(db)
            .await?
    };
    let has_older = rows.len() as u64 > limit;
    rows.truncate(limit as usize);
    finish(db, account_id, rows, filter.before.is_some(), has_older).await
}

async fn finish(
    db: &DatabaseConnection,
    account_id: &str,
    rows: Vec<audit_record::Model>,
    has_newer: bool,
    has_older: bool,
) -> Result<AuditPage, AppError> {
    // The chain head keeps the count, so the total costs one primary-key read at any size.
    let total = audit_head::Entity::find_by_id(account_id.to_string())
        .one(db)
        .await?
        .map(|h| h.record_count.max(0) as u64)
        .unwrap_or(0);
    Ok(AuditPage {
        records: rows.into_iter().map(to_dto).collect(),
        has_newer,
        has_older,
        total,
    })
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyReport {
    pub checked: u64,
    /// Public id of the first record whose hash does not match, if any.
    pub first_broken: Option<String>,
}

/// Recomputes the account's chain from the start, in batches, without loading it all.
pub async fn verify(db: &DatabaseConnection, account_id: &str) -> Result<VerifyReport, AppError> {
    let mut prev = GENESIS.to_string();
    let mut last_seq = 0i64;
    let mut checked = 0u64;
    loop {
        let batch = audit_record::Entity::find()
            .filter(audit_record::Column::AccountId.eq(account_id))
            .filter(audit_record::Column::Seq.gt(last_seq))
            .order_by_asc(audit_record::Column::Seq)
            .limit(1000)
            .all(db)
            .await?;
        if batch.is_empty() {
            break;
        }
        for r in batch {
            if r.prev_hash != prev || chain_hash(&prev, &r) != r.hash {
                return Ok(VerifyReport {
                    checked,
                    first_broken: Some(r.id),
                });
            }
            prev = r.hash.clone();
            last_seq = r.seq;
            checked += 1;
        }
    }
    let head = audit_head::Entity::find_by_id(account_id.to_string())
        .one(db)
        .await?;
    if let Some(h) = head {
        if h.last_hash != prev || h.record_count as u64 != checked {
            return Ok(VerifyReport {
                checked,
                first_broken: Some("(records missing at the end of the chain)".into()),
            });
        }
    }
    Ok(VerifyReport {
        checked,
        first_broken: None,
    })
}

pub async fn count(db: &DatabaseConnection, account_id: &str) -> Result<u64, AppError> {
    Ok(audit_record::Entity::find()
        .filter(audit_record::Column::AccountId.eq(account_id))
        .count(db)
        .await?)
}
