//! Server-side sessions. The cookie holds 256 random bits; the table holds only their SHA-256.
//! A session ends at sign-out, after 12 idle hours, or 7 days after sign-in, whichever comes
//! first, and at once when its member is disabled or removed (checked on every request).

use crate::backend::clock::now_ms;
use crate::backend::crypto::{random_token, sha256_hex};
use crate::backend::entities::{account, membership, session, user};
use crate::error::AppError;
use crate::model::MembershipSummary;
use crate::permissions::Role;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};

pub const COOKIE: &str = "as_session";
pub const MAX_AGE_MS: i64 = 7 * 24 * 3600 * 1000;
pub const IDLE_MS: i64 = 12 * 3600 * 1000;
/// last_seen is written at most this often, so reads do not turn into writes.
const TOUCH_MS: i64 = 60_000;

/// Everything a signed-in request is about.
#[derive(Debug, Clone)]
pub struct Resolved {
    pub session: session::Model,
    pub user: user::Model,
    pub membership: membership::Model,
    pub account: account::Model,
    pub role: Role,
}

impl Resolved {
    /// The account requires two-step verification and this person has not turned it on: the
    /// session may only be used to set it up (and for the person's own settings).
    pub fn needs_two_step_setup(&self) -> bool {
        self.account.require_two_step && self.user.totp_secret_enc.is_none()
    }
}

/// Creates a session and returns the cookie value (the only time it exists in clear).
pub async fn create<C: ConnectionTrait>(
    conn: &C,
    user_id: &str,
    account_id: &str,
    ip: &str,
    user_agent: &str,
) -> Result<String, AppError> {
    let token = random_token();
    let now = now_ms();
    session::ActiveModel {
        id_hash: Set(sha256_hex(&token)),
        user_id: Set(user_id.into()),
        account_id: Set(account_id.into()),
        created_at: Set(now),
        last_seen_at: Set(now),
        expires_at: Set(now + MAX_AGE_MS),
        ip: Set(ip.into()),
        user_agent: Set(user_agent.chars().take(512).collect()),
    }
    .insert(conn)
    .await?;
    Ok(token)
}

pub async fn resolve(db: &DatabaseConnection, token: &str) -> Result<Option<Resolved>, AppError> {
    let hash = sha256_hex(token);
    let Some(s) = session::Entity::find_by_id(hash.clone()).one(db).await? else {
        return Ok(None);
    };
    let now = now_ms();
    if s.expires_at <= now || now - s.last_seen_at > IDLE_MS {
        session::Entity::delete_by_id(hash).exec(db).await?;
        return Ok(None);
    }
    let Some(u) = user::Entity::find_by_id(s.user_id.clone()).one(db).await? else {
        return Ok(None);
    };
    let m = membership::Entity::find()
        .filter(membership::Column::UserId.eq(&s.user_id))
        .filter(membership::Column::AccountId.eq(&s.account_id))
        .one(db)
        .await?;
    let a = account::Entity::find_by_id(s.account_id.clone())
        .one(db)
        .await?;
    let (Some(m), Some(a)) = (m, a) else {
        session::Entity::delete_by_id(hash).exec(db).await?;
        return Ok(None);
    };
    let role = Role::parse(&m.role);
    if u.status != "Active" || m.status != "Active" || a.status != "Active" || role.is_none() {
        session::Entity::delete_by_id(hash).exec(db).await?;
        return Ok(None);
    }
    let session = if now - s.last_seen_at > TOUCH_MS {
        let mut am: session::ActiveModel = s.into();
        am.last_seen_at = Set(now);
        am.update(db).await?
    } else {
        s
    };
    Ok(Some(Resolved {
        session,
        user: u,
        membership: m,
        account: a,
        role: role.unwrap_or(Role::Member),
    }))
}

pub async fn delete(db: &DatabaseConnection, id_hash: &str) -> Result<(), AppError> {
    session::Entity::delete_by_id(id_hash.to_string())
        .exec(db)
        .await?;
    Ok(())
}

/// Moves the session to another account of the same person, if they are an active member.
pub async fn switch_account(
    db: &DatabaseConnection,
    id_hash: &str,
    user_id: &str,
    account_id: &str,
) -> Result<(), AppError> {
    let active = membership::Entity::find()
        .filter(membership::Column::UserId.eq(user_id))
        .filter(membership::Column::AccountId.eq(account_id))
        .filter(membership::Column::Status.eq("Active"))
        .one(db)
        .await?;
    let account_active = account::Entity::find_by_id(account_id.to_string())
        .one(db)
        .await?
        .is_some_and(|a| a.status == "Active");
    if active.is_none() || !account_active {
        return Err(AppError::Forbidden);
    }
    let Some(s) = session::Entity::find_by_id(id_hash.to_string())
        .one(db)
        .await?
    else {
        return Err(AppError::Unauthenticated);
    };
    let mut am: session::ActiveModel = s.into();
    am.account_id = Set(account_id.into());
    am.update(db).await?;
    Ok(())
}

/// The accounts a person may switch between, most recently used first.
pub async fn memberships_of(
    db: &DatabaseConnection,
    user_id: &str,
) -> Result<Vec<MembershipSummary>, AppError> {
    let ms = membership::Entity::find()
        .filter(membership::Column::UserId.eq(user_id))
        .filter(membership::Column::Status.eq("Active"))
        .order_by_desc(membership::Column::LastLoginAt)
        .all(db)
        .await?;
    let ids: Vec<String> = ms.iter().map(|m| m.account_id.clone()).collect();
    let accounts = account::Entity::find()
        .filter(account::Column::Id.is_in(ids))
        .all(db)
        .await?;
    Ok(ms
        .into_iter()
        .filter_map(|m| {
            let a = accounts
                .iter()
                .find(|a| a.id == m.account_id && a.status == "Active")?;
            Some(MembershipSummary {
                account_id: a.id.clone(),
                account_name: a.name.clone(),
                role: Role::parse(&m.role)?,
            })
        })
        .collect())
}
