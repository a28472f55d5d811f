//! The step between a correct password and the two-step code (see `two_step` for the design).
//!
//! The browser gets 256 random bits; the table keeps their SHA-256. A challenge lives five
//! minutes and takes five codes: each try is claimed with a conditional update before the
//! code is checked, so parallel requests cannot get more tries than that.

use crate::backend::clock::now_ms;
use crate::backend::crypto::{random_token, sha256_hex, SecretKey};
use crate::backend::entities::{sign_in_challenge, user};
use crate::backend::services::audit::ClientInfo;
use crate::backend::services::identity::two_step::{self, Factor};
use crate::backend::services::{audit::audit_security, identity::person, identity::throttle};
use crate::error::AppError;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};

pub const VALID_MS: i64 = 5 * 60_000;
pub const MAX_ATTEMPTS: i32 = 5;
pub const WRONG_CODE: &str = "That code is not valid. Try the current one, or a recovery code.";
pub const SIGN_IN_AGAIN: &str = "Sign in again.";

fn dead() -> AppError {
    AppError::BadRequest(SIGN_IN_AGAIN.into())
}

/// Opens a challenge for `user_id` and returns its token (the only time it exists in clear).
pub async fn create(db: &DatabaseConnection, user_id: &str) -> Result<String, AppError> {
    let now = now_ms();
    // Sweep what has run out, so the table stays as small as the sign-ins in progress.
    sign_in_challenge::Entity::delete_many()
        .filter(sign_in_challenge::Column::ExpiresAt.lte(now))
        .exec(db)
        .await?;
    let token = random_token();
    sign_in_challenge::ActiveModel {
        id_hash: Set(sha256_hex(&token)),
        user_id: Set(user_id.into()),
        expires_at: Set(now + VALID_MS),
        attempts: Set(0),
        created_at: Set(now),
    }
    .insert(db)
    .await?;
    Ok(token)
}

async fn remove(db: &DatabaseConnection, id_hash: &str) -> Result<u64, AppError> {
    Ok(sign_in_challenge::Entity::delete_by_id(id_hash.to_string())
        .exec(db)
        .await?
        .rows_affected)
}

/// Answers a challenge with a TOTP or recovery code. On success the challenge is gone and
/// the person is returned, ready for a session.
pub async fn complete(
    db: &DatabaseConnection,
    key: &SecretKey,
    token: &str,
    code: &str,
    client: &ClientInfo,
) -> Result<(user::Model, Factor), AppError> {
    let id_hash = sha256_hex(token.trim());
    let Some(challenge) = sign_in_challenge::Entity::find_by_id(id_hash.clone())
        .one(db)
        .await?
    else {
        return Err(dead());
    };
    let now = now_ms();
    let person = match person::reload(db, &challenge.user_id).await {
        Ok(p) if p.status == "Active" && challenge.expires_at > now => p,
        _ => {
            remove(db, &id_hash).await?;
            return Err(dead());
        }
    };
    let keys = [
        throttle::email_key(&person.email),
        throttle::ip_key(&client.ip),
    ];
    throttle::check(db, &keys, now).await?;
    // Claim one try; i32 like the column, everywhere it is bound.
    let claimed = sign_in_challenge::Entity::update_many()
        .col_expr(
            sign_in_challenge::Column::Attempts,
            Expr::col(sign_in_challenge::Column::Attempts).add(1i32),
        )
        .filter(sign_in_challenge::Column::IdHash.eq(&id_hash))
        .filter(sign_in_challenge::Column::Attempts.lt(MAX_ATTEMPTS))
        .exec(db)
        .await?;
    if claimed.rows_affected != 1 {
        remove(db, &id_hash).await?;
        return Err(dead());
    }
    if let Some(factor) = two_step::verify_second_factor(db, key, &person, code).await? {
        // A parallel request that also passed may have finished first: one sign-in per challenge.
        if remove(db, &id_hash).await? != 1 {
            return Err(dead());
        }
        throttle::clear(db, &keys[0]).await?;
        return Ok((person, factor));
    }
    two_step::code_refused(db, &person, client).await?;
    let tries = sign_in_challenge::Entity::find_by_id(id_hash.clone())
        .one(db)
        .await?
        .map_or(MAX_ATTEMPTS, |c| c.attempts);
    if tries >= MAX_ATTEMPTS {
        remove(db, &id_hash).await?;
    }
    audit_security::sign_in_failed(db, &person, "wrong two-step code", client).await;
    Err(AppError::field("code", WRONG_CODE))
}
