//! The Notifications settings forms: sender name and footer, and one category.

use super::text::BoundedText;
use crate::error::FieldErrors;
use crate::model::Category;

pub const MAX_SENDER_NAME: usize = 80;
pub const MAX_FOOTER: usize = 1000;
pub const MAX_NOTE: usize = 500;

/// Sender name (1–80 characters, one line) and footer (at most 1,000 characters).
pub fn check_mail_settings(
    sender_name: &str,
    footer: &str,
) -> Result<(String, String), FieldErrors> {
    let mut errors = FieldErrors::new();
    let name = BoundedText::parse(sender_name, "sender name", MAX_SENDER_NAME, true)
        .and_then(|t| {
            let t = t.into_string();
            if t.contains(['\n', '\r', '\t']) {
                Err("The sender name must be on one line.".into())
            } else {
                Ok(t)
            }
        })
        .map_err(|e| errors.insert("sender_name".into(), e))
        .ok();
    let footer = BoundedText::parse(footer, "footer", MAX_FOOTER, false)
        .map(BoundedText::into_string)
        .map_err(|e| errors.insert("footer".into(), e))
        .ok();
    match (name, footer) {
        (Some(n), Some(f)) if errors.is_empty() => Ok((n, f)),
        _ => Err(errors),
    }
}

/// A category's form: a disabled User updates and an over-long note are refused.
pub fn check_category(
    category: Category,
    enabled: bool,
    note: &str,
) -> Result<String, FieldErrors> {
    let mut errors = FieldErrors::new();
    if !enabled && !category.can_disable() {
        errors.insert(
            "enabled".into(),
            "User updates (invitations, removals, password resets) cannot be disabled.".into(),
        );
    }
    let note = BoundedText::parse(note, "note", MAX_NOTE, false)
        .map(BoundedText::into_string)
        .map_err(|e| errors.insert("note".into(), e))
        .ok();
    match note {
        Some(n) if errors.is_empty() => Ok(n),
        _ => Err(errors),
    }
}

/// `user:USR-…` or `group:UGR-…` as (kind, id); the ids' shapes are checked, not existence.
pub fn parse_recipient(raw: &str) -> Option<(&'static str, String)> {
    use crate::ids::{is_valid, IdKind};
    let (kind, id) = raw.trim().split_once(':')?;
    match kind {
        "user" if is_valid(IdKind::User, id) => Some(("user", id.to_string())),
        "group" if is_valid(IdKind::Group, id) => Some(("group", id.to_string())),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_bounds() {
        assert!(check_mail_settings("Acme", "").is_ok());
        assert!(check_mail_settings(" ", "")
            .unwrap_err()
            .contains_key("sender_name"));
        assert!(check_mail_settings(&"x".repeat(81), "")
            .unwrap_err()
            .contains_key("sender_name"));
        assert!(check_mail_settings("A\nB", "")
            .unwrap_err()
            .contains_key("sender_name"));
        let e = check_mail_settings("Acme", &"y".repeat(1001)).unwrap_err();
        assert!(e.contains_key("footer") && !e.contains_key("sender_name"));
        assert!(check_mail_settings("Acme", &"y\n".repeat(400)).is_ok());
    }

    #[test]
    fn user_updates_stay_on() {
        assert!(check_category(Category::UserUpdates, false, "")
            .unwrap_err()
            .contains_key("enabled"));
        assert!(check_category(Category::UserUpdates, true, "").is_ok());
        assert_eq!(
            check_category(Category::News, false, " paused ").unwrap(),
            "paused"
        );
        assert!(check_category(Category::News, true, &"n".repeat(501))
            .unwrap_err()
            .contains_key("note"));
    }

    #[test]
    fn recipients() {
        assert_eq!(
            parse_recipient("user:USR-1234-5678"),
            Some(("user", "USR-1234-5678".into()))
        );
        assert_eq!(
            parse_recipient("group:UGR-1234-5678"),
            Some(("group", "UGR-1234-5678".into()))
        );
        assert_eq!(parse_recipient("group:USR-1234-5678"), None);
        assert_eq!(parse_recipient("USR-1234-5678"), None);
    }
}
