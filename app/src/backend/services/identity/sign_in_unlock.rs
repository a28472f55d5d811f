//! Signing in past a lock on one's own e-mail.
//!
//! Design: wrong passwords lock an e-mail for a while (`throttle`), which would let anyone keep
//! an Admin out by typing bad passwords for their address. The lock stays, but while it holds
//! the correct password e-mails the address a link (30 minutes, once) that lets its owner
//! sign in with the password again despite the lock. The answer to a locked sign-in is the
//! same whether the password was right or not (so the lock is no oracle for guessing), and a
//! wrong password during the lock still counts against the caller's IP. At most one link is
//! mailed per person every ten minutes. Only the SHA-256 of a link's token is stored.

use crate::backend::clock::now_ms;
use crate::backend::crypto::{random_token, sha256_hex};
use crate::backend::entities::{sign_in_unlock, user};
use crate::backend::services::mail::mail_queue::{self, OutgoingMail};
use crate::backend::services::mail::mail_recipients::language_of;
use crate::backend::services::mail::mail_text;
use crate::backend::AppState;
use crate::error::AppError;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};

pub const VALID_MS: i64 = 30 * 60_000;
/// No second link within this time of the last one.
pub const RESEND_AFTER_MS: i64 = 10 * 60_000;

/// E-mails `u` an unlock link unless one went out in the last ten minutes.
pub async fn offer(state: &AppState, u: &user::Model) -> Result<(), AppError> {
    let db = &state.db;
    let now = now_ms();
    sign_in_unlock::Entity::delete_many()
        .filter(sign_in_unlock::Column::ExpiresAt.lte(now))
        .exec(db)
        .await?;
    let recent = sign_in_unlock::Entity::find()
        .filter(sign_in_unlock::Column::UserId.eq(&u.id))
        .filter(sign_in_unlock::Column::CreatedAt.gt(now - RESEND_AFTER_MS))
        .one(db)
        .await?;
    if recent.is_some() {
        return Ok(());
    }
    let token = random_token();
    sign_in_unlock::ActiveModel {
        token_hash: Set(sha256_hex(&token)),
        user_id: Set(u.id.clone()),
        expires_at: Set(now + VALID_MS),
        used_at: Set(None),
        created_at: Set(now),
    }
    .insert(db)
    .await?;
    let url = format!("{}/sign-in?unlock={token}", state.config.link_base);
    let lang = language_of(Some(u), None);
    let text = mail_text::sign_in_unlock(lang, &u.email, &url);
    mail_queue::enqueue(state, OutgoingMail::personal(&u.id, lang, text)).await?;
    Ok(())
}

/// Uses up `token` if it is a live unlock link of `user_id`; true when it was.
pub async fn consume(
    db: &DatabaseConnection,
    token: &str,
    user_id: &str,
) -> Result<bool, AppError> {
    let now = now_ms();
    let used = sign_in_unlock::Entity::update_many()
        .col_expr(sign_in_unlock::Column::UsedAt, Expr::value(now))
        .filter(sign_in_unlock::Column::TokenHash.eq(sha256_hex(token)))
        .filter(sign_in_unlock::Column::UserId.eq(user_id))
        .filter(sign_in_unlock::Column::UsedAt.is_null())
        .filter(sign_in_unlock::Column::ExpiresAt.gt(now))
        .exec(db)
        .await?;
    Ok(used.rows_affected == 1)
}
