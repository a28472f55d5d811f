use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261123_000001_init"
    }
}

fn col(name: &str) -> ColumnDef {
    ColumnDef::new(Alias::new(name))
}
fn text(name: &str) -> ColumnDef {
    col(name).string().not_null().to_owned()
}
fn text_null(name: &str) -> ColumnDef {
    col(name).string().null().to_owned()
}
fn long_text(name: &str) -> ColumnDef {
    col(name).text().not_null().to_owned()
}
fn big(name: &str) -> ColumnDef {
    col(name).big_integer().not_null().to_owned()
}
fn big_null(name: &str) -> ColumnDef {
    col(name).big_integer().null().to_owned()
}
fn key(name: &str) -> ColumnDef {
    col(name).string().not_null().primary_key().to_owned()
}

fn table(name: &str, columns: Vec<ColumnDef>) -> TableCreateStatement {
    let mut t = Table::create();
    t.table(Alias::new(name)).if_not_exists();
    for mut c in columns {
        t.col(&mut c);
    }
    t.to_owned()
}

fn index(name: &str, table: &str, columns: &[&str], unique: bool) -> IndexCreateStatement {
    let mut i = Index::create();
    i.name(name).table(Alias::new(table)).if_not_exists();
    for c in columns {
        i.col(Alias::new(*c));
    }
    if unique {
        i.unique();
    }
    i.to_owned()
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(table(
                "accounts",
                vec![
                    key("id"),
                    text("name"),
                    text("kind"),
                    text("status"),
                    col("logo").blob().null().to_owned(),
                    text_null("logo_type"),
                    text_null("website"),
                    text_null("support_email"),
                    col("description").text().null().to_owned(),
                    text("language"),
                    text_null("address_line1"),
                    text_null("address_line2"),
                    text_null("city"),
                    text_null("region"),
                    text_null("postcode"),
                    text_null("country"),
                    text("timezone"),
                    text_null("legal_name"),
                    text_null("tax_id"),
                    text_null("industry"),
                    text_null("company_size"),
                    text("passcode_enc"),
                    big("revision"),
                    big("created_at"),
                    text_null("created_by"),
                    big("updated_at"),
                    text_null("updated_by"),
                ],
            ))
            .await?;
        manager
            .create_table(table(
                "users",
                vec![
                    key("id"),
                    text("email"),
                    text("first_name"),
                    text("last_name"),
                    text("password_hash"),
                    text("status"),
                    big("created_at"),
                    big("updated_at"),
                    big_null("last_login_at"),
                ],
            ))
            .await?;
        manager
            .create_index(index("ux_users_email", "users", &["email"], true))
            .await?;
        manager
            .create_table(table(
                "memberships",
                vec![
                    key("id"),
                    text("account_id"),
                    text("user_id"),
                    text("role"),
                    text("status"),
                    big("created_at"),
                    big("updated_at"),
                    big_null("last_login_at"),
                ],
            ))
            .await?;
        manager
            .create_index(index(
                "ux_memberships_account_user",
                "memberships",
                &["account_id", "user_id"],
                true,
            ))
            .await?;
        manager
            .create_index(index(
                "ix_memberships_user",
                "memberships",
                &["user_id"],
                false,
            ))
            .await?;
        manager
            .create_table(table(
                "sessions",
                vec![
                    key("id_hash"),
                    text("user_id"),
                    text("account_id"),
                    big("created_at"),
                    big("last_seen_at"),
                    big("expires_at"),
                    text("ip"),
                    long_text("user_agent"),
                ],
            ))
            .await?;
        manager
            .create_index(index("ix_sessions_user", "sessions", &["user_id"], false))
            .await?;
        manager
            .create_table(table(
                "audit_records",
                vec![
                    col("seq")
                        .big_integer()
                        .not_null()
                        .auto_increment()
                        .primary_key()
                        .to_owned(),
                    text("id"),
                    text("account_id"),
                    big("at"),
                    text("actor_type"),
                    text("actor_id"),
                    text("actor_name"),
                    text("action"),
                    text("object_type"),
                    text("object_id"),
                    text("object_name"),
                    long_text("summary"),
                    long_text("changes"),
                    text("ip"),
                    long_text("user_agent"),
                    text("prev_hash"),
                    text("hash"),
                ],
            ))
            .await?;
        manager
            .create_index(index("ux_audit_id", "audit_records", &["id"], true))
            .await?;
        // Keyset paging of one account's trail, newest first, walks this index.
        manager
            .create_index(index(
                "ix_audit_account_seq",
                "audit_records",
                &["account_id", "seq"],
                false,
            ))
            .await?;
        manager
            .create_table(table(
                "audit_heads",
                vec![
                    key("account_id"),
                    text("last_hash"),
                    big("record_count"),
                    big("lock_count"),
                ],
            ))
            .await?;
        manager
            .create_table(table(
                "login_throttle",
                vec![
                    key("key"),
                    big("window_start"),
                    col("failures").integer().not_null().to_owned(),
                    big("locked_until"),
                ],
            ))
            .await?;
        Ok(())
    }
}
