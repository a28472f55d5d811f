//! Every e-mail the console sends goes through this queue, which is also the Messages log.
//!
//! **Enqueue** (`enqueue`) decides at once what becomes of a mail and writes one `messages`
//! row either way: Discarded, with the reason, when its category is disabled or the person
//! opted out of a category the account does not require (User updates are always
//! delivered); Queued otherwise. The body gets the account's footer and a signed
//! preferences link, and is stored encrypted because it may carry one-time links. A Queued
//! row wakes this process's worker at once (`AppState::mail_wake`).
//!
//! **Delivery** (`drain_once`, run by the server's worker on every wake-up and every two
//! seconds) claims due rows one at a time with a conditional update that sets a lease
//! (`… WHERE id = ? AND status = 'Queued' AND (lease_until IS NULL OR lease_until < now)`):
//! of several processes, or two overlapping runs in one, exactly one gets `rows_affected =
//! 1` and sends. Success marks Sent; a temporary failure counts the attempt and schedules the
//! next one with exponential back-off (30 s, 1 min, 2 min, … capped at one hour); the 8th
//! failed attempt, or a permanent refusal, marks Failed. The raw SMTP error goes to the
//! server log only; the log row carries a generic reason.
//!
//! **Crashes and outages**: a message is committed before anyone is told it was sent, so
//! nothing is lost when a process dies or the SMTP server is down. A process that dies
//! between claim and mark leaves the lease to run out (5 minutes), after which another
//! worker retries. The guarantee is therefore *at least once*: if the process died after the
//! SMTP server accepted the message but before the row said Sent, it is sent again. Exactly
//! once is impossible across SMTP without the receiver's help; duplicates are limited to
//! that window, never to concurrency.

use crate::backend::clock::now_ms;
use crate::backend::entities::{account, membership, message, user};
use crate::backend::services::mail::mail_recipients::{language_of, wants};
use crate::backend::services::{
    mail::mail_text, mail::notification_link, mail::notification_settings as settings,
};
use crate::backend::AppState;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::ids::{self, IdKind};
use crate::model::Category;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

pub use crate::backend::services::mail::mail_delivery::{
    drain_at, drain_once, BATCH, MAX_ATTEMPTS,
};
pub use crate::backend::services::mail::mail_recipients::{resolve_recipients, Recipient};

/// Whom a mail is for: a known person (preferences and language apply) or a bare address.
#[derive(Debug, Clone)]
pub enum To {
    User(String),
    Email(String),
}

/// A mail to enqueue, its text already in the recipient's language (see `language_for`).
#[derive(Debug, Clone)]
pub struct OutgoingMail {
    /// None for mails of no account (a password reset).
    pub account_id: Option<String>,
    pub category: Category,
    pub to: To,
    pub subject: String,
    pub body: String,
    pub language: Lang,
}

impl OutgoingMail {
    /// A mail to one person about their own identity (a password reset, an unlock link): no
    /// account, always delivered, in their language.
    pub fn personal(
        user_id: &str,
        lang: Lang,
        text: crate::backend::services::mail::mail_text::Text,
    ) -> Self {
        OutgoingMail {
            account_id: None,
            category: Category::UserUpdates,
            to: To::User(user_id.to_string()),
            subject: text.subject,
            body: text.body,
            language: lang,
        }
    }
}

/// What `enqueue` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Enqueued {
    pub id: String,
    /// Queued or Discarded.
    pub status: &'static str,
}

/// The language to write to `user_id` in (their own, else the account's, else English).
pub async fn language_for(
    state: &AppState,
    user_id: &str,
    account_id: Option<&str>,
) -> Result<Lang, AppError> {
    let person = user::Entity::find_by_id(user_id.to_string())
        .one(&state.db)
        .await?;
    let account = match account_id {
        Some(id) => {
            account::Entity::find_by_id(id.to_string())
                .one(&state.db)
                .await?
        }
        None => None,
    };
    Ok(language_of(person.as_ref(), account.as_ref()))
}

pub async fn enqueue(state: &AppState, mail: OutgoingMail) -> Result<Enqueued, AppError> {
    enqueue_with(state, mail, None).await
}

/// `enqueue` with an attachment rendered when the mail is sent (`invoice:<number>`; see
/// `mail_delivery::attachment`), so the queue never stores the file.
pub async fn enqueue_with(
    state: &AppState,
    mail: OutgoingMail,
    attachment: Option<String>,
) -> Result<Enqueued, AppError> {
    let db = &state.db;
    let (user_id, email) = match &mail.to {
        To::User(id) => {
            let u = user::Entity::find_by_id(id.clone())
                .one(db)
                .await?
                .ok_or(AppError::NotFound)?;
            (Some(u.id), u.email)
        }
        To::Email(e) => {
            let u = crate::backend::services::identity::users::find_by_email(db, e).await?;
            (u.map(|u| u.id), e.trim().to_lowercase())
        }
    };
    let now = now_ms();
    let (mut body, mut sender_name, mut discarded) = (mail.body, None, None);
    if let Some(account_id) = &mail.account_id {
        let account = crate::backend::services::tenancy::accounts::find(db, account_id).await?;
        let (name, footer, _) = settings::sender(db, account_id).await?;
        discarded = discard_reason(state, account_id, mail.category, user_id.as_deref()).await?;
        let member = match &user_id {
            Some(uid) => is_member(state, uid, account_id).await?,
            None => false,
        };
        let link = match &user_id {
            Some(uid) if member => {
                let key = &state.config.secret_key;
                let token = notification_link::issue(key, uid, account_id, now);
                Some(notification_link::url(&state.config.link_base, &token))
            }
            _ => None,
        };
        let lang = mail.language;
        let end = mail_text::footer(lang, &account.name, &footer, link.as_deref(), member);
        body.push_str(&end);
        sender_name = Some(name);
    }
    let status = match discarded {
        None => "Queued",
        Some(_) => "Discarded",
    };
    let row = message::ActiveModel {
        id: Set(ids::generate(IdKind::Message)),
        account_id: Set(mail.account_id),
        category: Set(mail.category.key().into()),
        recipient: Set(email),
        user_id: Set(user_id),
        sender_name: Set(sender_name),
        subject: Set(mail.subject),
        body_enc: Set(state.config.secret_key.encrypt(&body)?),
        language: Set(mail.language.code().into()),
        status: Set(status.into()),
        status_reason: Set(discarded),
        attempts: Set(0),
        next_attempt_at: Set(now),
        lease_until: Set(None),
        lease_holder: Set(None),
        created_at: Set(now),
        sent_at: Set(None),
        attachment: Set(attachment),
    }
    .insert(db)
    .await?;
    if status == "Queued" {
        state.mail_wake.notify_one();
    }
    Ok(Enqueued { id: row.id, status })
}

/// Why a mail of `category` must not go out, if it must not: the category is switched off,
/// or the person opted out of a category the account does not require. User updates always
/// go.
async fn discard_reason(
    state: &AppState,
    account_id: &str,
    category: Category,
    user_id: Option<&str>,
) -> Result<Option<String>, AppError> {
    if !category.can_disable() {
        return Ok(None);
    }
    let cat = settings::category_state(&state.db, account_id, category).await?;
    if !cat.enabled {
        return Ok(Some(match cat.note.trim() {
            "" => "Category disabled".to_string(),
            note => format!("Category disabled: {note}"),
        }));
    }
    match user_id {
        Some(uid) if !cat.required && !wants(&state.db, uid, account_id, category).await? => {
            Ok(Some("Recipient opted out".into()))
        }
        _ => Ok(None),
    }
}

/// Only members get a preferences link (a removed person's mail has none).
async fn is_member(state: &AppState, user_id: &str, account_id: &str) -> Result<bool, AppError> {
    Ok(membership::Entity::find()
        .filter(membership::Column::AccountId.eq(account_id))
        .filter(membership::Column::UserId.eq(user_id))
        .one(&state.db)
        .await?
        .is_some())
}
