use sea_orm::entity::prelude::*;

/// The step between a correct password and the two-step code. The browser holds a random
/// token; only its SHA-256 is stored, so a database copy cannot finish anyone's sign-in.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "sign_in_challenges")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id_hash: String,
    pub user_id: String,
    pub expires_at: i64,
    /// Codes tried so far; the challenge dies at `sign_in_challenge::MAX_ATTEMPTS`.
    pub attempts: i32,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
