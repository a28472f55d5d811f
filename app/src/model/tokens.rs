use crate::permissions::{Level, Module};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The state a token is set to by its enable, disable and delete actions (Expired is reached
/// by time alone). A type, not a string, so no edge can ask the service for another state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum TokenStatusChange {
    Active,
    Disabled,
    Deleted,
}

impl TokenStatusChange {
    pub fn as_str(self) -> &'static str {
        match self {
            TokenStatusChange::Active => "Active",
            TokenStatusChange::Disabled => "Disabled",
            TokenStatusChange::Deleted => "Deleted",
        }
    }
}

/// An API token as lists and the API show it: never its secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct TokenDto {
    pub id: String,
    pub name: String,
    pub description: String,
    pub modules: BTreeMap<Module, Level>,
    /// The prefix, four characters and the last four of the secret.
    pub hint: String,
    pub created_by_id: String,
    pub created_by_name: String,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
    pub expires_at: i64,
    /// Active, Disabled, Expired or Deleted.
    pub status: String,
    /// After a rotation with a grace period: when the previous secret stops working.
    pub previous_secret_valid_until: Option<i64>,
    pub revision: i64,
}

/// The API tokens list's state, kept in the URL.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenFilter {
    pub search: String,
    /// Empty (all but deleted), Active, Disabled, Expired or Deleted.
    pub status: String,
    /// created, name, expires or last_used.
    pub sort: String,
    pub desc: bool,
    pub limit: u64,
    pub cursor: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokensPage {
    pub rows: Vec<TokenDto>,
    pub next_cursor: Option<String>,
}

/// A token with its secret: answered once, by create and rotate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct NewToken {
    pub token: TokenDto,
    /// Shown once; only its hash is kept.
    pub secret: String,
}

/// Changes to a token's name, description and modules, against the revision loaded.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct TokenUpdate {
    pub name: String,
    #[serde(default)]
    pub description: String,
    pub modules: BTreeMap<Module, Level>,
    pub revision: i64,
}

/// The account's cap on token lifetimes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenPolicy {
    pub max_days: Option<i64>,
    pub account_revision: i64,
}
