//! The service layer: plain async functions over a sea-orm connection, used by the server
//! functions, the CLI and the tests alike. No HTTP in here.

pub mod accounts;
pub mod api_auth;
pub mod api_tokens;
pub mod audit;
pub mod audit_export;
pub mod audit_query;
pub mod audit_retention;
pub mod audit_security;
pub mod audit_verify;
pub mod auth;
pub mod buyer_logo;
pub mod buyer_scope;
pub mod buyers;
pub mod group_admin;
pub mod groups;
pub mod invitations;
pub mod licensees;
pub mod logos;
pub mod members;
pub mod membership_admin;
pub mod operations;
pub mod passwords;
pub mod search;
pub mod sellers;
pub mod sessions;
pub mod throttle;
pub mod token_expiry;
pub mod token_list;
pub mod token_policy;
pub mod users;
