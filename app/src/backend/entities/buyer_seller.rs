use sea_orm::entity::prelude::*;

/// A seller linked to a buyer: the buyer's licensees may use it.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "buyer_sellers")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub buyer_id: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub seller_id: String,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
