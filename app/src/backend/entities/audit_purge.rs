use sea_orm::entity::prelude::*;

/// A retention purge: every record of the account up to `up_to_seq` was removed and the chain
/// continues from `anchor_hash`. Rows here can never be changed or deleted (database trigger).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_purges")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub account_id: String,
    pub up_to_seq: i64,
    pub anchor_hash: String,
    pub purged_count: i64,
    pub cutoff_at: i64,
    pub at: i64,
    pub record_id: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
