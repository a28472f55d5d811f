//! Every server test in one binary: one link instead of one per file, and one place that
//! lists them. Each file is a module; `common` holds what they share (databases, servers,
//! sign-ins). Service tests run on SQLite and PostgreSQL (`common::databases`); with
//! `TEST_POSTGRES=off` they run on SQLite alone, for a machine without PostgreSQL.

mod common;

mod access_matrix;
mod audit_chain;
mod audit_integrity;
mod audit_trail;
mod billing;
mod billing_jobs;
mod delegated_admin;
mod entitlement;
mod group_buyers;
mod http_account;
mod http_api;
mod http_auth;
mod http_operations;
mod http_trading;
mod http_users;
mod identity_takeover;
mod invoices;
mod list_kit;
mod messages_log;
mod notifications;
mod operations;
mod personal;
mod profile;
mod security_edges;
mod trading;
mod two_step;
