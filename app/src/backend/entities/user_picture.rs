use sea_orm::entity::prelude::*;

/// A person's profile picture: a PNG of at most 256 x 256 pixels, re-encoded on upload so no
/// metadata of the original file survives. Apart from `users` so that row stays small.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "user_pictures")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: String,
    pub png: Vec<u8>,
    pub updated_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
