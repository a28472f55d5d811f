use super::schema::{big, big_null, col, index, key, long_text, table, text, text_null};
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261123_000003_api_tokens"
    }
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(table(
                "api_tokens",
                vec![
                    key("id"),
                    text("account_id"),
                    text("name"),
                    // Lower-cased name: the sort and search key of the list.
                    text("sort_name"),
                    long_text("description"),
                    // JSON object module -> level, never more than the creator held.
                    long_text("modules"),
                    text("creator_membership_id"),
                    text("creator_user_id"),
                    text("creator_name"),
                    // Active, Disabled or Deleted; Expired is derived from expires_at.
                    text("status"),
                    // "acs_AbCd…WxYz": enough to recognise a token, useless to use it.
                    text("hint"),
                    big("expires_at"),
                    big_null("last_used_at"),
                    big_null("expiry_warned_at"),
                    big_null("expired_notified_at"),
                    big("revision"),
                    big("created_at"),
                    big("updated_at"),
                    text_null("updated_by"),
                ],
            ))
            .await?;
        for (name, cols) in [
            (
                "ix_api_tokens_created",
                &["account_id", "created_at", "id"][..],
            ),
            ("ix_api_tokens_name", &["account_id", "sort_name", "id"][..]),
            (
                "ix_api_tokens_expires",
                &["account_id", "expires_at", "id"][..],
            ),
            ("ix_api_tokens_due", &["status", "expires_at"][..]),
        ] {
            manager
                .create_index(index(name, "api_tokens", cols, false))
                .await?;
        }
        // One row per live secret: two while a rotated token's old secret is in its grace time.
        manager
            .create_table(table(
                "api_token_secrets",
                vec![
                    key("hash"),
                    text("token_id"),
                    big("created_at"),
                    big_null("valid_until"),
                ],
            ))
            .await?;
        manager
            .create_index(index(
                "ix_api_token_secrets_token",
                "api_token_secrets",
                &["token_id"],
                false,
            ))
            .await?;
        // Shared request counters per token and minute, so every process sees one limit.
        manager
            .create_table(
                Table::create()
                    .table(Alias::new("api_rate_windows"))
                    .if_not_exists()
                    .col(col("bucket").string().not_null())
                    .col(col("window_start").big_integer().not_null())
                    .col(col("hits").big_integer().not_null())
                    .primary_key(
                        Index::create()
                            .col(Alias::new("bucket"))
                            .col(Alias::new("window_start")),
                    )
                    .to_owned(),
            )
            .await?;
        // Background jobs take a time-limited lease here, so one process at a time runs each.
        manager
            .create_table(table(
                "job_leases",
                vec![key("name"), text("holder"), big("lease_until")],
            ))
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Alias::new("accounts"))
                    .add_column(col("token_max_days").big_integer().null())
                    .to_owned(),
            )
            .await?;
        Ok(())
    }
}
