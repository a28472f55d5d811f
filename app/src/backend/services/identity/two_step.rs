//! Two-step verification: a TOTP code (see `totp`) or a recovery code after the password.
//!
//! Design:
//! - The secret must be read back to check codes, so it is encrypted at rest (AES-GCM with the
//!   server's `SecretKey`, like account passcodes), never hashed, and never leaves the server
//!   after set-up. Set-up stores it as *pending*; only a first valid code moves it to the
//!   confirmed column, so a half-finished set-up never locks anyone out.
//! - Ten recovery codes are made at confirmation and on request; they are shown once and only
//!   their SHA-256 is kept (`recovery_codes`). Each works once.
//! - Each TOTP code works once: the last accepted 30-second step is stored and a code of that
//!   step or an earlier one is refused. Accepting a code is a conditional update on that
//!   column, so two requests with the same code cannot both win.
//! - At sign-in, a correct password for such a person creates a challenge instead of a session
//!   (`sign_in_challenge`): random, stored as its hash, five minutes, five codes; wrong codes
//!   also count towards the sign-in throttle of the e-mail and the IP address.
//! - Turning it off or making new recovery codes needs the password again (and, to turn it
//!   off, a code); wrong passwords are throttled like sign-in. Every change is recorded in each
//!   account of the person, never with a secret or a code in the record.

use crate::backend::clock::now_ms;
use crate::backend::crypto::SecretKey;
use crate::backend::entities::user;
use crate::backend::services::audit::ClientInfo;
use crate::backend::services::identity::person::{self, Me};
use crate::backend::services::{identity::recovery_codes, identity::throttle, identity::totp};
use crate::error::AppError;
use crate::model::{AuditChange, RecoveryCodes, TwoStepSetup, TwoStepStatus};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
};

/// Which second factor answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Factor {
    Totp,
    RecoveryCode,
}

pub const ALREADY_ON: &str = "Two-step verification is already on.";
pub const NOT_ON: &str = "Two-step verification is not on.";
const SETUP_CODE: &str =
    "That code is not valid. Check that your phone's clock is right and enter the current code.";
const DISABLE_CODE: &str = "That code is not valid. Enter the current code, or a recovery code.";

fn switched(before: &str, after: &str) -> Vec<AuditChange> {
    vec![AuditChange {
        field: "two_step".into(),
        before: Some(before.into()),
        after: Some(after.into()),
    }]
}

fn secret_of(key: &SecretKey, stored: &str) -> Result<Vec<u8>, AppError> {
    totp::decode_secret(&key.decrypt(stored)?).ok_or_else(|| {
        tracing::error!("a stored two-step secret is not valid base32");
        AppError::Internal
    })
}

pub async fn status(db: &DatabaseConnection, user_id: &str) -> Result<TwoStepStatus, AppError> {
    let u = person::reload(db, user_id).await?;
    let enabled = u.totp_secret_enc.is_some();
    Ok(TwoStepStatus {
        enabled,
        enabled_at: u.totp_enabled_at.filter(|_| enabled),
        recovery_codes_left: if enabled {
            recovery_codes::unused(db, user_id).await?
        } else {
            0
        },
    })
}

/// Starts (or restarts) a set-up: a new pending secret, shown as a key and a QR code.
pub async fn begin(me: &Me<'_>, password: &str) -> Result<TwoStepSetup, AppError> {
    let u = person::reload(me.db, me.user_id).await?;
    person::confirm_password(me.db, &u, password, "password", me.client).await?;
    if u.totp_secret_enc.is_some() {
        return Err(AppError::BadRequest(ALREADY_ON.into()));
    }
    let secret = totp::generate_secret();
    let uri = totp::otpauth_uri(&secret, &u.email);
    let setup = TwoStepSetup {
        secret: totp::grouped(&secret),
        qr_svg: totp::qr_svg(&uri)?,
        otpauth_uri: uri,
    };
    user::Entity::update_many()
        .col_expr(
            user::Column::TotpPendingEnc,
            Expr::value(Some(me.key.encrypt(&secret)?)),
        )
        .filter(user::Column::Id.eq(me.user_id))
        .exec(me.db)
        .await?;
    Ok(setup)
}

/// The first valid code turns it on and returns the recovery codes, once.
pub async fn confirm(me: &Me<'_>, code: &str) -> Result<RecoveryCodes, AppError> {
    let u = person::reload(me.db, me.user_id).await?;
    if u.totp_secret_enc.is_some() {
        return Err(AppError::BadRequest(ALREADY_ON.into()));
    }
    let Some(pending) = u.totp_pending_enc.clone() else {
        return Err(AppError::BadRequest(
            "Start the set-up again: there is no key waiting for a code.".into(),
        ));
    };
    let secret = secret_of(me.key, &pending)?;
    let now = now_ms();
    let step = totp::verify(&secret, code, now, None)
        .ok_or_else(|| AppError::field("code", SETUP_CODE))?;
    let (tx, accounts) = person::begin(me.db, me.user_id, me.account_id).await?;
    // Only the set-up that was checked: a restarted set-up meanwhile makes this one void.
    let done = user::Entity::update_many()
        .col_expr(
            user::Column::TotpSecretEnc,
            Expr::value(Some(pending.clone())),
        )
        .col_expr(
            user::Column::TotpPendingEnc,
            Expr::value(Option::<String>::None),
        )
        .col_expr(user::Column::TotpEnabledAt, Expr::value(Some(now)))
        .col_expr(user::Column::TotpLastStep, Expr::value(Some(step)))
        .filter(user::Column::Id.eq(me.user_id))
        .filter(user::Column::TotpPendingEnc.eq(pending))
        .filter(user::Column::TotpSecretEnc.is_null())
        .exec(&tx)
        .await?;
    if done.rows_affected != 1 {
        tx.rollback().await?;
        return Err(AppError::Conflict(
            "The set-up changed meanwhile. Start it again.".into(),
        ));
    }
    let codes = recovery_codes::replace(&tx, me.user_id).await?;
    let entry = person::entry(
        &u,
        "auth.two_step.enable",
        "Turned on two-step verification".into(),
        switched("Off", "On"),
    );
    person::append_all(&tx, &accounts, &u, me.client, entry).await?;
    tx.commit().await?;
    Ok(RecoveryCodes { codes })
}

/// Turns it off: needs the password and a current code or a recovery code.
pub async fn disable(me: &Me<'_>, password: &str, code: &str) -> Result<TwoStepStatus, AppError> {
    let u = person::reload(me.db, me.user_id).await?;
    person::confirm_password(me.db, &u, password, "password", me.client).await?;
    if u.totp_secret_enc.is_none() {
        return Err(AppError::BadRequest(NOT_ON.into()));
    }
    if verify_second_factor(me.db, me.key, &u, code)
        .await?
        .is_none()
    {
        code_refused(me.db, &u, me.client).await?;
        return Err(AppError::field("code", DISABLE_CODE));
    }
    let (tx, accounts) = person::begin(me.db, me.user_id, me.account_id).await?;
    clear(&tx, me.user_id).await?;
    recovery_codes::remove_all(&tx, me.user_id).await?;
    let entry = person::entry(
        &u,
        "auth.two_step.disable",
        "Turned off two-step verification".into(),
        switched("On", "Off"),
    );
    person::append_all(&tx, &accounts, &u, me.client, entry).await?;
    tx.commit().await?;
    status(me.db, me.user_id).await
}

/// New recovery codes; the old ones stop working.
/// Forgets a person's two-step verification (confirmed and pending secret, last step): the
/// one way it is turned off, by the person or by an Admin's reset.
pub async fn clear<C: ConnectionTrait>(conn: &C, user_id: &str) -> Result<(), AppError> {
    user::Entity::update_many()
        .col_expr(
            user::Column::TotpSecretEnc,
            Expr::value(Option::<String>::None),
        )
        .col_expr(
            user::Column::TotpPendingEnc,
            Expr::value(Option::<String>::None),
        )
        .col_expr(
            user::Column::TotpEnabledAt,
            Expr::value(Option::<i64>::None),
        )
        .col_expr(user::Column::TotpLastStep, Expr::value(Option::<i64>::None))
        .filter(user::Column::Id.eq(user_id))
        .exec(conn)
        .await?;
    Ok(())
}

pub async fn regenerate(me: &Me<'_>, password: &str) -> Result<RecoveryCodes, AppError> {
    let u = person::reload(me.db, me.user_id).await?;
    person::confirm_password(me.db, &u, password, "password", me.client).await?;
    if u.totp_secret_enc.is_none() {
        return Err(AppError::BadRequest(NOT_ON.into()));
    }
    let (tx, accounts) = person::begin(me.db, me.user_id, me.account_id).await?;
    let codes = recovery_codes::replace(&tx, me.user_id).await?;
    let entry = person::entry(
        &u,
        "auth.two_step.recovery_regenerate",
        "Made new recovery codes; the previous ones no longer work".into(),
        vec![],
    );
    person::append_all(&tx, &accounts, &u, me.client, entry).await?;
    tx.commit().await?;
    Ok(RecoveryCodes { codes })
}

/// Checks a second factor of `person` (as just read): a TOTP code of a step later than the
/// last one accepted, or an unused recovery code. Either is used up when it passes.
pub async fn verify_second_factor<C: ConnectionTrait>(
    conn: &C,
    key: &SecretKey,
    person: &user::Model,
    code: &str,
) -> Result<Option<Factor>, AppError> {
    let Some(stored) = person.totp_secret_enc.as_deref() else {
        return Ok(None);
    };
    if totp::normalise_code(code).is_none() {
        let used = recovery_codes::consume(conn, &person.id, code).await?;
        return Ok(used.then_some(Factor::RecoveryCode));
    }
    let secret = secret_of(key, stored)?;
    let Some(step) = totp::verify(&secret, code, now_ms(), person.totp_last_step) else {
        return Ok(None);
    };
    // Wins only if no request accepted this step (or a later one) meanwhile.
    let accepted = user::Entity::update_many()
        .col_expr(user::Column::TotpLastStep, Expr::value(Some(step)))
        .filter(user::Column::Id.eq(&person.id))
        .filter(
            Condition::any()
                .add(user::Column::TotpLastStep.is_null())
                .add(user::Column::TotpLastStep.lt(step)),
        )
        .exec(conn)
        .await?;
    Ok((accepted.rows_affected == 1).then_some(Factor::Totp))
}

/// A wrong code counts like a wrong password towards the e-mail's and the address' locks.
pub async fn code_refused(
    db: &DatabaseConnection,
    person: &user::Model,
    client: &ClientInfo,
) -> Result<(), AppError> {
    let now = now_ms();
    throttle::record_failure(
        db,
        &throttle::email_key(&person.email),
        throttle::PER_EMAIL,
        now,
    )
    .await?;
    throttle::record_failure(db, &throttle::ip_key(&client.ip), throttle::PER_IP, now).await
}
