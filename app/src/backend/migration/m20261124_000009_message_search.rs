//! Searching the Messages log for a recipient or a word of the subject is a substring match.
//! Trigram indexes turn a rare term (one person's mails, or a term that matches nothing) from
//! a scan of the account's whole log into index lookups, measured with `.ci/bench-messages` at
//! 1,000,000 messages: on PostgreSQL `pg_trgm` indexes on both columns; on SQLite an FTS5
//! trigram table that keeps its own copy of both with the message id (not an external-content
//! table: `messages` has a text key, and VACUUM may renumber its implicit rowids), kept in
//! step by triggers.

use sea_orm::{ConnectionTrait, DatabaseBackend};
use sea_orm_migration::prelude::*;

pub struct Migration;

const SQLITE: [&str; 4] = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS messages_search USING fts5(
        id UNINDEXED, recipient, subject, tokenize = 'trigram')",
    "CREATE TRIGGER IF NOT EXISTS messages_search_insert AFTER INSERT ON messages
     BEGIN INSERT INTO messages_search(id, recipient, subject)
       VALUES (new.id, new.recipient, new.subject); END",
    // Neither column changes today (only the status does); should that change, the copy follows.
    "CREATE TRIGGER IF NOT EXISTS messages_search_update AFTER UPDATE OF recipient, subject
     ON messages BEGIN UPDATE messages_search SET recipient = new.recipient,
       subject = new.subject WHERE id = old.id; END",
    // Messages written before this migration.
    "INSERT INTO messages_search(id, recipient, subject)
     SELECT id, recipient, subject FROM messages
     WHERE NOT EXISTS (SELECT 1 FROM messages_search LIMIT 1)",
];

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261124_000009_message_search"
    }
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() == DatabaseBackend::Sqlite {
            for sql in SQLITE {
                manager.get_connection().execute_unprepared(sql).await?;
            }
            return Ok(());
        }
        if manager.get_database_backend() != DatabaseBackend::Postgres {
            return Ok(());
        }
        let conn = manager.get_connection();
        if !super::schema::ensure_pg_trgm(conn).await? {
            return Ok(());
        }
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
