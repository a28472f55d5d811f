use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    #[sea_orm(unique)]
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub password_hash: String,
    /// Active, Blocked or Deleted: states of the global identity.
    pub status: String,
    pub created_at: i64,
    pub updated_at: i64,
    pub last_login_at: Option<i64>,
    /// Two-step verification: the confirmed TOTP secret, encrypted with the SecretKey.
    pub totp_secret_enc: Option<String>,
    /// A set-up begun but not confirmed yet (encrypted the same way).
    pub totp_pending_enc: Option<String>,
    pub totp_enabled_at: Option<i64>,
    /// The last accepted 30-second step; codes of that step or earlier are refused as replays.
    pub totp_last_step: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
