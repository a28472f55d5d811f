//! Where a person is signed in, across all their accounts, and signing out the others.
//!
//! Sessions are named by a handle, the first 16 hex characters of the id's hash: enough to
//! tell them apart, while the full hash (which finds the row) never leaves the server. Every
//! query is limited to the person's own sessions, so another person's handle finds nothing.

use crate::backend::clock::now_ms;
use crate::backend::entities::session;
use crate::backend::services::identity::person::{self, Me};
use crate::backend::services::identity::sessions::IDLE_MS;
use crate::error::AppError;
use crate::model::SessionRow;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};

pub const HANDLE_LEN: usize = 16;

pub fn handle_of(id_hash: &str) -> String {
    id_hash.chars().take(HANDLE_LEN).collect()
}

async fn live(db: &DatabaseConnection, user_id: &str) -> Result<Vec<session::Model>, AppError> {
    let now = now_ms();
    Ok(session::Entity::find()
        .filter(session::Column::UserId.eq(user_id))
        .filter(session::Column::ExpiresAt.gt(now))
        .filter(session::Column::LastSeenAt.gt(now - IDLE_MS))
        .order_by_desc(session::Column::LastSeenAt)
        .all(db)
        .await?)
}

/// The person's live sessions, the current one first, then the most recently used.
pub async fn list(me: &Me<'_>) -> Result<Vec<SessionRow>, AppError> {
    let mut rows: Vec<SessionRow> = live(me.db, me.user_id)
        .await?
        .into_iter()
        .map(|s| SessionRow {
            handle: handle_of(&s.id_hash),
            current: s.id_hash == me.session_hash,
            device: device(&s.user_agent),
            ip: s.ip,
            created_at: s.created_at,
            last_seen_at: s.last_seen_at,
        })
        .collect();
    rows.sort_by_key(|r| !r.current);
    Ok(rows)
}

/// Signs out one of the person's other sessions.
pub async fn sign_out_one(me: &Me<'_>, handle: &str) -> Result<(), AppError> {
    let handle = handle.trim().to_ascii_lowercase();
    if handle.len() != HANDLE_LEN || !handle.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(AppError::NotFound);
    }
    let mut found = live(me.db, me.user_id).await?;
    found.retain(|s| s.id_hash.starts_with(&handle));
    let [target] = found.as_slice() else {
        return Err(AppError::NotFound);
    };
    if target.id_hash == me.session_hash {
        return Err(AppError::BadRequest(
            "This is the session you are using. Sign out from the menu instead.".into(),
        ));
    }
    let u = person::reload(me.db, me.user_id).await?;
    let (tx, accounts) = person::begin(me.db, me.user_id, me.account_id).await?;
    let gone = session::Entity::delete_many()
        .filter(session::Column::IdHash.eq(&target.id_hash))
        .filter(session::Column::UserId.eq(me.user_id))
        .exec(&tx)
        .await?;
    if gone.rows_affected == 0 {
        tx.rollback().await?;
        return Err(AppError::NotFound);
    }
    let summary = format!(
        "Signed out a session: {}, {}",
        device(&target.user_agent),
        target.ip
    );
    let entry = person::entry(&u, "auth.session.revoke", summary, vec![]);
    person::append_all(&tx, &accounts, &u, me.client, entry).await?;
    tx.commit().await?;
    Ok(())
}

/// Signs out every session of the person but the one making the request.
pub async fn sign_out_others(me: &Me<'_>) -> Result<u64, AppError> {
    let u = person::reload(me.db, me.user_id).await?;
    let (tx, accounts) = person::begin(me.db, me.user_id, me.account_id).await?;
    let gone = session::Entity::delete_many()
        .filter(session::Column::UserId.eq(me.user_id))
        .filter(session::Column::IdHash.ne(me.session_hash))
        .exec(&tx)
        .await?
        .rows_affected;
    if gone == 0 {
        // Nothing changed, so nothing to record.
        tx.rollback().await?;
        return Ok(0);
    }
    let summary = format!("Signed out {gone} other session(s)");
    let entry = person::entry(&u, "auth.session.revoke", summary, vec![]);
    person::append_all(&tx, &accounts, &u, me.client, entry).await?;
    tx.commit().await?;
    Ok(gone)
}

/// "Firefox on Windows" from a user agent: just enough to recognise one's own devices.
pub fn device(user_agent: &str) -> String {
    let ua = user_agent;
    let has = |s: &str| ua.contains(s);
    // Order matters: Edge and Opera also say Chrome, Chrome also says Safari.
    let browser = if has("Edg/") || has("Edge/") {
        Some("Edge")
    } else if has("OPR/") || has("Opera") {
        Some("Opera")
    } else if has("Firefox/") || has("FxiOS/") {
        Some("Firefox")
    } else if has("Chrome/") || has("CriOS/") || has("Chromium/") {
        Some("Chrome")
    } else if has("Safari/") && has("Version/") {
        Some("Safari")
    } else {
        None
    };
    let os = if has("Windows") {
        Some("Windows")
    } else if has("Android") {
        Some("Android")
    } else if has("iPhone") || has("iPad") || has("iPod") {
        Some("iOS")
    } else if has("CrOS") {
        Some("ChromeOS")
    } else if has("Mac OS X") || has("Macintosh") {
        Some("macOS")
    } else if has("Linux") {
        Some("Linux")
    } else {
        None
    };
    match (browser, os) {
        (Some(b), Some(o)) => format!("{b} on {o}"),
        (Some(b), None) => b.to_string(),
        (None, Some(o)) => format!("Browser on {o}"),
        // A script or tool: its product name (curl/8.5 → curl) is the best description.
        (None, None) => {
            let product: String = ua
                .split(['/', ' '])
                .next()
                .unwrap_or_default()
                .chars()
                .filter(|c| c.is_ascii_graphic())
                .take(40)
                .collect();
            if product.is_empty() {
                "Unknown device".into()
            } else {
                product
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::device;

    #[test]
    fn devices_are_described_briefly() {
        let cases = [
            ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36", "Chrome on Linux"),
            ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0", "Edge on Windows"),
            ("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15", "Safari on macOS"),
            ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1", "Safari on iOS"),
            ("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36", "Chrome on Android"),
            ("Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0", "Firefox on Linux"),
            ("curl/8.5.0", "curl"),
            ("", "Unknown device"),
        ];
        for (ua, want) in cases {
            assert_eq!(device(ua), want, "{ua}");
        }
    }
}
