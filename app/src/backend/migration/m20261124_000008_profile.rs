//! The profile: phone, display preferences and theme of each person, their picture, and the
//! account's rule that every member uses two-step verification.

use super::schema::{big, col, key, table};
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261124_000008_profile"
    }
}

async fn add(manager: &SchemaManager<'_>, to: &str, mut column: ColumnDef) -> Result<(), DbErr> {
    manager
        .alter_table(
            Table::alter()
                .table(Alias::new(to))
                .add_column(&mut column)
                .to_owned(),
        )
        .await
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite's ALTER TABLE adds a single column at a time.
        // NULL in a preference means "not chosen": the account's language, the browser's
        // time zone and formats.
        let user_columns = [
            col("phone").string().not_null().default("").to_owned(),
            col("language").string().null().to_owned(),
            col("timezone").string().null().to_owned(),
            col("date_format").string().null().to_owned(),
            col("time_format").string().null().to_owned(),
            col("number_format").string().null().to_owned(),
            col("theme")
                .string()
                .not_null()
                .default("system")
                .to_owned(),
            // When the picture was last set (NULL: none). The bytes live in `user_pictures`,
            // because the users row is read on every request and must stay small.
            col("picture_at").big_integer().null().to_owned(),
            col("profile_revision")
                .big_integer()
                .not_null()
                .default(1)
                .to_owned(),
        ];
        for column in user_columns {
            add(manager, "users", column).await?;
        }
        add(
            manager,
            "accounts",
            col("require_two_step")
                .boolean()
                .not_null()
                .default(false)
                .to_owned(),
        )
        .await?;
        manager
            .create_table(table(
                "user_pictures",
                vec![
                    key("user_id"),
                    // A PNG of at most 256 x 256 pixels, re-encoded on upload (no metadata).
                    col("png").blob().not_null().to_owned(),
                    big("updated_at"),
                ],
            ))
            .await?;
        Ok(())
    }
}
