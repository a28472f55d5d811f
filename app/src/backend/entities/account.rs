use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "accounts")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub name: String,
    pub kind: String,
    pub status: String,
    pub logo: Option<Vec<u8>>,
    pub logo_type: Option<String>,
    pub website: Option<String>,
    pub support_email: Option<String>,
    pub description: Option<String>,
    pub language: String,
    pub address_line1: Option<String>,
    pub address_line2: Option<String>,
    pub city: Option<String>,
    pub region: Option<String>,
    pub postcode: Option<String>,
    pub country: Option<String>,
    pub timezone: String,
    pub legal_name: Option<String>,
    pub tax_id: Option<String>,
    pub industry: Option<String>,
    pub company_size: Option<String>,
    /// AES-256-GCM ciphertext (nonce || ciphertext, base64) of the API passcode.
    pub passcode_enc: String,
    pub revision: i64,
    pub created_at: i64,
    pub created_by: Option<String>,
    pub updated_at: i64,
    pub updated_by: Option<String>,
    /// Longest lifetime, in days, of new API tokens (None: no cap beyond one year).
    pub token_max_days: Option<i64>,
    /// How long audit records are kept, in days (None: forever).
    pub audit_retention_days: Option<i64>,
    /// Every member must use two-step verification; those without it set it up first.
    pub require_two_step: bool,
    /// The modules the account is entitled to (keys, comma-separated; None: every module that
    /// exists). See `permissions::Module::entitled`.
    pub modules: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
