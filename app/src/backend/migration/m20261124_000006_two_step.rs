//! Two-step verification: the TOTP secret of each person (encrypted), their recovery codes
//! (hashed) and the short-lived challenges between the password and the code at sign-in.

use super::schema::{big, col, index, key, table, text};
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261124_000006_two_step"
    }
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite's ALTER TABLE adds a single column at a time.
        let columns = [
            // The confirmed secret, AES-GCM with the server's SecretKey (it must be read back).
            col("totp_secret_enc").string().null().to_owned(),
            // A set-up that was started but not confirmed with a first code yet.
            col("totp_pending_enc").string().null().to_owned(),
            col("totp_enabled_at").big_integer().null().to_owned(),
            // The last accepted 30-second step: a code of that step or earlier is a replay.
            col("totp_last_step").big_integer().null().to_owned(),
        ];
        for mut column in columns {
            manager
                .alter_table(
                    Table::alter()
                        .table(Alias::new("users"))
                        .add_column(&mut column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(Alias::new("recovery_codes"))
                    .if_not_exists()
                    .col(col("user_id").string().not_null())
                    // SHA-256 of the normalised code; the code itself is shown once.
                    .col(col("code_hash").string().not_null())
                    .col(col("used_at").big_integer().null())
                    .col(col("created_at").big_integer().not_null())
                    .primary_key(
                        Index::create()
                            .col(Alias::new("user_id"))
                            .col(Alias::new("code_hash")),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(table(
                "sign_in_challenges",
                vec![
                    // SHA-256 of the random token the browser holds between the two steps.
                    key("id_hash"),
                    text("user_id"),
                    big("expires_at"),
                    col("attempts").integer().not_null().default(0).to_owned(),
                    big("created_at"),
                ],
            ))
            .await?;
        // Expired challenges are swept by expiry on every new one.
        manager
            .create_index(index(
                "ix_sign_in_challenges_expires",
                "sign_in_challenges",
                &["expires_at"],
                false,
            ))
            .await?;
        Ok(())
    }
}
