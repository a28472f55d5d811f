//! Writing an account's billing profile: the first write inserts the row (the account was on
//! the defaults until then), later ones update it only at the revision that was read, so two
//! changes at once never overwrite each other silently.

use crate::backend::clock::now_ms;
use crate::backend::entities::{account, billing_profile};
use crate::backend::services::audit::AuditEntry;
use crate::error::AppError;
use crate::model::AuditChange;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

/// Stores `changed` (a profile read at `changed.revision`, then edited) as the next revision.
pub async fn store<C: ConnectionTrait>(
    conn: &C,
    mut changed: billing_profile::Model,
    by: &str,
) -> Result<billing_profile::Model, AppError> {
    let read_at = changed.revision;
    changed.revision = read_at + 1;
    changed.updated_at = now_ms();
    changed.updated_by = Some(by.to_string());
    let row = billing_profile::ActiveModel::from(changed.clone()).reset_all();
    if read_at == 0 {
        row.insert(conn).await?;
        return Ok(changed);
    }
    let done = billing_profile::Entity::update_many()
        .set(row)
        .filter(billing_profile::Column::AccountId.eq(&changed.account_id))
        .filter(billing_profile::Column::Revision.eq(read_at))
        .exec(conn)
        .await?;
    if done.rows_affected == 0 {
        return Err(AppError::Conflict(
            "Someone changed this account's billing meanwhile. Reload, then try again.".into(),
        ));
    }
    Ok(changed)
}

/// The profile moved to `plan_id` from `now` on: the plan it leaves is remembered (a period
/// closed later is billed at the plan in effect at its end) and a scheduled downgrade is
/// dropped.
pub fn switched(
    current: billing_profile::Model,
    plan_id: &str,
    now: i64,
) -> billing_profile::Model {
    billing_profile::Model {
        previous_plan_id: Some(current.plan_id.clone()),
        plan_id: plan_id.to_string(),
        plan_since: now,
        next_plan_id: None,
        next_plan_from: None,
        ..current
    }
}

/// A billing change of the account `a`, as its audit trail records it.
pub fn entry(
    a: &account::Model,
    action: &str,
    summary: String,
    changes: Vec<AuditChange>,
) -> AuditEntry {
    AuditEntry {
        action: action.into(),
        object_type: "account".into(),
        object_id: a.id.clone(),
        object_name: a.name.clone(),
        summary,
        changes,
    }
}
