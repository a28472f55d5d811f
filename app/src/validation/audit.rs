//! The audit trail's filters, checked the same way by the page (as the user types), the
//! server function, the REST API and the exports.

use super::parse_date;
use super::DAY_MS;
use crate::error::{AppError, FieldErrors};
use crate::model::{AuditCriteria, ACTIONS, OBJECT_TYPES};

/// Who to look for: an exact id, or part of a name the server resolves to ids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActorMatch {
    Id(String),
    Name(String),
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditQuery {
    /// First millisecond included.
    pub from_ms: Option<i64>,
    /// First millisecond no longer included.
    pub until_ms: Option<i64>,
    pub actor: Option<ActorMatch>,
    /// The actions to match: one, or every known action under a prefix.
    pub actions: Option<Vec<String>>,
    pub object_type: Option<String>,
    pub object_id: Option<String>,
    pub ip: Option<String>,
    pub text: Option<String>,
}

const MAX_TEXT: usize = 200;

fn looks_like_id(s: &str) -> bool {
    s.eq_ignore_ascii_case("system")
        || (s.contains('-')
            && s.split('-').count() >= 3
            && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
}

fn actions_for(value: &str) -> Result<Vec<String>, String> {
    let v = value
        .trim()
        .trim_end_matches(['.', '*'])
        .to_ascii_lowercase();
    if !v
        .chars()
        .all(|c| c.is_ascii_lowercase() || c == '_' || c == '.')
    {
        return Err("An action has letters, _ and dots only, like users.membership.update.".into());
    }
    if v.split('.').count() >= 3 {
        return Ok(vec![v]);
    }
    let prefix = format!("{v}.");
    let all: Vec<String> = ACTIONS
        .iter()
        .filter(|a| a.starts_with(&prefix))
        .map(|a| a.to_string())
        .collect();
    if all.is_empty() {
        return Err(format!("No action starts with “{v}”."));
    }
    Ok(all)
}

impl AuditCriteria {
    /// Checks every filled field; all problems are reported at once, each on its own field.
    pub fn check(&self) -> Result<AuditQuery, AppError> {
        let mut errors = FieldErrors::new();
        let mut out = AuditQuery::default();
        let mut err = |k: &str, m: String| {
            errors.insert(k.to_string(), m);
        };
        let date = |s: &str| {
            parse_date(s)
                .map(|days| days * DAY_MS)
                .ok_or_else(|| "Enter a date as YYYY-MM-DD.".to_string())
        };
        if !self.from.trim().is_empty() {
            match date(&self.from) {
                Ok(ms) => out.from_ms = Some(ms),
                Err(m) => err("from", m),
            }
        }
        if !self.to.trim().is_empty() {
            match date(&self.to) {
                Ok(ms) => out.until_ms = Some(ms + DAY_MS),
                Err(m) => err("to", m),
            }
        }
        let tz = self.tz.trim();
        if !tz.is_empty() && !super::lists::TIMEZONES.contains(&tz) {
            err("tz", "Choose a time zone from the list.".into());
        }
        if let (Some(f), Some(u)) = (out.from_ms, out.until_ms) {
            if u <= f {
                err("to", "The end date is before the start date.".into());
            }
        }
        let text_field = |s: &str| -> Result<Option<String>, String> {
            let t = s.trim();
            if t.chars().count() > MAX_TEXT {
                return Err(format!("Use at most {MAX_TEXT} characters."));
            }
            if t.chars().any(|c| c.is_control()) {
                return Err("This contains characters that are not allowed.".into());
            }
            Ok((!t.is_empty()).then(|| t.to_string()))
        };
        match text_field(&self.actor) {
            Ok(Some(a)) if looks_like_id(&a) => {
                out.actor = Some(ActorMatch::Id(if a.eq_ignore_ascii_case("system") {
                    "system".into()
                } else {
                    a.to_ascii_uppercase()
                }))
            }
            Ok(Some(a)) if a.chars().count() < 2 => err(
                "actor",
                "Enter at least 2 characters of a name, or an id.".into(),
            ),
            Ok(a) => out.actor = a.map(ActorMatch::Name),
            Err(m) => err("actor", m),
        }
        if !self.action.trim().is_empty() {
            match actions_for(&self.action) {
                Ok(a) => out.actions = Some(a),
                Err(m) => err("action", m),
            }
        }
        let kind = self.object_type.trim();
        if !kind.is_empty() {
            if OBJECT_TYPES.iter().any(|(k, _)| *k == kind) {
                out.object_type = Some(kind.to_string());
            } else {
                err("object_type", "Choose an object type from the list.".into());
            }
        }
        let id = self.object_id.trim();
        if !id.is_empty() {
            if id.len() <= 64 && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
                out.object_id = Some(id.to_ascii_uppercase());
            } else {
                err(
                    "object_id",
                    "An id has letters, digits and dashes, like UGR-1234-5678.".into(),
                );
            }
        }
        let ip = self.ip.trim();
        if !ip.is_empty() {
            match ip.parse::<std::net::IpAddr>() {
                Ok(a) => out.ip = Some(a.to_string()),
                Err(_) => err(
                    "ip",
                    "Enter a whole IP address, like 203.0.113.7 or 2001:db8::1.".into(),
                ),
            }
        }
        match text_field(&self.q) {
            Ok(q) => out.text = q,
            Err(m) => err("q", m),
        }
        if errors.is_empty() {
            Ok(out)
        } else {
            Err(AppError::Validation(errors))
        }
    }
}

/// How long records are kept: forever, or a number of days from 30 to 3,650 (ten years).
pub const RETENTION_PRESETS: [(Option<i64>, &str); 7] = [
    (None, "Forever"),
    (Some(90), "90 days"),
    (Some(365), "1 year"),
    (Some(730), "2 years"),
    (Some(1095), "3 years"),
    (Some(2555), "7 years"),
    (Some(3650), "10 years"),
];

pub fn check_retention(days: Option<i64>) -> Result<Option<i64>, AppError> {
    match days {
        Some(d) if !(30..=3650).contains(&d) => Err(AppError::field(
            "days",
            "Keep records for 30 to 3,650 days, or forever.",
        )),
        other => Ok(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn crit(f: impl FnOnce(&mut AuditCriteria)) -> AuditCriteria {
        let mut c = AuditCriteria::default();
        f(&mut c);
        c
    }

    #[test]
    fn empty_criteria_match_everything() {
        assert_eq!(
            AuditCriteria::default().check().ok(),
            Some(AuditQuery::default())
        );
    }

    #[test]
    fn dates_are_whole_utc_days_and_ordered() {
        let q = crit(|c| {
            c.from = "2026-01-01".into();
            c.to = "2026-01-01".into();
        })
        .check()
        .ok();
        let q = q.expect("valid range");
        assert_eq!(q.until_ms.unwrap_or(0) - q.from_ms.unwrap_or(0), DAY_MS);
        let bad = crit(|c| {
            c.from = "2026-02-01".into();
            c.to = "2026-01-01".into();
        })
        .check()
        .err()
        .map(|e| e.field_errors());
        assert!(bad.is_some_and(|e| e.contains_key("to")));
        let bad = crit(|c| c.from = "2026-02-30".into()).check().err();
        assert!(bad.is_some_and(|e| e.field_errors().contains_key("from")));
    }

    #[test]
    fn actor_is_an_id_or_a_name() {
        let q = crit(|c| c.actor = "usr-1234-5678".into()).check().ok();
        assert_eq!(
            q.and_then(|q| q.actor),
            Some(ActorMatch::Id("USR-1234-5678".into()))
        );
        let q = crit(|c| c.actor = "Ada".into()).check().ok();
        assert_eq!(
            q.and_then(|q| q.actor),
            Some(ActorMatch::Name("Ada".into()))
        );
        assert!(crit(|c| c.actor = "A".into()).check().is_err());
    }

    #[test]
    fn action_prefixes_expand_to_known_actions() {
        let q = crit(|c| c.action = "users.invitation".into()).check().ok();
        let actions = q.and_then(|q| q.actions).unwrap_or_default();
        assert!(actions.len() >= 4);
        assert!(actions.iter().all(|a| a.starts_with("users.invitation.")));
        let q = crit(|c| c.action = "groups.group.update".into())
            .check()
            .ok();
        assert_eq!(
            q.and_then(|q| q.actions),
            Some(vec!["groups.group.update".to_string()])
        );
        let e = crit(|c| c.action = "nothing".into()).check().err();
        assert!(e.is_some_and(|e| e.field_errors().contains_key("action")));
    }

    #[test]
    fn ip_type_and_id_are_checked_on_their_own_fields() {
        let e = crit(|c| {
            c.ip = "300.1.2.3".into();
            c.object_type = "planet".into();
            c.object_id = "UGR 1".into();
        })
        .check()
        .err()
        .map(|e| e.field_errors())
        .unwrap_or_default();
        assert!(
            e.contains_key("ip") && e.contains_key("object_type") && e.contains_key("object_id")
        );
        let q = crit(|c| c.ip = " 2001:DB8::1 ".into()).check().ok();
        assert_eq!(q.and_then(|q| q.ip), Some("2001:db8::1".to_string()));
    }

    #[test]
    fn retention_bounds() {
        assert!(check_retention(None).is_ok());
        assert!(check_retention(Some(30)).is_ok());
        assert!(check_retention(Some(29)).is_err());
        assert!(check_retention(Some(3651)).is_err());
    }
}
