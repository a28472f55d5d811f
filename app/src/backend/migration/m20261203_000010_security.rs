//! Closing account-takeover paths: whether an invitation's link was ever shown outside its
//! e-mail (such a link cannot claim an identity that is invited elsewhere too), the e-mailed
//! links that let a person sign in past a lock on their e-mail, and the look-up that keeps
//! only the newest password reset link of a person alive.

use super::schema::{big, big_null, col, index, key, table, text};
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261203_000010_security"
    }
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Alias::new("invitations"))
                    .add_column(
                        col("link_shown")
                            .boolean()
                            .not_null()
                            .default(false)
                            .to_owned(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(table(
                "sign_in_unlocks",
                vec![
                    // SHA-256 of the e-mailed token; the token itself is never stored.
                    key("token_hash"),
                    text("user_id"),
                    big("expires_at"),
                    big_null("used_at"),
                    big("created_at"),
                ],
            ))
            .await?;
        manager
            .create_index(index(
                "idx_sign_in_unlocks_user",
                "sign_in_unlocks",
                &["user_id"],
                false,
            ))
            .await?;
        manager
            .create_index(index(
                "idx_password_resets_user",
                "password_resets",
                &["user_id"],
                false,
            ))
            .await?;
        Ok(())
    }
}
