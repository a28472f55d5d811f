//! Notifications: the account's sender name and footer, each category's switch, note,
//! "required" flag and recipients, each person's opt-outs, and `messages`, which is both the
//! persistent mail queue and the Messages log (one row per e-mail, whatever became of it).

use super::schema::{big, big_null, col, index, key, keyed, long_text, table, text, text_null};
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261124_000007_notifications"
    }
}

fn tracked() -> Vec<ColumnDef> {
    vec![big("revision"), big("updated_at"), text_null("updated_by")]
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // No row means the defaults: sender name = account name, no footer.
        let mut settings = vec![key("account_id"), text("sender_name"), long_text("footer")];
        settings.extend(tracked());
        manager
            .create_table(table("notification_settings", settings))
            .await?;

        // No row means enabled, not required, no recipients.
        let mut categories = vec![
            col("enabled").boolean().not_null().to_owned(),
            long_text("note"),
            // The account requires delivery: members cannot opt out.
            col("required").boolean().not_null().to_owned(),
        ];
        categories.extend(tracked());
        manager
            .create_table(keyed(
                "notification_categories",
                &["account_id", "category"],
                categories,
            ))
            .await?;
        // Who receives the mails addressed to the account as a whole (kind: user | group).
        manager
            .create_table(keyed(
                "notification_recipients",
                &["account_id", "category", "kind", "ref_id"],
                vec![],
            ))
            .await?;
        // Only opt-outs (and opt-ins back) are stored; no row means the default: enabled.
        manager
            .create_table(keyed(
                "notification_prefs",
                &["user_id", "account_id", "category"],
                vec![col("enabled").boolean().not_null().to_owned()],
            ))
            .await?;

        manager
            .create_table(table(
                "messages",
                vec![
                    key("id"),
                    // NULL for mails that belong to no account (a password reset).
                    text_null("account_id"),
                    text("category"),
                    text("recipient"),
                    text_null("user_id"),
                    text_null("sender_name"),
                    text("subject"),
                    // AES-GCM with the SecretKey: bodies carry one-time links.
                    long_text("body_enc"),
                    text("language"),
                    // Queued, Sent, Failed or Discarded.
                    text("status"),
                    col("status_reason").text().null().to_owned(),
                    col("attempts").integer().not_null().default(0).to_owned(),
                    big("next_attempt_at"),
                    big_null("lease_until"),
                    text_null("lease_holder"),
                    big("created_at"),
                    big_null("sent_at"),
                ],
            ))
            .await?;
        // The worker's "what is due" scan.
        manager
            .create_index(index(
                "ix_messages_due",
                "messages",
                &["status", "next_attempt_at"],
                false,
            ))
            .await?;
        // The Messages log: newest first, keyset on (created_at, id).
        manager
            .create_index(
                Index::create()
                    .name("ix_messages_log")
                    .table(Alias::new("messages"))
                    .if_not_exists()
                    .col(Alias::new("account_id"))
                    .col((Alias::new("created_at"), IndexOrder::Desc))
                    .col((Alias::new("id"), IndexOrder::Desc))
                    .to_owned(),
            )
            .await?;
        Ok(())
    }
}
