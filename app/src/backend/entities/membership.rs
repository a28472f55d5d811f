use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "memberships")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub account_id: String,
    pub user_id: String,
    pub role: String,
    /// Invited, Invitation expired, Active, Disabled.
    pub status: String,
    pub created_at: i64,
    pub updated_at: i64,
    pub last_login_at: Option<i64>,
    pub invite_expires_at: Option<i64>,
    /// Copies of the identity's e-mail and lower-cased "first last", for indexed sorting and
    /// searching of the Users list (see `services::identity::users::sort_name`).
    pub email: String,
    pub sort_name: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
