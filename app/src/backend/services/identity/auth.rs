//! Sign-in and sign-out.
//!
//! An unknown e-mail and a wrong password get the same answer after the same work (a dummy
//! argon2 verification), so the form cannot be used to find out who has an identity here.
//! An IP that is locked costs the server nothing: it is refused before any hashing. A locked
//! e-mail still has its password checked, so that its owner can get through with the correct
//! password and an e-mailed unlock link (`sign_in_unlock`); the answer to a locked e-mail is
//! the same whatever the password, and wrong ones still count against the IP.
//! With two-step verification on, the password only opens a challenge (`sign_in_challenge`)
//! and the session comes with the code; a password alone never gives a session.

use crate::backend::clock::now_ms;
use crate::backend::crypto::{verify_password, SecretKey};
use crate::backend::entities::{account, membership, user};
use crate::backend::services::audit::{self, Actor, AuditEntry, ClientInfo};
use crate::backend::services::identity::throttle::{self, PER_EMAIL, PER_IP};
use crate::backend::services::identity::two_step::Factor;
use crate::backend::services::{
    audit::audit_security, identity::recovery_codes, identity::sessions,
    identity::sign_in_challenge, identity::sign_in_unlock,
};
use crate::backend::AppState;
use crate::error::AppError;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, Set,
};

pub const BAD_CREDENTIALS: &str = "The e-mail or password is incorrect.";

pub struct SignedIn {
    pub token: String,
    pub user: user::Model,
    pub account_id: String,
}

/// A correct password ends in a session, or, with two-step verification on, in a challenge
/// for the code.
pub enum SignInOutcome {
    SignedIn(Box<SignedIn>),
    SecondStep { challenge: String },
}

/// `unlock` is the token of an e-mailed unlock link, when the page was opened from one.
pub async fn sign_in(
    state: &AppState,
    email: &str,
    password: &str,
    unlock: Option<&str>,
    client: &ClientInfo,
) -> Result<SignInOutcome, AppError> {
    let db = &state.db;
    let email = email.trim().to_lowercase();
    let keys = [throttle::email_key(&email), throttle::ip_key(&client.ip)];
    throttle::check(db, std::slice::from_ref(&keys[1]), now_ms()).await?;
    let email_wait = throttle::wait_ms(db, &keys[0], now_ms()).await?;

    let found = user::Entity::find()
        .filter(user::Column::Email.eq(&email))
        .one(db)
        .await?;
    let stored = found
        .as_ref()
        .map(|u| u.password_hash.clone())
        .unwrap_or_else(|| state.dummy_hash.to_string());
    let password_ok = verify_password(password.to_string(), stored).await;
    if email_wait > 0 {
        let owner = found
            .as_ref()
            .filter(|u| password_ok && u.status == "Active");
        let unlocked = match (owner, unlock) {
            (Some(u), Some(token)) => sign_in_unlock::consume(db, token, &u.id).await?,
            _ => false,
        };
        if !unlocked {
            match owner {
                Some(u) => sign_in_unlock::offer(state, u).await?,
                None => throttle::record_failure(db, &keys[1], PER_IP, now_ms()).await?,
            }
            return Err(AppError::Throttled(throttle::seconds(email_wait)));
        }
        // The owner proved the password and the mailbox: the lock has served its purpose.
        throttle::clear(db, &keys[0]).await?;
    }
    let user = match found {
        Some(u) if password_ok && u.status == "Active" => u,
        other => {
            let now = now_ms();
            throttle::record_failure(db, &keys[0], PER_EMAIL, now).await?;
            throttle::record_failure(db, &keys[1], PER_IP, now).await?;
            // An unknown e-mail belongs to no account, so it only reaches the log.
            if let Some(person) = other {
                let reason = if password_ok {
                    "this person's sign-in is blocked"
                } else {
                    "wrong password"
                };
                audit_security::sign_in_failed(db, &person, reason, client).await;
            } else {
                tracing::info!(ip = %client.ip, "sign-in failed for an unknown e-mail");
            }
            return Err(AppError::BadRequest(BAD_CREDENTIALS.into()));
        }
    };
    let two_step = user.totp_secret_enc.is_some();
    // With two-step verification the e-mail's failures are kept until the code is right too;
    // otherwise signing in with the password again would reset the count of wrong codes.
    if !two_step {
        throttle::clear(db, &keys[0]).await?;
    }
    let membership = pick_membership(db, &user.id).await?;
    if two_step {
        // The password was right, but it is only the first step: no session yet.
        let challenge = sign_in_challenge::create(db, &user.id).await?;
        return Ok(SignInOutcome::SecondStep { challenge });
    }
    open_session(db, user, membership, client, "Signed in".into())
        .await
        .map(|signed| SignInOutcome::SignedIn(Box::new(signed)))
}

/// The second step: a challenge from [`sign_in`] and a TOTP or recovery code.
pub async fn sign_in_code(
    db: &DatabaseConnection,
    key: &SecretKey,
    challenge: &str,
    code: &str,
    client: &ClientInfo,
) -> Result<SignedIn, AppError> {
    let (user, factor) = sign_in_challenge::complete(db, key, challenge, code, client).await?;
    let membership = pick_membership(db, &user.id).await?;
    let summary = match factor {
        Factor::Totp => "Signed in with a two-step code".to_string(),
        Factor::RecoveryCode => format!(
            "Signed in with a recovery code ({} left)",
            recovery_codes::unused(db, &user.id).await?
        ),
    };
    open_session(db, user, membership, client, summary).await
}

/// The most recently used membership whose account is not disabled by the operator.
async fn pick_membership(
    db: &DatabaseConnection,
    user_id: &str,
) -> Result<membership::Model, AppError> {
    let memberships = membership::Entity::find()
        .filter(membership::Column::UserId.eq(user_id))
        .filter(membership::Column::Status.eq("Active"))
        .order_by_desc(membership::Column::LastLoginAt)
        .all(db)
        .await?;
    let active: Vec<String> = account::Entity::find()
        .filter(account::Column::Id.is_in(memberships.iter().map(|m| m.account_id.clone())))
        .filter(account::Column::Status.eq("Active"))
        .all(db)
        .await?
        .into_iter()
        .map(|a| a.id)
        .collect();
    memberships
        .into_iter()
        .find(|m| active.contains(&m.account_id))
        .ok_or_else(|| {
            AppError::BadRequest(
                "Your access to every account has been disabled. Ask an administrator.".into(),
            )
        })
}

async fn open_session(
    db: &DatabaseConnection,
    user: user::Model,
    membership: membership::Model,
    client: &ClientInfo,
    summary: String,
) -> Result<SignedIn, AppError> {
    let tx = audit::begin(db, &membership.account_id).await?;
    let token = sessions::create(
        &tx,
        &user.id,
        &membership.account_id,
        &client.ip,
        &client.user_agent,
    )
    .await?;
    let now = now_ms();
    let mut um: user::ActiveModel = user.clone().into();
    um.last_login_at = Set(Some(now));
    let user = um.update(&tx).await?;
    let mut mm: membership::ActiveModel = membership.clone().into();
    mm.last_login_at = Set(Some(now));
    mm.update(&tx).await?;
    audit::append(
        &tx,
        &membership.account_id,
        &actor_of(&user),
        client,
        AuditEntry {
            action: "auth.session.sign_in".into(),
            object_type: "user".into(),
            object_id: user.id.clone(),
            object_name: user.email.clone(),
            summary,
            changes: vec![],
        },
    )
    .await?;
    tx.commit().await?;
    Ok(SignedIn {
        token,
        user,
        account_id: membership.account_id,
    })
}

pub async fn sign_out(
    db: &DatabaseConnection,
    session_hash: &str,
    account_id: &str,
    user: &user::Model,
    client: &ClientInfo,
) -> Result<(), AppError> {
    let tx = audit::begin(db, account_id).await?;
    crate::backend::entities::session::Entity::delete_by_id(session_hash.to_string())
        .exec(&tx)
        .await?;
    audit::append(
        &tx,
        account_id,
        &actor_of(user),
        client,
        AuditEntry {
            action: "auth.session.sign_out".into(),
            object_type: "user".into(),
            object_id: user.id.clone(),
            object_name: user.email.clone(),
            summary: "Signed out".into(),
            changes: vec![],
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

pub fn actor_of(user: &user::Model) -> Actor {
    let name = format!("{} {}", user.first_name, user.last_name)
        .trim()
        .to_string();
    Actor {
        kind: "user",
        id: user.id.clone(),
        name: if name.is_empty() {
            user.email.clone()
        } else {
            name
        },
    }
}
