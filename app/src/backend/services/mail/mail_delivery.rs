//! The queue's worker side: claim due messages with a lease, send, mark. The design and its
//! guarantees are described in `mail_queue.rs`.

use crate::backend::clock::now_ms;
use crate::backend::entities::message::{self, Column as C};
use crate::backend::mail::{Mail, SendError};
use crate::backend::AppState;
use crate::error::AppError;
use sea_orm::sea_query::{Cond, Expr};
use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect, UpdateMany,
};

/// At most this many messages per pass; the worker runs again at once when a pass was full.
pub const BATCH: usize = 20;
/// Attempts before a message is marked Failed.
pub const MAX_ATTEMPTS: i32 = 8;
/// Longer than an SMTP send can take (lettre gives up after 60 s), so a live worker never
/// loses its claim; short enough that a crashed one's messages go out soon after.
const LEASE_MS: i64 = 5 * 60_000;
const FIRST_RETRY_MS: i64 = 30_000;
const MAX_RETRY_MS: i64 = 3_600_000;

/// The wait after the `attempts`-th failed attempt: 30 s, 1 min, 2 min, … at most 1 h.
pub fn backoff_ms(attempts: i32) -> i64 {
    let doublings = attempts.clamp(1, 20) - 1;
    (FIRST_RETRY_MS << doublings).min(MAX_RETRY_MS)
}

/// One pass at the current time; returns how many messages it attempted.
pub async fn drain_once(state: &AppState) -> Result<usize, AppError> {
    drain_at(state, now_ms()).await
}

/// One pass as if the clock said `now` (the tests move it to reach retries).
pub async fn drain_at(state: &AppState, now: i64) -> Result<usize, AppError> {
    let db = &state.db;
    let holder = crate::backend::services::jobs::holder_name();
    let due = message::Entity::find()
        .filter(C::Status.eq("Queued"))
        .filter(C::NextAttemptAt.lte(now))
        .filter(free(now))
        .order_by_asc(C::NextAttemptAt)
        .limit(BATCH as u64)
        .all(db)
        .await?;
    let mut attempted = 0;
    for m in due {
        if claim(db, &m.id, &holder, now).await? {
            deliver(state, m, &holder, now).await?;
            attempted += 1;
        }
    }
    Ok(attempted)
}

/// Not held by a worker, or held by one whose lease ran out.
fn free(now: i64) -> Cond {
    Cond::any()
        .add(C::LeaseUntil.is_null())
        .add(C::LeaseUntil.lt(now))
}

/// The conditional update that makes one worker, and only one, the sender of a message.
async fn claim(
    db: &DatabaseConnection,
    id: &str,
    holder: &str,
    now: i64,
) -> Result<bool, AppError> {
    let res = message::Entity::update_many()
        .col_expr(C::LeaseUntil, Expr::value(now + LEASE_MS))
        .col_expr(C::LeaseHolder, Expr::value(holder))
        .filter(C::Id.eq(id))
        .filter(C::Status.eq("Queued"))
        // Still due: another worker may have tried it meanwhile and scheduled a retry.
        .filter(C::NextAttemptAt.lte(now))
        .filter(free(now))
        .exec(db)
        .await?;
    Ok(res.rows_affected == 1)
}

async fn deliver(
    state: &AppState,
    m: message::Model,
    holder: &str,
    now: i64,
) -> Result<(), AppError> {
    // Real passes take time; a test's clock may be ahead of the real one.
    let at = || now.max(now_ms());
    let body = match state.config.secret_key.decrypt(&m.body_enc) {
        Ok(b) => b,
        Err(_) => {
            let reason = Some("The message could not be read.");
            return exec(&state.db, release(&m.id, holder, "Failed", reason)).await;
        }
    };
    let attachment = match attachment(state, &m).await {
        Ok(a) => a,
        Err(e) => {
            tracing::error!(message = %m.id, error = ?e, "an e-mail's attachment could not be made");
            let reason = Some("The attachment could not be made.");
            return exec(&state.db, release(&m.id, holder, "Failed", reason)).await;
        }
    };
    let mail = Mail {
        to: m.recipient.clone(),
        from_name: m.sender_name.clone(),
        subject: m.subject.clone(),
        body,
        attachment,
    };
    let attempts = m.attempts + 1;
    let update = match state.mailer.send(mail).await {
        Ok(()) => release(&m.id, holder, "Sent", None).col_expr(C::SentAt, Expr::value(at())),
        Err(SendError::Permanent(detail)) => {
            tracing::warn!(message = %m.id, error = %detail, "an e-mail was refused for good");
            release(
                &m.id,
                holder,
                "Failed",
                Some("The address or the mail server refused the message."),
            )
        }
        Err(SendError::Transient(detail)) if attempts >= MAX_ATTEMPTS => {
            tracing::warn!(message = %m.id, attempts, error = %detail, "an e-mail failed for the last time");
            let reason = format!("Delivery failed {MAX_ATTEMPTS} times; giving up.");
            release(&m.id, holder, "Failed", Some(&reason))
        }
        Err(SendError::Transient(detail)) => {
            tracing::warn!(message = %m.id, attempts, error = %detail, "sending an e-mail failed; will retry");
            release(&m.id, holder, "Queued", Some("Delivery failed; retrying."))
                .col_expr(C::NextAttemptAt, Expr::value(at() + backoff_ms(attempts)))
        }
    };
    exec(
        &state.db,
        update.col_expr(C::Attempts, Expr::value(attempts)),
    )
    .await
}

/// The file a message carries, rendered now (`invoice:<number>`: that invoice's PDF in the
/// message's language). Only invoices of the message's own account.
async fn attachment(
    state: &AppState,
    m: &message::Model,
) -> Result<Option<(String, String, Vec<u8>)>, AppError> {
    let Some(spec) = m.attachment.as_deref() else {
        return Ok(None);
    };
    let (Some(number), Some(account_id)) = (spec.strip_prefix("invoice:"), &m.account_id) else {
        return Err(AppError::Internal);
    };
    let lang = crate::i18n::Lang::parse(&m.language).unwrap_or_default();
    let bytes = crate::backend::services::billing::invoice_delivery::pdf(
        &state.db, account_id, number, lang,
    )
    .await?;
    Ok(Some((
        crate::backend::services::billing::invoice_delivery::file_name(number),
        "application/pdf".into(),
        bytes,
    )))
}

/// Gives the lease back with the new status. Guarded by the holder: a worker whose lease
/// ran out (and was taken over) must not overwrite what the new holder records.
fn release(
    id: &str,
    holder: &str,
    status: &str,
    reason: Option<&str>,
) -> UpdateMany<message::Entity> {
    message::Entity::update_many()
        .col_expr(C::Status, Expr::value(status))
        .col_expr(C::StatusReason, Expr::value(reason.map(String::from)))
        .col_expr(C::LeaseUntil, Expr::value(Option::<i64>::None))
        .col_expr(C::LeaseHolder, Expr::value(Option::<String>::None))
        .filter(C::Id.eq(id))
        .filter(C::LeaseHolder.eq(holder))
}

async fn exec(
    db: &DatabaseConnection,
    update: UpdateMany<message::Entity>,
) -> Result<(), AppError> {
    update.exec(db).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_caps() {
        assert_eq!(backoff_ms(1), 30_000);
        assert_eq!(backoff_ms(2), 60_000);
        assert_eq!(backoff_ms(7), 1_920_000);
        assert_eq!(backoff_ms(8), 3_600_000);
        assert_eq!(backoff_ms(100), 3_600_000);
    }
}
