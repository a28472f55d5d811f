use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "api_tokens")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub account_id: String,
    pub name: String,
    pub sort_name: String,
    pub description: String,
    pub modules: String,
    pub creator_membership_id: String,
    pub creator_user_id: String,
    pub creator_name: String,
    pub status: String,
    pub hint: String,
    pub expires_at: i64,
    pub last_used_at: Option<i64>,
    pub expiry_warned_at: Option<i64>,
    pub expired_notified_at: Option<i64>,
    pub revision: i64,
    pub created_at: i64,
    pub updated_at: i64,
    pub updated_by: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
