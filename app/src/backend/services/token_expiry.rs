//! The API token expiry reminders: 7 days before a token expires and again once it has, its
//! creator gets an e-mail naming it.
//!
//! Safe with several server processes: a run first takes the `api_token_expiry` lease in
//! `job_leases` (an upsert that only succeeds when the previous lease has run out), and each
//! reminder is then claimed with a conditional update (`… WHERE expiry_warned_at IS NULL`),
//! so even two overlapping runs cannot send one reminder twice. A send that fails gives the
//! claim back, so the next run tries again.

use crate::backend::entities::{api_token, job_lease, user};
use crate::backend::mail::Mail;
use crate::backend::AppState;
use crate::error::AppError;
use crate::validation::DAY_MS;
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

pub const WARN_BEFORE_MS: i64 = 7 * DAY_MS;
const LEASE: &str = "api_token_expiry";
const LEASE_MS: i64 = 5 * 60_000;

/// Takes the named lease for `holder` if it is free or has run out; true when taken.
pub async fn take_lease(
    db: &DatabaseConnection,
    name: &str,
    holder: &str,
    now: i64,
    ms: i64,
) -> Result<bool, AppError> {
    let row = job_lease::ActiveModel {
        name: sea_orm::Set(name.into()),
        holder: sea_orm::Set(holder.into()),
        lease_until: sea_orm::Set(now + ms),
    };
    let done = job_lease::Entity::insert(row)
        .on_conflict(
            OnConflict::column(job_lease::Column::Name)
                .update_columns([job_lease::Column::Holder, job_lease::Column::LeaseUntil])
                .action_and_where(
                    Expr::col((job_lease::Entity, job_lease::Column::LeaseUntil))
                        .lt(now)
                        .or(Expr::col((job_lease::Entity, job_lease::Column::Holder)).eq(holder)),
                )
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    Ok(done == 1)
}

pub async fn release_lease(
    db: &DatabaseConnection,
    name: &str,
    holder: &str,
) -> Result<(), AppError> {
    job_lease::Entity::delete_many()
        .filter(job_lease::Column::Name.eq(name))
        .filter(job_lease::Column::Holder.eq(holder))
        .exec(db)
        .await?;
    Ok(())
}

#[derive(Debug, Default, PartialEq, Eq)]
pub struct RunReport {
    pub ran: bool,
    pub warned: u32,
    pub expired: u32,
}

fn day(ms: i64) -> String {
    crate::util::format_day(ms)
}

/// One pass over due tokens (the server calls this every minute).
pub async fn run_once(state: &AppState, holder: &str, now: i64) -> Result<RunReport, AppError> {
    let db = &state.db;
    if !take_lease(db, LEASE, holder, now, LEASE_MS).await? {
        return Ok(RunReport::default());
    }
    let mut report = RunReport {
        ran: true,
        ..RunReport::default()
    };
    use api_token::Column as C;
    let soon = api_token::Entity::find()
        .filter(C::Status.eq("Active"))
        .filter(C::ExpiresAt.gt(now))
        .filter(C::ExpiresAt.lte(now + WARN_BEFORE_MS))
        .filter(C::ExpiryWarnedAt.is_null())
        .all(db)
        .await?;
    for t in soon {
        let subject = format!("API token “{}” expires on {}", t.name, day(t.expires_at));
        let body = format!(
            "The API token “{}” ({}) of your account expires on {} (UTC).\n\nRequests made with it will then be refused. Create a new token on the API tokens page and replace it wherever it is used.\n",
            t.name,
            t.id,
            crate::util::format_utc(t.expires_at)
        );
        if notify(state, &t, C::ExpiryWarnedAt, now, subject, body).await? {
            report.warned += 1;
        }
    }
    let ended = api_token::Entity::find()
        .filter(C::Status.eq("Active"))
        .filter(C::ExpiresAt.lte(now))
        .filter(C::ExpiredNotifiedAt.is_null())
        .all(db)
        .await?;
    for t in ended {
        let subject = format!("API token “{}” has expired", t.name);
        let body = format!(
            "The API token “{}” ({}) of your account expired on {} (UTC). Requests made with it are refused.\n\nCreate a new token on the API tokens page if it is still needed.\n",
            t.name,
            t.id,
            crate::util::format_utc(t.expires_at)
        );
        if notify(state, &t, C::ExpiredNotifiedAt, now, subject, body).await? {
            report.expired += 1;
        }
    }
    super::api_auth::RateLimiter::purge(db, now).await?;
    release_lease(db, LEASE, holder).await?;
    Ok(report)
}

async fn notify(
    state: &AppState,
    t: &api_token::Model,
    flag: api_token::Column,
    now: i64,
    subject: String,
    body: String,
) -> Result<bool, AppError> {
    let claimed = api_token::Entity::update_many()
        .col_expr(flag, Expr::value(now))
        .filter(api_token::Column::Id.eq(&t.id))
        .filter(flag.is_null())
        .exec(&state.db)
        .await?
        .rows_affected
        == 1;
    if !claimed {
        return Ok(false);
    }
    let Some(creator) = user::Entity::find_by_id(t.creator_user_id.clone())
        .one(&state.db)
        .await?
    else {
        return Ok(false);
    };
    let mail = Mail {
        to: creator.email,
        subject,
        body,
    };
    if state.mailer.send(mail).await.is_err() {
        api_token::Entity::update_many()
            .col_expr(flag, Expr::value(Option::<i64>::None))
            .filter(api_token::Column::Id.eq(&t.id))
            .exec(&state.db)
            .await?;
        return Ok(false);
    }
    Ok(true)
}

/// A holder name that differs between processes and restarts.
pub fn holder_name() -> String {
    format!(
        "{}-{}",
        std::process::id(),
        crate::backend::crypto::random_secret(8)
    )
}
