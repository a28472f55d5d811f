//! API tokens: creating, listing and rotating them, the account's token policy, expiry reminders, and authenticating a REST call by its token.

pub mod api_auth;
pub mod api_tokens;
pub mod token_expiry;
pub mod token_list;
pub mod token_policy;
