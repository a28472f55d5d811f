//! Security events in the audit trail: failed sign-ins, refused permissions and failed API
//! authentication, each with the caller's IP address and user agent.
//!
//! They are recorded on a best-effort basis after the refusal: a failure to record is logged
//! and never changes the answer the caller gets. They never carry what was typed as a
//! password, token or passcode; only the reason. Sign-in and passcode failures are already
//! throttled per e-mail, IP and account, which also bounds how fast they can grow the trail.

use crate::backend::entities::{membership, user};
use crate::backend::services::audit::{self, Actor, AuditEntry, ClientInfo};
use crate::permissions::{Level, Module};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QuerySelect};

/// Whoever is on the other side of a refused request, before they are known.
pub fn anonymous() -> Actor {
    Actor {
        kind: "anonymous",
        id: "anonymous".into(),
        name: "Unknown caller".into(),
    }
}

async fn best_effort(
    db: &DatabaseConnection,
    account_id: &str,
    actor: &Actor,
    client: &ClientInfo,
    entry: AuditEntry,
) {
    if let Err(e) = audit::record(db, account_id, actor, client, entry).await {
        tracing::warn!(account = %account_id, error = ?e, "could not record a security event");
    }
}

/// A wrong password (or a blocked identity) for a known person: recorded in every account the
/// person belongs to, since each account's admins may need to know.
pub async fn sign_in_failed(
    db: &DatabaseConnection,
    person: &user::Model,
    reason: &str,
    client: &ClientInfo,
) {
    let accounts: Vec<String> = match membership::Entity::find()
        .select_only()
        .column(membership::Column::AccountId)
        .filter(membership::Column::UserId.eq(&person.id))
        .limit(20)
        .into_tuple::<String>()
        .all(db)
        .await
    {
        Ok(a) => a,
        Err(e) => {
            tracing::warn!(error = ?e, "could not find the accounts of a failed sign-in");
            return;
        }
    };
    for account_id in accounts {
        let entry = AuditEntry {
            action: "auth.session.sign_in_failed".into(),
            object_type: "user".into(),
            object_id: person.id.clone(),
            object_name: person.email.clone(),
            summary: format!("Failed sign-in as {}: {reason}", person.email),
            changes: vec![],
        };
        best_effort(db, &account_id, &anonymous(), client, entry).await;
    }
}

/// A signed-in member or an API caller asked for something their rights do not allow.
pub async fn permission_denied(
    db: &DatabaseConnection,
    account_id: &str,
    actor: &Actor,
    client: &ClientInfo,
    needed: (Module, Level),
    target: &str,
) {
    let level = match needed.1 {
        Level::Edit => "edit",
        _ => "view",
    };
    let entry = AuditEntry {
        action: "access.permission.denied".into(),
        object_type: "account".into(),
        object_id: account_id.into(),
        object_name: format!("{} ({level})", needed.0.label()),
        summary: format!("Refused {target}: needs {} {level}", needed.0.label()),
        changes: vec![],
    };
    best_effort(db, account_id, actor, client, entry).await;
}

/// An API request with credentials that belong to this account but may not be used now.
pub async fn api_auth_failed(
    db: &DatabaseConnection,
    account_id: &str,
    actor: &Actor,
    client: &ClientInfo,
    object: (&str, &str, &str),
    reason: &str,
) {
    let entry = AuditEntry {
        action: "api.auth.failed".into(),
        object_type: object.0.into(),
        object_id: object.1.into(),
        object_name: object.2.into(),
        summary: format!("Refused an API request: {reason}"),
        changes: vec![],
    };
    best_effort(db, account_id, actor, client, entry).await;
}
