//! Accounts themselves: creating them, their notices, and the Operations account's view of the platform.

pub mod account_notice;
pub mod accounts;
pub mod identities;
pub mod operations;
