mod audit_filters;
mod audit_page;
mod audit_record_page;
mod audit_row;
mod object_audit;
mod retention_card;
mod verify_card;

pub use audit_page::AuditPage;
pub use audit_record_page::AuditRecordPage;
pub use object_audit::ObjectAuditTrail;
