use sea_orm::entity::prelude::*;

/// An issued invoice; its amounts never change (database triggers), only its status.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "invoices")]
pub struct Model {
    /// The number, `INV-2026-000123`.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub account_id: String,
    pub period: String,
    pub period_end: String,
    pub issued_at: i64,
    pub due_at: i64,
    pub currency: String,
    pub subtotal_minor: i64,
    pub tax_rate_bp: i64,
    pub tax_minor: i64,
    pub total_minor: i64,
    /// `model::InvoiceStatus`.
    pub status: String,
    pub status_at: i64,
    pub status_by: Option<String>,
    pub revision: i64,
    /// Whom it was made out to when issued, one line each (None: issued before this was kept).
    pub bill_to: Option<String>,
    /// When its e-mail was queued (None: not yet).
    pub mailed_at: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
