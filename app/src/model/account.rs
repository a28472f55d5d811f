use crate::validation::AccountInput;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct AccountDto {
    pub id: String,
    pub kind: String,
    pub status: String,
    pub fields: AccountInput,
    pub has_logo: bool,
    pub enabled_modules: Vec<String>,
    /// Incremented on every save; sent back with an update so that a stale form is refused.
    pub revision: i64,
    pub created_at: i64,
    pub updated_at: i64,
    pub updated_by: Option<String>,
}

/// The API credentials of an account, only ever sent when the user asks to see them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Credentials {
    pub account_id: String,
    pub passcode: String,
}
