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

pub mod audit_export;
pub mod audit_query;
pub mod audit_retention;
pub mod audit_security;
pub mod audit_verify;
pub mod audit_zone;

use crate::backend::clock::now_ms;
use crate::backend::entities::{audit_head, audit_record};
use crate::error::AppError;
use crate::ids::{self, IdKind};
use crate::model::{AuditChange, AuditRecordDto};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction,
    EntityTrait, QueryFilter, Set, TransactionTrait,
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

pub(crate) async fn lock_chain<C: ConnectionTrait>(
    conn: &C,
    account_id: &str,
) -> Result<audit_head::Model, AppError> {
    let bump = || {
        audit_head::Entity::update_many()
            .col_expr(
                audit_head::Column::LockCount,
                Expr::col(audit_head::Column::LockCount).add(1i64),
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
            last_at: Set(0),
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
        // Never earlier than the record before, so that time order is chain order and a date
        // range is a range of sequence numbers, even when process clocks disagree a little.
        at: now_ms().max(head.last_at),
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
        .col_expr(audit_head::Column::LastAt, Expr::value(saved.at))
        .col_expr(
            audit_head::Column::RecordCount,
            // i64, like every writer of this statement: PostgreSQL caches it with its parameter types.
            Expr::col(audit_head::Column::RecordCount).add(1i64),
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
        prev_hash: r.prev_hash,
        hash: r.hash,
    }
}
