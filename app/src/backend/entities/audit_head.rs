use sea_orm::entity::prelude::*;

/// The tip of each account's audit hash chain. Writers update this row first in their
/// transaction, which serialises appends per account on PostgreSQL (row lock) and SQLite
/// (write lock) alike.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_heads")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub account_id: String,
    pub last_hash: String,
    pub record_count: i64,
    pub lock_count: i64,
    /// Time of the newest record: a new record never gets an earlier time.
    pub last_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
