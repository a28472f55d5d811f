//! Forgotten passwords: a single-use link valid for one hour. The answer never says whether
//! the e-mail has an identity, and the mail is sent in the background so the response time
//! does not say it either.
//!
//! Requests are limited per e-mail (3 an hour) and per IP (20 an hour), counted for every
//! address whether it has an identity or not, so the limit is no oracle either. Only the
//! newest link of a person works: issuing one uses up the earlier ones. Links start with
//! `Config::link_base`, never with the request's Host header.

use crate::backend::clock::now_ms;
use crate::backend::crypto::{hash_password, random_token, sha256_hex};
use crate::backend::entities::{membership, password_reset, session, user};
use crate::backend::services::audit::{self, Actor, AuditEntry, ClientInfo};
use crate::backend::services::identity::throttle::{self, Policy};
use crate::backend::services::mail::mail_queue::{self, OutgoingMail};
use crate::backend::services::mail::mail_recipients::language_of;
use crate::backend::services::mail::mail_text;
use crate::backend::AppState;
use crate::error::AppError;
use crate::validation::{Email, Password};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

pub const VALID_MS: i64 = 3600 * 1000;

pub const PER_EMAIL: Policy = Policy {
    max_failures: 3,
    window_ms: 3_600_000,
    lock_ms: 3_600_000,
};
pub const PER_IP: Policy = Policy {
    max_failures: 20,
    window_ms: 3_600_000,
    lock_ms: 3_600_000,
};

pub async fn forgot(state: &AppState, email: &str, client: &ClientInfo) -> Result<(), AppError> {
    let email = Email::try_from(email).map_err(|e| AppError::field("email", e))?;
    let db = &state.db;
    let now = now_ms();
    let keys = [
        format!("forgot-email:{}", email.as_str()),
        format!("forgot-ip:{}", client.ip),
    ];
    throttle::check(db, &keys, now).await?;
    throttle::record_failure(db, &keys[0], PER_EMAIL, now).await?;
    throttle::record_failure(db, &keys[1], PER_IP, now).await?;
    let Some(u) =
        crate::backend::services::identity::users::find_by_email(db, email.as_str()).await?
    else {
        return Ok(());
    };
    if u.password_hash.is_empty() || u.status != "Active" {
        return Ok(());
    }
    // Only the newest link works: the earlier ones are used up now.
    password_reset::Entity::update_many()
        .col_expr(
            password_reset::Column::UsedAt,
            sea_orm::sea_query::Expr::value(now),
        )
        .filter(password_reset::Column::UserId.eq(&u.id))
        .filter(password_reset::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    let token = random_token();
    password_reset::ActiveModel {
        token_hash: Set(sha256_hex(&token)),
        user_id: Set(u.id.clone()),
        expires_at: Set(now_ms() + VALID_MS),
        used_at: Set(None),
    }
    .insert(&state.db)
    .await?;
    let state = state.clone();
    let url = format!("{}/reset-password?token={token}", state.config.link_base);
    // Queued in the background (a password reset belongs to no account) so the response
    // time does not say whether the e-mail has an identity.
    tokio::spawn(async move {
        let lang = language_of(Some(&u), None);
        let text = mail_text::password_reset(lang, &u.email, &url);
        let mail = OutgoingMail::personal(&u.id, lang, text);
        if let Err(e) = mail_queue::enqueue(&state, mail).await {
            tracing::error!(error = ?e, "could not queue a password reset e-mail");
        }
    });
    Ok(())
}

/// Sets the new password, uses up the link and signs the person out everywhere.
pub async fn reset(
    state: &AppState,
    token: &str,
    new_password: &str,
    client: &ClientInfo,
) -> Result<(), AppError> {
    let invalid =
        || AppError::BadRequest("This reset link is not valid any more. Ask for a new one.".into());
    let row = password_reset::Entity::find_by_id(sha256_hex(token))
        .one(&state.db)
        .await?
        .ok_or_else(invalid)?;
    if row.used_at.is_some() || row.expires_at < now_ms() {
        return Err(invalid());
    }
    let password = Password::try_from(new_password).map_err(|e| AppError::field("password", e))?;
    let hash = hash_password(password.expose().to_string()).await?;
    let u = user::Entity::find_by_id(row.user_id.clone())
        .one(&state.db)
        .await?
        .ok_or_else(invalid)?;
    let accounts: Vec<String> = membership::Entity::find()
        .filter(membership::Column::UserId.eq(&u.id))
        .all(&state.db)
        .await?
        .into_iter()
        .map(|m| m.account_id)
        .collect();
    let first = accounts.first().cloned().unwrap_or_default();
    let tx = audit::begin(&state.db, &first).await?;
    // Claim the link inside the transaction: a second use finds it used.
    let claimed = password_reset::Entity::update_many()
        .col_expr(
            password_reset::Column::UsedAt,
            sea_orm::sea_query::Expr::value(now_ms()),
        )
        .filter(password_reset::Column::TokenHash.eq(row.token_hash.clone()))
        .filter(password_reset::Column::UsedAt.is_null())
        .exec(&tx)
        .await?;
    if claimed.rows_affected != 1 {
        return Err(invalid());
    }
    let mut am: user::ActiveModel = u.clone().into();
    am.password_hash = Set(hash);
    am.updated_at = Set(now_ms());
    am.update(&tx).await?;
    session::Entity::delete_many()
        .filter(session::Column::UserId.eq(&u.id))
        .exec(&tx)
        .await?;

    let actor = Actor {
        kind: "user",
        id: u.id.clone(),
        name: u.email.clone(),
    };
    for account_id in &accounts {
        audit::append(
            &tx,
            account_id,
            &actor,
            client,
            AuditEntry {
                action: "auth.password.reset".into(),
                object_type: "user".into(),
                object_id: u.id.clone(),
                object_name: u.email.clone(),
                summary: "Reset the password with an e-mailed link".into(),
                changes: vec![audit::masked(
                    "password",
                    Some(String::new()),
                    Some(String::new()),
                )],
            },
        )
        .await?;
    }
    tx.commit().await?;
    // The owner proved the mailbox: a lock that wrong passwords put on the e-mail goes.
    throttle::clear(&state.db, &throttle::email_key(&u.email)).await?;
    Ok(())
}
