//! Notifications: the categories of e-mail, the settings page, the Messages log and each
//! person's preferences.

use serde::{Deserialize, Serialize};

/// The categories of e-mail the console sends (SPEC order).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Category {
    Account,
    Billing,
    Catalog,
    News,
    Orders,
    Quotes,
    Requests,
    Subscriptions,
    /// Invitations, removals, password resets: always delivered.
    UserUpdates,
}

impl Category {
    pub const ALL: [Category; 9] = [
        Category::Account,
        Category::Billing,
        Category::Catalog,
        Category::News,
        Category::Orders,
        Category::Quotes,
        Category::Requests,
        Category::Subscriptions,
        Category::UserUpdates,
    ];

    /// The stable key stored in the database and sent by the forms.
    pub fn key(self) -> &'static str {
        match self {
            Category::Account => "account",
            Category::Billing => "billing",
            Category::Catalog => "catalog",
            Category::News => "news",
            Category::Orders => "orders",
            Category::Quotes => "quotes",
            Category::Requests => "requests",
            Category::Subscriptions => "subscriptions",
            Category::UserUpdates => "user_updates",
        }
    }

    /// The name the SPEC and the pages use.
    pub fn name(self) -> &'static str {
        match self {
            Category::Account => "Account",
            Category::Billing => "Billing and invoices",
            Category::Catalog => "Catalog",
            Category::News => "News and updates",
            Category::Orders => "Orders",
            Category::Quotes => "Quotes",
            Category::Requests => "Requests",
            Category::Subscriptions => "Subscriptions",
            Category::UserUpdates => "User updates",
        }
    }

    pub fn parse(key: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.key() == key.trim())
    }

    /// User updates (invitations, removals, password resets) cannot be switched off.
    pub fn can_disable(self) -> bool {
        self != Category::UserUpdates
    }
}

/// A user or group, as a recipient or as a choice for one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecipientRef {
    /// `user` or `group`.
    pub kind: String,
    pub id: String,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryRow {
    /// The SPEC name, e.g. "Billing and invoices".
    pub category: String,
    /// The key, e.g. "billing".
    pub key: String,
    pub enabled: bool,
    pub note: String,
    /// Members cannot opt out.
    pub required: bool,
    pub can_disable: bool,
    /// 0 until the category is first saved.
    pub revision: i64,
    pub recipients: Vec<RecipientRef>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotificationSettings {
    pub sender_name: String,
    pub footer: String,
    /// 0 until the settings are first saved.
    pub revision: i64,
    pub categories: Vec<CategoryRow>,
    /// The account's active members and its groups.
    pub recipient_choices: Vec<RecipientRef>,
}

/// The Messages log's filters and page.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessageQuery {
    /// Queued, Sent, Failed or Discarded.
    pub status: Option<String>,
    /// A category key.
    pub category: Option<String>,
    /// Text in the recipient or the subject.
    pub search: Option<String>,
    /// The `next` of the previous page.
    pub after: Option<String>,
    /// 1–100 (0: 25).
    pub limit: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessageRow {
    pub id: String,
    pub created_at: i64,
    pub recipient: String,
    pub subject: String,
    /// The category's name.
    pub category: String,
    pub status: String,
    pub attempts: i32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessagePage {
    pub rows: Vec<MessageRow>,
    pub next: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessageDetails {
    pub id: String,
    pub created_at: i64,
    pub recipient: String,
    pub subject: String,
    pub category: String,
    pub status: String,
    pub attempts: i32,
    /// The text as sent, with the secrets of links (`token=…`) masked.
    pub body: String,
    pub language: String,
    pub status_reason: Option<String>,
    pub sent_at: Option<i64>,
    pub next_attempt_at: Option<i64>,
    /// The name of the file sent with it (an invoice's PDF), if any.
    #[serde(default)]
    pub attachment: Option<String>,
}

/// One category in a person's preferences.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrefRow {
    pub key: String,
    pub category: String,
    pub enabled: bool,
    /// Required by the account, or User updates: always delivered.
    pub locked: bool,
}

/// The preferences page opened from an e-mail's footer link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkPrefs {
    pub account_name: String,
    pub email: String,
    pub prefs: Vec<PrefRow>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_only_user_updates_is_locked_on() {
        for c in Category::ALL {
            assert_eq!(Category::parse(c.key()), Some(c));
            assert_eq!(c.can_disable(), c != Category::UserUpdates);
        }
        assert_eq!(Category::parse("nope"), None);
    }
}
