use super::BoundedText;
use crate::error::FieldErrors;
use crate::permissions::{Level, Module};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub const DAY_MS: i64 = 86_400_000;
/// Without an account cap, no token lives longer than this.
pub const DEFAULT_MAX_DAYS: i64 = 730;
pub const EXPIRY_PRESETS: [i64; 4] = [30, 60, 90, 365];

/// A token's name: 1 to 200 characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenName(String);

impl TryFrom<&str> for TokenName {
    type Error = String;
    fn try_from(value: &str) -> Result<Self, Self::Error> {
        BoundedText::line(value, "token name", 200, true).map(|t| TokenName(t.into_string()))
    }
}

impl TokenName {
    pub fn into_string(self) -> String {
        self.0
    }
}

/// The create form: name, description, modules with levels and an expiry, either a preset
/// number of days or a date (`YYYY-MM-DD`, the token works until the end of that day, UTC).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct TokenInput {
    pub name: String,
    #[serde(default)]
    pub description: String,
    pub modules: BTreeMap<Module, Level>,
    #[serde(default)]
    pub expires_in_days: Option<i64>,
    #[serde(default)]
    pub expires_on: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidToken {
    pub name: String,
    pub description: String,
    pub modules: BTreeMap<Module, Level>,
    pub expires_at: i64,
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` date (proleptic Gregorian), if it is one.
pub fn parse_date(s: &str) -> Option<i64> {
    let mut parts = s.trim().splitn(3, '-');
    let y: i64 = parts.next()?.parse().ok()?;
    let m: i64 = parts.next()?.parse().ok()?;
    let d: i64 = parts.next()?.parse().ok()?;
    if !(1970..=9999).contains(&y) || !(1..=12).contains(&m) || d < 1 {
        return None;
    }
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let month_days = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    if d > month_days[(m - 1) as usize] {
        return None;
    }
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

fn validate_modules(modules: &BTreeMap<Module, Level>, errors: &mut FieldErrors) {
    if !modules.values().any(|l| *l > Level::None) {
        errors.insert(
            "modules".into(),
            "Choose at least one module the token may use.".into(),
        );
    }
}

/// Name, description and modules: what create and update both check. Returns the normalised
/// name and description; errors go into `errors`.
pub fn validate_details(
    name: &str,
    description: &str,
    modules: &BTreeMap<Module, Level>,
    errors: &mut FieldErrors,
) -> (String, String) {
    let name = TokenName::try_from(name)
        .map(TokenName::into_string)
        .unwrap_or_else(|e| {
            errors.insert("name".into(), e);
            String::new()
        });
    let description = BoundedText::parse(description, "description", 2000, false)
        .map(BoundedText::into_string)
        .unwrap_or_else(|e| {
            errors.insert("description".into(), e);
            String::new()
        });
    validate_modules(modules, errors);
    (name, description)
}

impl TokenInput {
    /// `now` is the current time (ms); `max_days` the account's cap, if any.
    pub fn validate(&self, now: i64, max_days: Option<i64>) -> Result<ValidToken, FieldErrors> {
        let mut errors = FieldErrors::new();
        let (name, description) =
            validate_details(&self.name, &self.description, &self.modules, &mut errors);
        let cap = max_days.unwrap_or(DEFAULT_MAX_DAYS);
        let expires_at = match (self.expires_in_days, self.expires_on.as_deref()) {
            (Some(days), None) if EXPIRY_PRESETS.contains(&days) && days <= cap => {
                Some(now + days * DAY_MS)
            }
            (Some(days), None) if EXPIRY_PRESETS.contains(&days) => {
                errors.insert(
                    "expiry".into(),
                    format!("This account allows tokens of at most {cap} days."),
                );
                None
            }
            (None, Some(date)) => match parse_date(date) {
                None => {
                    errors.insert("expiry".into(), "Enter a date as YYYY-MM-DD.".into());
                    None
                }
                Some(day) => {
                    let end = (day + 1) * DAY_MS;
                    if end <= now + DAY_MS {
                        errors.insert("expiry".into(), "Choose a date after today.".into());
                        None
                    } else if end > now + (cap + 1) * DAY_MS {
                        errors.insert(
                            "expiry".into(),
                            format!("Choose a date at most {cap} days from today."),
                        );
                        None
                    } else {
                        Some(end)
                    }
                }
            },
            _ => {
                errors.insert(
                    "expiry".into(),
                    "Choose 30, 60, 90 or 365 days, or a date.".into(),
                );
                None
            }
        };
        match (errors.is_empty(), expires_at) {
            (true, Some(expires_at)) => Ok(ValidToken {
                name,
                description,
                modules: self.modules.clone(),
                expires_at,
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> TokenInput {
        TokenInput {
            name: "CI deploys".into(),
            description: String::new(),
            modules: BTreeMap::from([(Module::Users, Level::View)]),
            expires_in_days: Some(30),
            expires_on: None,
        }
    }

    #[test]
    fn dates_convert_to_epoch_days() {
        assert_eq!(parse_date("1970-01-01"), Some(0));
        assert_eq!(parse_date("2000-03-01"), Some(11_017));
        assert_eq!(parse_date("2024-02-30"), None);
        assert_eq!(parse_date("2024-02-29"), Some(19_782));
        assert_eq!(parse_date("soon"), None);
    }

    #[test]
    fn preset_and_date_expiries() {
        let now = 19_000 * DAY_MS;
        assert_eq!(
            input().validate(now, None).unwrap().expires_at,
            now + 30 * DAY_MS
        );
        let mut i = input();
        i.expires_in_days = Some(365);
        assert!(i
            .validate(now, Some(90))
            .unwrap_err()
            .contains_key("expiry"));
        i.expires_in_days = Some(45);
        assert!(i.validate(now, None).is_err());
        i.expires_in_days = None;
        i.expires_on = Some("2022-01-31".into()); // day 19023
        assert_eq!(i.validate(now, None).unwrap().expires_at, 19_024 * DAY_MS);
        i.expires_on = Some("2021-01-01".into());
        assert!(i.validate(now, None).is_err());
    }

    #[test]
    fn name_modules_and_description_are_checked_together() {
        let mut i = input();
        i.name = " ".into();
        i.modules.clear();
        i.description = "x".repeat(2001);
        let e = i.validate(0, None).unwrap_err();
        assert!(
            e.contains_key("name") && e.contains_key("modules") && e.contains_key("description")
        );
        assert!(TokenName::try_from("x".repeat(201).as_str()).is_err());
    }
}
