use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "notification_categories")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub account_id: String,
    /// The category's key (`billing`, `user_updates`, …).
    #[sea_orm(primary_key, auto_increment = false)]
    pub category: String,
    pub enabled: bool,
    pub note: String,
    /// The account requires delivery: members cannot opt out.
    pub required: bool,
    pub revision: i64,
    pub updated_at: i64,
    pub updated_by: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
