//! Changes to a person rather than to one account (password, two-step verification, their
//! sessions): shared checks and the audit records they leave.
//!
//! A person can belong to several accounts and each account's admins may need to know, so
//! such a change is recorded in every account of the person, in one transaction. The chains
//! are locked in sorted order so two of these transactions never wait on each other crosswise.

use crate::backend::clock::now_ms;
use crate::backend::crypto::{verify_password, SecretKey};
use crate::backend::entities::{membership, user};
use crate::backend::services::audit::{self, AuditEntry, ClientInfo};
use crate::backend::services::identity::throttle::{self, PER_EMAIL, PER_IP};
use crate::error::AppError;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction, EntityTrait,
    QueryFilter, QuerySelect,
};

/// The signed-in person acting on themselves, from any of their accounts.
pub struct Me<'a> {
    pub db: &'a DatabaseConnection,
    pub key: &'a SecretKey,
    pub user_id: &'a str,
    /// The session making the request: kept when others are signed out.
    pub session_hash: &'a str,
    /// The session's account, where the change is recorded should the person have no
    /// membership left to record it in.
    pub account_id: &'a str,
    pub client: &'a ClientInfo,
}

/// Every account the person has a membership in, sorted (the lock order).
pub async fn accounts_of<C: ConnectionTrait>(
    conn: &C,
    user_id: &str,
) -> Result<Vec<String>, AppError> {
    let mut ids: Vec<String> = membership::Entity::find()
        .select_only()
        .column(membership::Column::AccountId)
        .filter(membership::Column::UserId.eq(user_id))
        .into_tuple::<String>()
        .all(conn)
        .await?;
    ids.sort();
    ids.dedup();
    Ok(ids)
}

/// A transaction holding the chain lock of each of the person's accounts (or of `fallback`,
/// the caller's current account, should they have none left).
pub async fn begin(
    db: &DatabaseConnection,
    user_id: &str,
    fallback: &str,
) -> Result<(DatabaseTransaction, Vec<String>), AppError> {
    let mut accounts = accounts_of(db, user_id).await?;
    if accounts.is_empty() {
        accounts.push(fallback.to_string());
    }
    let (first, rest) = accounts.split_first().ok_or(AppError::Internal)?;
    let tx = audit::begin(db, first).await?;
    for account in rest {
        audit::lock_chain(&tx, account).await?;
    }
    Ok((tx, accounts))
}

/// The same record in each of the person's accounts.
pub async fn append_all(
    tx: &DatabaseTransaction,
    accounts: &[String],
    person: &user::Model,
    client: &ClientInfo,
    entry: AuditEntry,
) -> Result<(), AppError> {
    let actor = crate::backend::services::identity::auth::actor_of(person);
    for account in accounts {
        audit::append(tx, account, &actor, client, entry.clone()).await?;
    }
    Ok(())
}

/// A record about the person themselves (object type "user").
pub fn entry(
    person: &user::Model,
    action: &str,
    summary: String,
    changes: Vec<crate::model::AuditChange>,
) -> AuditEntry {
    AuditEntry {
        action: action.into(),
        object_type: "user".into(),
        object_id: person.id.clone(),
        object_name: person.email.clone(),
        summary,
        changes,
    }
}

/// Re-authentication with the current password before a sensitive change. Wrong passwords
/// count towards the same locks as sign-in, so a stolen session cannot be used to guess it.
pub async fn confirm_password(
    db: &DatabaseConnection,
    person: &user::Model,
    password: &str,
    field: &str,
    client: &ClientInfo,
) -> Result<(), AppError> {
    let keys = [
        throttle::email_key(&person.email),
        throttle::ip_key(&client.ip),
    ];
    throttle::check(db, &keys, now_ms()).await?;
    if verify_password(password.to_string(), person.password_hash.clone()).await {
        return Ok(());
    }
    let now = now_ms();
    throttle::record_failure(db, &keys[0], PER_EMAIL, now).await?;
    throttle::record_failure(db, &keys[1], PER_IP, now).await?;
    Err(AppError::field(field, "This is not your current password."))
}

/// The person as stored now (the session's copy may be a request old).
pub async fn reload<C: ConnectionTrait>(conn: &C, user_id: &str) -> Result<user::Model, AppError> {
    user::Entity::find_by_id(user_id.to_string())
        .one(conn)
        .await?
        .ok_or(AppError::Unauthenticated)
}
