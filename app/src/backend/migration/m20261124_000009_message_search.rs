//! Searching the Messages log for a recipient or a word of the subject is a substring match.
//! On PostgreSQL, trigram indexes on both turn a rare term (one person's mails, or a term that
//! matches nothing) from a scan of the account's whole log into index lookups: measured with
//! `.ci/bench-messages` at 1,000,000 messages. SQLite goes without (see the README's figures).

use sea_orm::{ConnectionTrait, DatabaseBackend, Statement};
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261124_000009_message_search"
    }
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() != DatabaseBackend::Postgres {
            return Ok(());
        }
        let conn = manager.get_connection();
        let available = conn
            .query_one(Statement::from_string(
                DatabaseBackend::Postgres,
                "SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'".to_string(),
            ))
            .await?
            .is_some();
        if !available {
            return Ok(());
        }
        conn.execute_unprepared("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            .await?;
        conn.execute_unprepared(
            "CREATE INDEX IF NOT EXISTS ix_messages_recipient_trgm ON messages \
             USING gin (recipient gin_trgm_ops)",
        )
        .await?;
        conn.execute_unprepared(
            "CREATE INDEX IF NOT EXISTS ix_messages_subject_trgm ON messages \
             USING gin (lower(subject) gin_trgm_ops)",
        )
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() == DatabaseBackend::Postgres {
            let conn = manager.get_connection();
            conn.execute_unprepared("DROP INDEX IF EXISTS ix_messages_recipient_trgm")
                .await?;
            conn.execute_unprepared("DROP INDEX IF EXISTS ix_messages_subject_trgm")
                .await?;
        }
        Ok(())
    }
}
