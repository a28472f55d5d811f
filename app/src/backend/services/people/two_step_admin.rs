//! What an account's administrators decide about two-step verification: whether every member
//! must use it, and resetting a member's who lost their device.
//!
//! The rule is enforced per request (`sessions::Resolved::needs_two_step_setup`, checked by
//! `Caller::current`), so it applies to a member's open sessions at once and to a member who
//! turns two-step verification off or is reset: until they set it up (again), only their own
//! settings answer.
//!
//! Two-step verification belongs to the person, not to an account. An account learns about
//! it only for people who joined it (a pending invitation tells it nothing), only its Admins
//! change the rule or reset a member's, and a reset (which turns it off for the person's one
//! identity) is only possible while the person belongs to no other account: an Admin acts
//! for their own account's membership, never for another account's.

use crate::backend::clock::now_ms;
use crate::backend::entities::{account, membership, session, user};
use crate::backend::services::acting::Acting;
use crate::backend::services::audit::{self, AuditEntry};
use crate::backend::services::{identity::person, identity::recovery_codes};
use crate::error::AppError;
use crate::model::{AuditChange, TwoStepPolicy};
use crate::permissions::{ONLY_ADMIN_TWO_STEP_POLICY, ONLY_ADMIN_TWO_STEP_RESET};
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    Set,
};

fn on_off(on: bool) -> String {
    if on { "Required" } else { "Not required" }.into()
}

pub async fn policy(db: &DatabaseConnection, account_id: &str) -> Result<TwoStepPolicy, AppError> {
    let a = crate::backend::services::tenancy::accounts::find(db, account_id).await?;
    // Counted in the database with a sub-select, so a large account costs one query.
    let active_members = Query::select()
        .column(membership::Column::UserId)
        .from(membership::Entity)
        .and_where(Expr::col(membership::Column::AccountId).eq(account_id))
        .and_where(Expr::col(membership::Column::Status).eq("Active"))
        .to_owned();
    let members_without = user::Entity::find()
        .filter(user::Column::TotpSecretEnc.is_null())
        .filter(user::Column::Id.in_subquery(active_members))
        .count(db)
        .await?;
    Ok(TwoStepPolicy {
        required: a.require_two_step,
        members_without,
        account_revision: a.revision,
    })
}

/// Requires (or stops requiring) two-step verification of every member. Turning it on needs
/// the acting admin (`person`, the sign-in behind `who`) to use it already, so nobody locks
/// themselves into a set-up by accident.
pub async fn set_required(
    db: &DatabaseConnection,
    who: &Acting,
    person: &user::Model,
    required: bool,
    account_revision: i64,
) -> Result<TwoStepPolicy, AppError> {
    let (account_id, actor, client) = (who.account_id.as_str(), &who.actor, &who.client);
    who.grantor.admin_only(ONLY_ADMIN_TWO_STEP_POLICY)?;
    if required && person.totp_secret_enc.is_none() {
        return Err(AppError::BadRequest(
            "Turn on two-step verification for yourself first (Profile → Two-step verification)."
                .into(),
        ));
    }
    let tx = audit::begin(db, account_id).await?;
    let a = crate::backend::services::tenancy::accounts::find(&tx, account_id).await?;
    if a.revision != account_revision {
        return Err(AppError::Conflict(
            "Someone changed the account after you loaded this page. Reload, then try again."
                .into(),
        ));
    }
    if a.require_two_step != required {
        let mut am: account::ActiveModel = a.clone().into();
        am.require_two_step = Set(required);
        am.revision = Set(a.revision + 1);
        am.updated_at = Set(now_ms());
        am.updated_by = Set(Some(actor.name.clone()));
        am.update(&tx).await?;
        let entry = AuditEntry {
            action: "account.two_step_policy.update".into(),
            object_type: "account".into(),
            object_id: account_id.into(),
            object_name: a.name.clone(),
            summary: if required {
                "Required two-step verification for every member".into()
            } else {
                "Stopped requiring two-step verification".into()
            },
            changes: vec![AuditChange {
                field: "require_two_step".into(),
                before: Some(on_off(a.require_two_step)),
                after: Some(on_off(required)),
            }],
        };
        audit::append(&tx, account_id, actor, client, entry).await?;
    }
    tx.commit().await?;
    policy(db, account_id).await
}

/// Whether the member behind `membership_id` (of this account) uses two-step verification.
pub async fn member_enabled(
    db: &DatabaseConnection,
    account_id: &str,
    membership_id: &str,
) -> Result<bool, AppError> {
    let (_, u) = member(db, account_id, membership_id).await?;
    Ok(u.totp_secret_enc.is_some())
}

pub const NOT_JOINED: &str =
    "This person has not joined the account yet; their sign-in is not the account's to see.";
pub const BELONGS_ELSEWHERE: &str = "This person also belongs to another account, so only they can change their two-step verification (a recovery code signs them in).";

async fn member<C: sea_orm::ConnectionTrait>(
    conn: &C,
    account_id: &str,
    membership_id: &str,
) -> Result<(membership::Model, user::Model), AppError> {
    let m = membership::Entity::find_by_id(membership_id.to_string())
        .filter(membership::Column::AccountId.eq(account_id))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)?;
    if m.status == "Invited" {
        return Err(AppError::BadRequest(NOT_JOINED.into()));
    }
    let u = person::reload(conn, &m.user_id)
        .await
        .map_err(|_| AppError::NotFound)?;
    Ok((m, u))
}

/// Turns off a member's two-step verification (lost device), removes their recovery codes and
/// signs them out everywhere. Recorded in every account of the person, since it weakens their
/// sign-in in each.
pub async fn reset_member(
    db: &DatabaseConnection,
    who: &Acting,
    membership_id: &str,
) -> Result<(), AppError> {
    let (account_id, actor, client) = (who.account_id.as_str(), &who.actor, &who.client);
    who.grantor.admin_only(ONLY_ADMIN_TWO_STEP_RESET)?;
    let (m, u) = member(db, account_id, membership_id).await?;
    let elsewhere = membership::Entity::find()
        .filter(membership::Column::UserId.eq(&u.id))
        .filter(membership::Column::AccountId.ne(account_id))
        .count(db)
        .await?;
    if elsewhere > 0 {
        return Err(AppError::BadRequest(BELONGS_ELSEWHERE.into()));
    }
    if u.id == actor.id {
        return Err(AppError::BadRequest(
            "Turn off your own two-step verification on your Profile page.".into(),
        ));
    }
    if u.totp_secret_enc.is_none() && u.totp_pending_enc.is_none() {
        return Err(AppError::BadRequest(
            "This member has not turned on two-step verification.".into(),
        ));
    }
    let (tx, accounts) = person::begin(db, &u.id, account_id).await?;
    crate::backend::services::identity::two_step::clear(&tx, &u.id).await?;
    recovery_codes::remove_all(&tx, &u.id).await?;
    let signed_out = session::Entity::delete_many()
        .filter(session::Column::UserId.eq(&u.id))
        .exec(&tx)
        .await?
        .rows_affected;
    let summary = format!(
        "Reset the two-step verification of {}; signed out {signed_out} session(s)",
        u.email
    );
    let changes = vec![AuditChange {
        field: "two_step".into(),
        before: Some("On".into()),
        after: Some("Off".into()),
    }];
    for acc in &accounts {
        // Here the membership (its page shows the record); elsewhere the person.
        let (object_type, object_id) = if *acc == m.account_id {
            ("membership", m.id.clone())
        } else {
            ("user", u.id.clone())
        };
        let entry = AuditEntry {
            action: "users.membership.two_step_reset".into(),
            object_type: object_type.into(),
            object_id,
            object_name: u.email.clone(),
            summary: summary.clone(),
            changes: changes.clone(),
        };
        audit::append(&tx, acc, actor, client, entry).await?;
    }
    tx.commit().await?;
    Ok(())
}
