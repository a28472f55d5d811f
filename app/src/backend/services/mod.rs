//! The service layer: plain async functions over a sea-orm connection, used by the server
//! functions, the CLI and the tests alike. No HTTP in here.
//!
//! Grouped by domain: `audit`, `identity`, `people`, `tenancy`, `tokens`, `trading`, `mail`;
//! shared by several: `acting` (who is acting: every changing service takes an `Acting`),
//! `jobs` (background job leases), `keyset` (list paging), `search`, `logos` and `svg_clean`.

pub mod acting;
pub mod audit;
pub mod billing;
pub mod identity;
pub mod jobs;
pub mod keyset;
pub mod logos;
pub mod mail;
pub mod people;
pub mod search;
pub mod svg_clean;
pub mod tenancy;
pub mod tokens;
pub mod trading;
