//! The e-mail footer's "manage your preferences" link: a person opens it without signing in.
//!
//! Design: the token is stateless, `base64url(user_id|account_id|expires_ms)` + `.` +
//! `base64url(HMAC-SHA256)` under the server's `SecretKey` with its own purpose string, so
//! nothing is stored per mail and any server process can check it. It lasts 30 days and is
//! compared in constant time. What it opens is deliberately small: one person's
//! notification preferences in one account, never a session; the worst a leaked link does is
//! change which optional mails that person receives (never User updates or what the account
//! requires). Rotating `SECRET_KEY` invalidates every link sent. The Messages log masks the
//! token, so people who may read the log cannot use a colleague's link.

use crate::backend::crypto::SecretKey;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

pub const VALID_MS: i64 = 30 * 24 * 3600 * 1000;
const PURPOSE: &str = "notification-preferences-link";

pub fn issue(key: &SecretKey, user_id: &str, account_id: &str, now: i64) -> String {
    let payload = format!("{user_id}|{account_id}|{}", now + VALID_MS);
    let mac = key.sign(PURPOSE, payload.as_bytes());
    format!(
        "{}.{}",
        URL_SAFE_NO_PAD.encode(payload.as_bytes()),
        URL_SAFE_NO_PAD.encode(mac)
    )
}

/// The page a link opens, with its token.
pub fn url(base_url: &str, token: &str) -> String {
    format!(
        "{}/notification-preferences?token={token}",
        base_url.trim_end_matches('/')
    )
}

/// (user id, account id) when the token was made by this server and has not expired.
pub fn verify(key: &SecretKey, token: &str, now: i64) -> Option<(String, String)> {
    let (payload, mac) = token.trim().split_once('.')?;
    let payload = URL_SAFE_NO_PAD.decode(payload).ok()?;
    let mac = URL_SAFE_NO_PAD.decode(mac).ok()?;
    if !key.verify(PURPOSE, &payload, &mac) {
        return None;
    }
    let text = String::from_utf8(payload).ok()?;
    let mut parts = text.split('|');
    let (user, account, expires) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || expires.parse::<i64>().ok()? <= now {
        return None;
    }
    Some((user.to_string(), account.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_expiry_and_tampering() {
        let key = SecretKey::generate();
        let t = issue(&key, "USR-1111-2222", "ACC-3333-4444", 1_000);
        let ok = Some(("USR-1111-2222".to_string(), "ACC-3333-4444".to_string()));
        assert_eq!(verify(&key, &t, 1_000), ok);
        assert_eq!(verify(&key, &t, 1_000 + VALID_MS - 1), ok);
        assert_eq!(verify(&key, &t, 1_000 + VALID_MS), None);
        assert_eq!(verify(&SecretKey::generate(), &t, 1_000), None);
        // Another account in the payload, the MAC kept: refused.
        let (_, mac) = t.split_once('.').unwrap();
        let forged =
            URL_SAFE_NO_PAD.encode(format!("USR-1111-2222|ACC-9999-9999|{}", 1_000 + VALID_MS));
        assert_eq!(verify(&key, &format!("{forged}.{mac}"), 1_000), None);
        assert_eq!(verify(&key, "junk", 1_000), None);
        assert_eq!(verify(&key, "a.b", 1_000), None);
        assert!(url("https://x.test/", &t)
            .starts_with("https://x.test/notification-preferences?token="));
    }
}
