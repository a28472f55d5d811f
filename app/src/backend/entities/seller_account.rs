use sea_orm::entity::prelude::*;

/// A seller linked to a client account.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "seller_accounts")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub seller_id: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub account_id: String,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
