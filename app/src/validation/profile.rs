//! The Profile form: names, phone and the display preferences. An empty preference means
//! "not chosen" (the account's language, the browser's time zone and formats), so that a
//! person who never opens the form keeps following those defaults.

use super::check_phone;
use super::lists::{LANGUAGES, TIMEZONES};
use crate::error::FieldErrors;
use serde::{Deserialize, Serialize};

pub const DATE_FORMATS: [&str; 4] = ["YYYY-MM-DD", "DD.MM.YYYY", "DD/MM/YYYY", "MM/DD/YYYY"];
pub const TIME_FORMATS: [&str; 2] = ["24h", "12h"];
pub const NUMBER_FORMATS: [&str; 3] = ["1,234.5", "1.234,5", "1 234,5"];
pub const THEMES: [&str; 3] = ["system", "light", "dark"];
const NAME_MAX: usize = 100;
/// Largest picture file accepted (checked in the browser first, then on the server).
pub const MAX_PICTURE_BYTES: usize = 5 * 1024 * 1024;

/// The form as typed: every field a string, so nothing typed is lost when a check fails.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileInput {
    pub first_name: String,
    pub last_name: String,
    pub phone: String,
    pub language: String,
    pub timezone: String,
    pub date_format: String,
    pub time_format: String,
    pub number_format: String,
    pub theme: String,
}

/// The checked profile; `None` preferences follow the defaults.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidProfile {
    pub first_name: String,
    pub last_name: String,
    pub phone: String,
    pub language: Option<String>,
    pub timezone: Option<String>,
    pub date_format: Option<String>,
    pub time_format: Option<String>,
    pub number_format: Option<String>,
    pub theme: String,
}

fn name(raw: &str, missing: &'static str) -> Result<String, String> {
    let v = raw.trim();
    if v.is_empty() {
        return Err(missing.into());
    }
    if v.chars().count() > NAME_MAX {
        return Err(format!("A name can have at most {NAME_MAX} characters."));
    }
    if v.chars()
        .any(|c| c.is_control() || super::text::is_hidden_format(c))
    {
        return Err("A name must be on one line, without special characters.".into());
    }
    Ok(v.to_string())
}

/// "" is "not chosen"; anything else must be one of `allowed`.
fn choice(raw: &str, allowed: &[&str], msg: &'static str) -> Result<Option<String>, String> {
    let v = raw.trim();
    if v.is_empty() {
        Ok(None)
    } else if allowed.contains(&v) {
        Ok(Some(v.to_string()))
    } else {
        Err(msg.into())
    }
}

impl ProfileInput {
    /// Every problem at once, keyed by field name (the same names as the form's fields).
    pub fn validate(&self) -> Result<ValidProfile, FieldErrors> {
        let mut errors = FieldErrors::new();
        let mut take = |field: &str, r: Result<String, String>| {
            r.map_err(|e| errors.insert(field.to_string(), e)).ok()
        };
        let first_name = take(
            "first_name",
            name(&self.first_name, "Enter your first name."),
        );
        let last_name = take("last_name", name(&self.last_name, "Enter your last name."));
        let phone = take("phone", check_phone(&self.phone));
        let languages: Vec<&str> = LANGUAGES.iter().map(|(c, _)| *c).collect();
        let mut pick = |field: &str, raw: &str, allowed: &[&str], msg: &'static str| {
            choice(raw, allowed, msg)
                .map_err(|e| errors.insert(field.to_string(), e))
                .ok()
                .flatten()
        };
        let language = pick(
            "language",
            &self.language,
            &languages,
            "Choose one of the offered languages.",
        );
        let timezone = pick(
            "timezone",
            &self.timezone,
            TIMEZONES,
            "Choose a time zone from the list.",
        );
        let date_format = pick(
            "date_format",
            &self.date_format,
            &DATE_FORMATS,
            "Choose one of the offered formats.",
        );
        let time_format = pick(
            "time_format",
            &self.time_format,
            &TIME_FORMATS,
            "Choose one of the offered formats.",
        );
        let number_format = pick(
            "number_format",
            &self.number_format,
            &NUMBER_FORMATS,
            "Choose one of the offered formats.",
        );
        let theme = pick(
            "theme",
            &self.theme,
            &THEMES,
            "Choose System, Light or Dark.",
        );
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(ValidProfile {
            first_name: first_name.unwrap_or_default(),
            last_name: last_name.unwrap_or_default(),
            phone: phone.unwrap_or_default(),
            language,
            timezone,
            date_format,
            time_format,
            number_format,
            theme: theme.unwrap_or_else(|| "system".into()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> ProfileInput {
        ProfileInput {
            first_name: " Ada ".into(),
            last_name: "Lovelace".into(),
            ..Default::default()
        }
    }

    #[test]
    fn empty_preferences_follow_the_defaults() {
        let v = base().validate().unwrap();
        assert_eq!(v.first_name, "Ada");
        assert_eq!((v.language, v.timezone, v.date_format), (None, None, None));
        assert_eq!(v.theme, "system");
        assert_eq!(v.phone, "");
    }

    #[test]
    fn accepts_every_offered_choice() {
        let v = ProfileInput {
            phone: "+49 30 1234567".into(),
            language: "de".into(),
            timezone: "Europe/Berlin".into(),
            date_format: "DD.MM.YYYY".into(),
            time_format: "24h".into(),
            number_format: "1.234,5".into(),
            theme: "dark".into(),
            ..base()
        }
        .validate()
        .unwrap();
        assert_eq!(v.language.as_deref(), Some("de"));
        assert_eq!(v.number_format.as_deref(), Some("1.234,5"));
        assert_eq!(v.theme, "dark");
    }

    #[test]
    fn reports_every_bad_field() {
        let errors = ProfileInput {
            first_name: "".into(),
            last_name: "x".repeat(101),
            phone: "call me".into(),
            language: "pt".into(),
            timezone: "Mars/Olympus".into(),
            date_format: "YY".into(),
            time_format: "25h".into(),
            number_format: "1_234".into(),
            theme: "neon".into(),
        }
        .validate()
        .unwrap_err();
        for f in [
            "first_name",
            "last_name",
            "phone",
            "language",
            "timezone",
            "date_format",
            "time_format",
            "number_format",
            "theme",
        ] {
            assert!(errors.contains_key(f), "missing error for {f}");
        }
    }

    #[test]
    fn names_stay_on_one_line() {
        let input = ProfileInput {
            first_name: "Ada\nBob".into(),
            ..base()
        };
        assert!(input.validate().unwrap_err().contains_key("first_name"));
    }
}
