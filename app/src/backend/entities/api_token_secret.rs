use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "api_token_secrets")]
pub struct Model {
    /// SHA-256 (hex) of the whole token string; the token itself is never stored.
    #[sea_orm(primary_key, auto_increment = false)]
    pub hash: String,
    pub token_id: String,
    pub created_at: i64,
    /// Set when the token was rotated with a grace period (or at once: the rotation time).
    pub valid_until: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
