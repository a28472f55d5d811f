use sea_orm::entity::prelude::*;

/// A client account's billing: its plan and currency. No row: the Free plan in euros.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "billing_profiles")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub account_id: String,
    pub plan_id: String,
    pub currency: String,
    /// When the current plan began (ms).
    pub plan_since: i64,
    /// A downgrade waiting for the period's end.
    pub next_plan_id: Option<String>,
    /// The day (`YYYY-MM-DD`, the account's) the downgrade applies.
    pub next_plan_from: Option<String>,
    /// Tax on invoices in basis points (1900 = 19%).
    pub tax_rate_bp: i64,
    pub card_brand: Option<String>,
    pub card_last4: Option<String>,
    pub card_exp_month: Option<i64>,
    pub card_exp_year: Option<i64>,
    pub card_holder: Option<String>,
    /// The expiry (`MM/YYYY`) of the card whose reminder was sent.
    pub card_reminded: Option<String>,
    pub contact_name: Option<String>,
    /// Comma-separated.
    pub contact_emails: Option<String>,
    pub address_line1: Option<String>,
    pub address_line2: Option<String>,
    pub city: Option<String>,
    pub region: Option<String>,
    pub postcode: Option<String>,
    pub country: Option<String>,
    pub tax_id: Option<String>,
    /// The plan before the last change (migration 16): a period closed after a change that
    /// came after its end is billed at this plan.
    pub previous_plan_id: Option<String>,
    pub revision: i64,
    pub updated_at: i64,
    pub updated_by: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
