//! The API token expiry reminders: 7 days before a token expires and again once it has, its
//! creator and the recipients of the account's "Account" notifications get an e-mail naming
//! it (through the mail queue, so the category's switch and people's preferences apply).
//!
//! Safe with several server processes: a run first takes the `api_token_expiry` lease in
//! `job_leases` (an upsert that only succeeds when the previous lease has run out), and each
//! reminder is then claimed with a conditional update (`… WHERE expiry_warned_at IS NULL`),
//! so even two overlapping runs cannot send one reminder twice. A send that fails gives the
//! claim back, so the next run tries again.

use crate::backend::entities::{api_token, user};
use crate::backend::services::jobs::{release_lease, take_lease};
use crate::backend::services::mail::mail_queue::{
    self, resolve_recipients, OutgoingMail, Recipient, To,
};
use crate::backend::services::mail::mail_recipients::language_of;
use crate::backend::services::mail::mail_text::{self, TokenFacts};
use crate::backend::AppState;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::model::Category;
use crate::validation::DAY_MS;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

pub const WARN_BEFORE_MS: i64 = 7 * DAY_MS;
const LEASE: &str = "api_token_expiry";
const LEASE_MS: i64 = 5 * 60_000;

#[derive(Debug, Default, PartialEq, Eq)]
pub struct RunReport {
    pub ran: bool,
    pub warned: u32,
    pub expired: u32,
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
        if notify(state, &t, C::ExpiryWarnedAt, now, mail_text::token_expiring).await? {
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
        if notify(
            state,
            &t,
            C::ExpiredNotifiedAt,
            now,
            mail_text::token_expired,
        )
        .await?
        {
            report.expired += 1;
        }
    }
    crate::backend::services::tokens::api_auth::RateLimiter::purge(db, now).await?;
    release_lease(db, LEASE, holder).await?;
    Ok(report)
}

/// Claims the reminder, then queues it (category Account) to the token's creator and the
/// category's recipients, each once and in their own language. When queueing fails the claim
/// is given back, so the next run tries again.
async fn notify(
    state: &AppState,
    t: &api_token::Model,
    flag: api_token::Column,
    now: i64,
    write: fn(Lang, &TokenFacts<'_>) -> mail_text::Text,
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
    if let Err(e) = queue_reminders(state, t, write).await {
        tracing::warn!(error = ?e, token = %t.id, "could not queue a token reminder");
        api_token::Entity::update_many()
            .col_expr(flag, Expr::value(Option::<i64>::None))
            .filter(api_token::Column::Id.eq(&t.id))
            .exec(&state.db)
            .await?;
        return Ok(false);
    }
    Ok(true)
}

async fn queue_reminders(
    state: &AppState,
    t: &api_token::Model,
    write: fn(Lang, &TokenFacts<'_>) -> mail_text::Text,
) -> Result<(), AppError> {
    let db = &state.db;
    let account = crate::backend::services::tenancy::accounts::find(db, &t.account_id).await?;
    let mut to = resolve_recipients(db, &t.account_id, Category::Account).await?;
    if let Some(creator) = user::Entity::find_by_id(t.creator_user_id.clone())
        .one(db)
        .await?
    {
        if !to.iter().any(|r| r.user_id == creator.id) {
            to.insert(
                0,
                Recipient {
                    language: language_of(Some(&creator), Some(&account)),
                    user_id: creator.id,
                    email: creator.email,
                },
            );
        }
    }
    let facts = TokenFacts {
        name: &t.name,
        id: &t.id,
        account: &account.name,
        expires_at: t.expires_at,
    };
    for r in to {
        let text = write(r.language, &facts);
        let mail = OutgoingMail {
            account_id: Some(t.account_id.clone()),
            category: Category::Account,
            to: To::User(r.user_id),
            subject: text.subject,
            body: text.body,
            language: r.language,
        };
        mail_queue::enqueue(state, mail).await?;
    }
    Ok(())
}
