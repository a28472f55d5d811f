mod audit_page;
mod audit_row;

pub use audit_page::AuditPage;
