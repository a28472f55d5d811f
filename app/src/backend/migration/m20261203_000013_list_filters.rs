//! Indexes for the list kit's filters at 1,000,000 rows (measured by `.ci/bench-lists`): a
//! status filter and its capped count walk (account, status) instead of the whole account, and
//! a buyer's licensees come in name order straight from (account, buyer, name, id), which
//! SQLite's planner otherwise passed over for the name index and a scan of every licensee.

use super::schema::index;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261203_000013_list_filters"
    }
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("ix_licensees_buyer")
                    .table(Alias::new("licensees"))
                    .to_owned(),
            )
            .await?;
        for (name, table, cols) in [
            (
                "ix_licensees_buyer",
                "licensees",
                &["account_id", "buyer_id", "sort_name", "id"][..],
            ),
            (
                "ix_licensees_status",
                "licensees",
                &["account_id", "status", "sort_name", "id"][..],
            ),
            (
                "ix_buyers_status",
                "buyers",
                &["account_id", "status", "sort_name", "id"][..],
            ),
        ] {
            manager
                .create_index(index(name, table, cols, false))
                .await?;
        }
        Ok(())
    }
}
