use sea_orm::entity::prelude::*;

/// One invitation link. Resending replaces the link (the old one is marked Replaced), so only
/// the newest link of a membership ever works.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "invitations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub token_hash: String,
    pub membership_id: String,
    pub account_id: String,
    pub status: String,
    pub token_enc: String,
    pub expires_at: i64,
    pub invited_by: String,
    pub created_at: i64,
    /// The link was shown to someone ("copy link", the Operations page), not only e-mailed.
    pub link_shown: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
