//! The modules an account is entitled to, set by Operations: a comma-separated list of module
//! keys (`buyers,licensees`), NULL for the default (every module that exists).

use super::schema::col;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261203_000012_account_modules"
    }
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Alias::new("accounts"))
                    .add_column(col("modules").text().null().to_owned())
                    .to_owned(),
            )
            .await
    }
}
