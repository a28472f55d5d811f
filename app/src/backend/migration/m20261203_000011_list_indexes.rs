//! The list kit sorts buyers and licensees by creation too: an index per sort key, so a page
//! walks the index from its cursor whatever the list's size.

use super::schema::index;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261203_000011_list_indexes"
    }
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (name, table) in [
            ("ix_buyers_created", "buyers"),
            ("ix_licensees_created", "licensees"),
        ] {
            manager
                .create_index(index(
                    name,
                    table,
                    &["account_id", "created_at", "id"],
                    false,
                ))
                .await?;
        }
        Ok(())
    }
}
