use sea_orm::entity::prelude::*;

/// A user or a group who receives a category's mails addressed to the account as a whole.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "notification_recipients")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub account_id: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub category: String,
    /// `user` or `group`.
    #[sea_orm(primary_key, auto_increment = false)]
    pub kind: String,
    /// A `USR-` or `UGR-` id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub ref_id: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
