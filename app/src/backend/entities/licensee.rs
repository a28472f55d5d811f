use sea_orm::entity::prelude::*;

/// Who consumes licences: linked to exactly one buyer and one seller, both fixed.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "licensees")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub account_id: String,
    pub buyer_id: String,
    pub seller_id: String,
    pub name: String,
    pub sort_name: String,
    pub logo: Option<Vec<u8>>,
    pub logo_type: Option<String>,
    pub resale: bool,
    pub external_ref: String,
    pub description: String,
    pub uses_buyer_address: bool,
    pub address_line1: Option<String>,
    pub address_line2: Option<String>,
    pub city: Option<String>,
    pub region: Option<String>,
    pub postcode: Option<String>,
    pub country: Option<String>,
    pub contact_first_name: Option<String>,
    pub contact_last_name: Option<String>,
    pub contact_email: Option<String>,
    pub contact_phone: Option<String>,
    /// New, Active or Disabled.
    pub status: String,
    pub revision: i64,
    pub created_at: i64,
    pub created_by: Option<String>,
    pub updated_at: i64,
    pub updated_by: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
