//! Data that crosses the wire between the server functions and the pages.

mod account;
mod audit;
mod session;

pub use account::{AccountDto, Credentials};
pub use audit::{AuditChange, AuditFilter, AuditPage, AuditRecordDto};
pub use session::{MembershipSummary, SessionInfo};
