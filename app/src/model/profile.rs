//! The person's profile, their display preferences and the account's two-step rule.

use crate::validation::ProfileInput;
use serde::{Deserialize, Serialize};

/// The Profile form's data. `revision` goes back with a save; a save by another session
/// meanwhile is a conflict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub user_id: String,
    pub email: String,
    pub fields: ProfileInput,
    /// The current account's preferred language, what "Account default" means.
    pub account_language: String,
    pub has_picture: bool,
    /// When the picture was set: part of its URL, so a new one is not served from cache.
    pub picture_at: Option<i64>,
    pub revision: i64,
}

/// How the console shows dates, numbers and colours to this person. `None`: not chosen, the
/// browser's (or, for the language, the account's).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DisplayPrefs {
    pub language: Option<String>,
    pub account_language: String,
    pub timezone: Option<String>,
    pub date_format: Option<String>,
    pub time_format: Option<String>,
    pub number_format: Option<String>,
    /// "system", "light" or "dark".
    pub theme: String,
}

impl Default for DisplayPrefs {
    fn default() -> Self {
        DisplayPrefs {
            language: None,
            account_language: "en".into(),
            timezone: None,
            date_format: None,
            time_format: None,
            number_format: None,
            theme: "system".into(),
        }
    }
}

impl DisplayPrefs {
    /// The interface language: the person's choice, else the account's.
    pub fn interface_language(&self) -> &str {
        self.language.as_deref().unwrap_or(&self.account_language)
    }
}

/// Whether the account requires two-step verification of every member.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TwoStepPolicy {
    pub required: bool,
    /// Active members who have not turned it on (they set it up at their next sign-in).
    pub members_without: u64,
    /// Sent back with a change: the account edited meanwhile gives a conflict.
    pub account_revision: i64,
}
