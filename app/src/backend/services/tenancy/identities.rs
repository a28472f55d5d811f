//! The platform operator's hold on global sign-in identities (people): Block and Delete.
//!
//! Design: an identity belongs to no account, so only the Operations account's Admins (the
//! console's `Caller::require_operations`, the REST API's `Api::require_operations`) reach
//! these functions. Blocked stops the person everywhere at once: sign-in refuses them
//! (`auth` accepts only Active identities), their sessions are deleted here and every request
//! re-checks the identity (`sessions::resolve`), and their API tokens are refused
//! (`api_auth` requires an Active creator). Deleted is final and erases what identifies the
//! person (e-mail, names, phone, password, two-step secret and recovery codes, picture); the
//! identity row stays under a placeholder address so the audit trail's records keep pointing
//! at an id, and each membership is disabled. The operator cannot block or delete themself.
//! Every change is recorded in the Operations trail and in the trail of each account the
//! person belongs to.

use crate::backend::clock::now_ms;
use crate::backend::entities::{
    account, membership, password_reset, recovery_code, session, sign_in_challenge, sign_in_unlock,
    user, user_picture,
};
use crate::backend::services::acting::Acting;
use crate::backend::services::audit::{self, AuditEntry};
use crate::error::AppError;
use crate::model::{IdentityDto, IdentityMembership, IdentityStatus};
use crate::permissions::Role;
use crate::validation::Email;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set, TransactionTrait,
};
use std::collections::HashMap;

async fn to_dto<C: ConnectionTrait>(conn: &C, u: user::Model) -> Result<IdentityDto, AppError> {
    let ms = membership::Entity::find()
        .filter(membership::Column::UserId.eq(&u.id))
        .all(conn)
        .await?;
    let ids: Vec<String> = ms.iter().map(|m| m.account_id.clone()).collect();
    let names: HashMap<String, String> = account::Entity::find()
        .filter(account::Column::Id.is_in(ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|a| (a.id, a.name))
        .collect();
    let mut memberships: Vec<IdentityMembership> = ms
        .into_iter()
        .map(|m| IdentityMembership {
            account_name: names.get(&m.account_id).cloned().unwrap_or_default(),
            account_id: m.account_id,
            role: Role::parse(&m.role).unwrap_or(Role::Member),
            status: m.status,
        })
        .collect();
    memberships.sort_by(|a, b| a.account_name.cmp(&b.account_name));
    Ok(IdentityDto {
        status: IdentityStatus::parse(&u.status).unwrap_or_default(),
        two_step: u.totp_enabled_at.is_some(),
        id: u.id,
        email: u.email,
        first_name: u.first_name,
        last_name: u.last_name,
        created_at: u.created_at,
        last_login_at: u.last_login_at,
        memberships,
    })
}

/// The identity with this e-mail address (exactly, case aside), or 404.
pub async fn find_by_email(db: &DatabaseConnection, email: &str) -> Result<IdentityDto, AppError> {
    let email = Email::try_from(email).map_err(|e| AppError::field("email", e))?;
    let u = super::super::identity::users::find_by_email(db, email.as_str())
        .await?
        .ok_or(AppError::NotFound)?;
    to_dto(db, u).await
}

pub async fn get(db: &DatabaseConnection, id: &str) -> Result<IdentityDto, AppError> {
    let u = user::Entity::find_by_id(id.trim())
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    to_dto(db, u).await
}

/// Blocks, unblocks (`Active`) or deletes the identity `id`, as the platform operator `who`
/// (recorded in `who`'s Operations trail and in every account of the person). The identity
/// behind the call (`who.person_id`: the signed-in operator, or the creator of the token
/// used; none for the account credentials) never blocks or deletes their own sign-in.
pub async fn set_status(
    db: &DatabaseConnection,
    who: &Acting,
    id: &str,
    to: IdentityStatus,
) -> Result<IdentityDto, AppError> {
    let (ops_account, actor, client) = (who.account_id.as_str(), &who.actor, &who.client);
    let tx = db.begin().await?;
    let u = user::Entity::find_by_id(id.trim())
        .one(&tx)
        .await?
        .ok_or(AppError::NotFound)?;
    if who.person_id.as_deref() == Some(u.id.as_str()) || u.id == actor.id {
        return Err(AppError::BadRequest(
            "You cannot block or delete your own sign-in.".into(),
        ));
    }
    let from = IdentityStatus::parse(&u.status).unwrap_or_default();
    if !from.can_become(to) {
        return Err(AppError::Conflict(
            match to {
                IdentityStatus::Blocked => "Only an active person can be blocked.",
                IdentityStatus::Active => "Only a blocked person can be unblocked.",
                IdentityStatus::Deleted => "This person is already deleted.",
            }
            .into(),
        ));
    }
    let now = now_ms();
    let shown_name = format!("{} {}", u.first_name, u.last_name)
        .trim()
        .to_string();
    let shown = if shown_name.is_empty() {
        u.email.clone()
    } else {
        format!("{shown_name} <{}>", u.email)
    };
    let mut am: user::ActiveModel = u.clone().into();
    am.status = Set(to.as_str().into());
    am.updated_at = Set(now);
    if to == IdentityStatus::Deleted {
        let placeholder = format!("deleted-{}@deleted.invalid", u.id.to_lowercase());
        am.email = Set(placeholder.clone());
        am.first_name = Set(String::new());
        am.last_name = Set(String::new());
        am.phone = Set(String::new());
        am.password_hash = Set(String::new());
        am.totp_secret_enc = Set(None);
        am.totp_pending_enc = Set(None);
        am.totp_enabled_at = Set(None);
        am.picture_at = Set(None);
        user_picture::Entity::delete_many()
            .filter(user_picture::Column::UserId.eq(&u.id))
            .exec(&tx)
            .await?;
        recovery_code::Entity::delete_many()
            .filter(recovery_code::Column::UserId.eq(&u.id))
            .exec(&tx)
            .await?;
        password_reset::Entity::delete_many()
            .filter(password_reset::Column::UserId.eq(&u.id))
            .exec(&tx)
            .await?;
        sign_in_unlock::Entity::delete_many()
            .filter(sign_in_unlock::Column::UserId.eq(&u.id))
            .exec(&tx)
            .await?;
        membership::Entity::update_many()
            .col_expr(membership::Column::Status, Expr::value("Disabled"))
            .col_expr(membership::Column::Email, Expr::value(placeholder))
            .col_expr(membership::Column::SortName, Expr::value(""))
            .col_expr(membership::Column::UpdatedAt, Expr::value(now))
            .filter(membership::Column::UserId.eq(&u.id))
            .exec(&tx)
            .await?;
    }
    if to != IdentityStatus::Active {
        // Ends every open session now rather than at its next request.
        session::Entity::delete_many()
            .filter(session::Column::UserId.eq(&u.id))
            .exec(&tx)
            .await?;
        sign_in_challenge::Entity::delete_many()
            .filter(sign_in_challenge::Column::UserId.eq(&u.id))
            .exec(&tx)
            .await?;
    }
    let saved = am.update(&tx).await?;
    let accounts: Vec<String> = membership::Entity::find()
        .filter(membership::Column::UserId.eq(&u.id))
        .all(&tx)
        .await?
        .into_iter()
        .map(|m| m.account_id)
        .collect();
    tx.commit().await?;
    let (verb, words) = match (from, to) {
        (_, IdentityStatus::Deleted) => ("delete", "Deleted"),
        (_, IdentityStatus::Blocked) => ("block", "Blocked"),
        _ => ("unblock", "Unblocked"),
    };
    let entry = || AuditEntry {
        action: format!("users.user.{verb}"),
        object_type: "user".into(),
        object_id: saved.id.clone(),
        // A deleted person's name and address are not written back into any trail.
        object_name: if to == IdentityStatus::Deleted {
            saved.id.clone()
        } else {
            shown.clone()
        },
        summary: if to == IdentityStatus::Deleted {
            format!("The platform operator deleted the person {}", saved.id)
        } else {
            format!("The platform operator {} {shown}", words.to_lowercase())
        },
        changes: vec![audit::masked(
            "status",
            Some(from.as_str().into()),
            Some(to.as_str().into()),
        )],
    };
    for account_id in accounts.iter().filter(|a| a.as_str() != ops_account) {
        audit::record(db, account_id, actor, client, entry()).await?;
    }
    audit::record(db, ops_account, actor, client, entry()).await?;
    get(db, &saved.id).await
}
