use super::schema::{col, index};
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261123_000002_people"
    }
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Alias::new("groups"))
                    .if_not_exists()
                    .col(col("id").string().not_null().primary_key())
                    .col(col("account_id").string().not_null())
                    .col(col("name").string().not_null())
                    .col(col("description").text().not_null())
                    .col(col("is_default").boolean().not_null())
                    // JSON object module -> level.
                    .col(col("modules").text().not_null())
                    .col(col("revision").big_integer().not_null())
                    .col(col("created_at").big_integer().not_null())
                    .col(col("created_by").string().null())
                    .col(col("updated_at").big_integer().not_null())
                    .col(col("updated_by").string().null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "ux_groups_account_name",
                "groups",
                &["account_id", "name"],
                true,
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Alias::new("group_members"))
                    .if_not_exists()
                    .col(col("group_id").string().not_null())
                    .col(col("membership_id").string().not_null())
                    .primary_key(
                        Index::create()
                            .col(Alias::new("group_id"))
                            .col(Alias::new("membership_id")),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "ix_group_members_membership",
                "group_members",
                &["membership_id"],
                false,
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Alias::new("invitations"))
                    .if_not_exists()
                    .col(col("token_hash").string().not_null().primary_key())
                    .col(col("membership_id").string().not_null())
                    .col(col("account_id").string().not_null())
                    // Pending, Accepted, Revoked, Replaced.
                    .col(col("status").string().not_null())
                    // The link token, encrypted so that "copy link" can show it again.
                    .col(col("token_enc").string().not_null())
                    .col(col("expires_at").big_integer().not_null())
                    .col(col("invited_by").string().not_null())
                    .col(col("created_at").big_integer().not_null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "ix_invitations_membership",
                "invitations",
                &["membership_id"],
                false,
            ))
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Alias::new("password_resets"))
                    .if_not_exists()
                    .col(col("token_hash").string().not_null().primary_key())
                    .col(col("user_id").string().not_null())
                    .col(col("expires_at").big_integer().not_null())
                    .col(col("used_at").big_integer().null())
                    .to_owned(),
            )
            .await?;
        // When the newest invitation of an Invited membership runs out ("Invitation expired").
        manager
            .alter_table(
                Table::alter()
                    .table(Alias::new("memberships"))
                    .add_column(col("invite_expires_at").big_integer().null())
                    .to_owned(),
            )
            .await?;
        for column in ["email", "sort_name"] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Alias::new("memberships"))
                        .add_column(col(column).string().not_null().default(""))
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_index(index(
                "ix_memberships_account_email",
                "memberships",
                &["account_id", "email", "id"],
                false,
            ))
            .await?;
        manager
            .create_index(index(
                "ix_memberships_account_name",
                "memberships",
                &["account_id", "sort_name", "id"],
                false,
            ))
            .await?;
        // "Last login" sorts never-signed-in people as 0; the index has the same expression
        // as the query so both databases walk it (the builder has no expression indexes).
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE INDEX IF NOT EXISTS ix_memberships_account_login ON memberships (account_id, (COALESCE(last_login_at, 0)), id)",
            )
            .await?;
        // The Users list pages by (account, created) and searches by e-mail.
        manager
            .create_index(index(
                "ix_memberships_account_created",
                "memberships",
                &["account_id", "created_at", "id"],
                false,
            ))
            .await?;
        Ok(())
    }
}
