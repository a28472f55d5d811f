//! The Messages log of an account: newest first, keyset-paged on (created_at, id) over the
//! index `ix_messages_log`, filtered by status, category and text in recipient or subject.

use crate::backend::crypto::SecretKey;
use crate::backend::entities::message::{self, Column as C};
use crate::backend::services::search::{contains, trigram_candidates};
use crate::error::AppError;
use crate::model::{Category, MessageDetails, MessagePage, MessageQuery, MessageRow};
use sea_orm::sea_query::{Cond, Expr, Func};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

pub const STATUSES: [&str; 4] = ["Queued", "Sent", "Failed", "Discarded"];

fn category_name(key: &str) -> String {
    Category::parse(key).map_or_else(|| key.to_string(), |c| c.name().to_string())
}

fn bad(what: &str) -> AppError {
    AppError::BadRequest(format!("Unknown {what}."))
}

/// The cursor is `<created_at>.<id>` of the last row shown.
fn parse_cursor(raw: &str) -> Result<(i64, String), AppError> {
    let (at, id) = raw.split_once('.').ok_or_else(|| bad("page link"))?;
    Ok((at.parse().map_err(|_| bad("page link"))?, id.to_string()))
}

pub async fn list(
    db: &DatabaseConnection,
    account_id: &str,
    q: &MessageQuery,
) -> Result<MessagePage, AppError> {
    let limit = match q.limit {
        0 => 25,
        n => n.min(100) as usize,
    };
    let mut find = message::Entity::find().filter(C::AccountId.eq(account_id));
    if let Some(status) = q.status.as_deref().filter(|s| !s.is_empty()) {
        if !STATUSES.contains(&status) {
            return Err(bad("status"));
        }
        find = find.filter(C::Status.eq(status));
    }
    if let Some(key) = q.category.as_deref().filter(|s| !s.is_empty()) {
        let c = Category::parse(key).ok_or_else(|| bad("category"))?;
        find = find.filter(C::Category.eq(c.key()));
    }
    let search = q.search.as_deref().unwrap_or("").trim().to_lowercase();
    if !search.is_empty() {
        find = find.filter(
            Cond::any()
                .add(Expr::col(C::Recipient).like(contains(&search)))
                .add(Expr::expr(Func::lower(Expr::col(C::Subject))).like(contains(&search))),
        );
        // SQLite: the candidates from the trigram table (migration 9); the exact match stays.
        let cols = ["recipient", "subject"];
        let backend = db.get_database_backend();
        if let Some(c) = trigram_candidates(backend, "messages", "messages_search", &cols, &search)
        {
            find = find.filter(c);
        }
    }
    if let Some(raw) = q.after.as_deref().filter(|s| !s.is_empty()) {
        let (at, id) = parse_cursor(raw)?;
        // The first condition alone walks the index from the cursor on; the second one
        // breaks ties on the same millisecond (without it SQLite scans from the newest).
        find = find.filter(C::CreatedAt.lte(at)).filter(
            Cond::any()
                .add(C::CreatedAt.lt(at))
                .add(Cond::all().add(C::CreatedAt.eq(at)).add(C::Id.lt(id))),
        );
    }
    let rows = find
        .order_by_desc(C::CreatedAt)
        .order_by_desc(C::Id)
        .limit(limit as u64 + 1)
        .all(db)
        .await?;
    let next = (rows.len() > limit)
        .then(|| rows.get(limit - 1))
        .flatten()
        .map(|r| format!("{}.{}", r.created_at, r.id));
    Ok(MessagePage {
        rows: rows
            .into_iter()
            .take(limit)
            .map(|m| MessageRow {
                category: category_name(&m.category),
                id: m.id,
                created_at: m.created_at,
                recipient: m.recipient,
                subject: m.subject,
                status: m.status,
                attempts: m.attempts,
            })
            .collect(),
        next,
    })
}

/// One message of this account (another account's id is simply not found).
pub async fn details(
    db: &DatabaseConnection,
    key: &SecretKey,
    account_id: &str,
    id: &str,
) -> Result<MessageDetails, AppError> {
    let m = message::Entity::find_by_id(id.trim().to_string())
        .filter(C::AccountId.eq(account_id))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let body = key.decrypt(&m.body_enc).map(|b| mask_tokens(&b))?;
    Ok(MessageDetails {
        attachment: m
            .attachment
            .as_deref()
            .and_then(|a| a.strip_prefix("invoice:"))
            .map(crate::backend::services::billing::invoice_delivery::file_name),
        category: category_name(&m.category),
        next_attempt_at: (m.status == "Queued").then_some(m.next_attempt_at),
        id: m.id,
        created_at: m.created_at,
        recipient: m.recipient,
        subject: m.subject,
        status: m.status,
        attempts: m.attempts,
        body,
        language: m.language,
        status_reason: m.status_reason,
        sent_at: m.sent_at,
    })
}

/// Masks the value of every `token=` in the text: invitation, reset and preference links
/// belong to their recipient, not to whoever may read the log.
pub fn mask_tokens(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("token=") {
        out.push_str(&rest[..i + 6]);
        out.push_str("••••••••");
        let tail = &rest[i + 6..];
        let end = tail
            .find(|c: char| c.is_whitespace() || c == '&')
            .unwrap_or(tail.len());
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_every_token() {
        let t = "Accept:\nhttps://x/accept-invitation?token=abc_-1\n\nPrefs:\nhttps://x/p?token=e.f&x=1\n";
        let m = mask_tokens(t);
        assert!(!m.contains("abc_-1") && !m.contains("e.f"), "{m}");
        assert!(m.contains("accept-invitation?token=••••••••\n") && m.contains("&x=1"));
        assert_eq!(mask_tokens("no links"), "no links");
    }
}
