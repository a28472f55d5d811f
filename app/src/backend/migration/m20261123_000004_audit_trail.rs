//! The full audit trail: filter indexes, retention, purge anchors and the append-only guard.
//!
//! The guard is a trigger on each database that refuses every UPDATE and every DELETE of an
//! audit record, with one exception: a record at or below the account's latest purge anchor
//! (`audit_purges.up_to_seq`) may be deleted, which is how retention removes old records.
//! The anchors themselves can never be changed or removed, and each one is also written into
//! the hash chain, so an anchor inserted behind the console's back is detected by `verify`.

use super::schema::{big, col, index, key, table, text};
use sea_orm::DatabaseBackend;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261123_000004_audit_trail"
    }
}

const SQLITE_GUARD: &[&str] = &[
    "CREATE TRIGGER IF NOT EXISTS audit_records_no_update BEFORE UPDATE ON audit_records
     BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS audit_records_no_delete BEFORE DELETE ON audit_records
     WHEN OLD.seq > COALESCE((SELECT MAX(up_to_seq) FROM audit_purges
                              WHERE account_id = OLD.account_id), 0)
     BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS audit_purges_no_update BEFORE UPDATE ON audit_purges
     BEGIN SELECT RAISE(ABORT, 'audit purge anchors are append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS audit_purges_no_delete BEFORE DELETE ON audit_purges
     BEGIN SELECT RAISE(ABORT, 'audit purge anchors are append-only'); END",
    // Free-text search in summaries: a trigram index (FTS5, over the table's own column) that
    // finds a rare word without reading the whole trail. Kept in step by triggers; records
    // are never updated, so insert and delete are all it needs.
    "CREATE VIRTUAL TABLE IF NOT EXISTS audit_summary_fts USING fts5(
       summary, content='audit_records', content_rowid='seq', tokenize='trigram')",
    "CREATE TRIGGER IF NOT EXISTS audit_summary_fts_insert AFTER INSERT ON audit_records
     BEGIN INSERT INTO audit_summary_fts(rowid, summary) VALUES (new.seq, new.summary); END",
    "CREATE TRIGGER IF NOT EXISTS audit_summary_fts_delete AFTER DELETE ON audit_records
     BEGIN INSERT INTO audit_summary_fts(audit_summary_fts, rowid, summary)
           VALUES ('delete', old.seq, old.summary); END",
    "INSERT INTO audit_summary_fts(audit_summary_fts) VALUES ('rebuild')",
];

const POSTGRES_GUARD: &[&str] = &[
    "CREATE OR REPLACE FUNCTION audit_records_append_only() RETURNS trigger
     LANGUAGE plpgsql AS $$
     BEGIN
       IF TG_OP = 'DELETE' THEN
         IF OLD.seq <= COALESCE((SELECT MAX(up_to_seq) FROM audit_purges
                                 WHERE account_id = OLD.account_id), 0) THEN
           RETURN OLD;
         END IF;
       END IF;
       RAISE EXCEPTION 'audit records are append-only';
     END $$",
    "CREATE OR REPLACE FUNCTION audit_purges_append_only() RETURNS trigger
     LANGUAGE plpgsql AS $$
     BEGIN RAISE EXCEPTION 'audit purge anchors are append-only'; END $$",
    "DROP TRIGGER IF EXISTS audit_records_guard ON audit_records",
    "CREATE TRIGGER audit_records_guard BEFORE UPDATE OR DELETE ON audit_records
     FOR EACH ROW EXECUTE FUNCTION audit_records_append_only()",
    "DROP TRIGGER IF EXISTS audit_records_no_truncate ON audit_records",
    "CREATE TRIGGER audit_records_no_truncate BEFORE TRUNCATE ON audit_records
     FOR EACH STATEMENT EXECUTE FUNCTION audit_purges_append_only()",
    "DROP TRIGGER IF EXISTS audit_purges_guard ON audit_purges",
    "CREATE TRIGGER audit_purges_guard BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_purges
     FOR EACH STATEMENT EXECUTE FUNCTION audit_purges_append_only()",
];

/// Free-text search in summaries is a substring match; on PostgreSQL a trigram index turns a
/// rare word from a scan of the whole trail into an index lookup. `pg_trgm` ships with
/// PostgreSQL and is a trusted extension, but a server built without it simply goes without
/// the index (the search still works, by scanning).
async fn trigram_index(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    use sea_orm::{ConnectionTrait, Statement};
    let conn = manager.get_connection();
    let available = conn
        .query_one(Statement::from_string(
            DatabaseBackend::Postgres,
            "SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'".to_string(),
        ))
        .await?
        .is_some();
    if available {
        conn.execute_unprepared("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            .await?;
        conn.execute_unprepared(
            "CREATE INDEX IF NOT EXISTS ix_audit_summary_trgm ON audit_records \
             USING gin (lower(summary) gin_trgm_ops)",
        )
        .await?;
    }
    Ok(())
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Each filter of the audit page walks one of these, newest first, without a sort.
        for (name, cols) in [
            ("ix_audit_actor", &["account_id", "actor_id", "seq"][..]),
            ("ix_audit_action", &["account_id", "action", "seq"][..]),
            (
                "ix_audit_object",
                &["account_id", "object_type", "object_id", "seq"][..],
            ),
            (
                "ix_audit_object_id",
                &["account_id", "object_id", "seq"][..],
            ),
            ("ix_audit_ip", &["account_id", "ip", "seq"][..]),
            // Turns a date range into a range of sequence numbers (times never go backwards
            // within an account's chain).
            ("ix_audit_at", &["account_id", "at", "seq"][..]),
        ] {
            manager
                .create_index(index(name, "audit_records", cols, false))
                .await?;
        }
        manager
            .create_table(table(
                "audit_purges",
                vec![
                    key("id"),
                    text("account_id"),
                    // Every record of the account up to this sequence number was purged.
                    big("up_to_seq"),
                    // The hash of the last purged record: the chain continues from it.
                    text("anchor_hash"),
                    big("purged_count"),
                    big("cutoff_at"),
                    big("at"),
                    // The chain record that announces this purge.
                    text("record_id"),
                ],
            ))
            .await?;
        manager
            .create_index(index(
                "ix_audit_purges_account",
                "audit_purges",
                &["account_id", "up_to_seq"],
                false,
            ))
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Alias::new("accounts"))
                    .add_column(col("audit_retention_days").big_integer().null())
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Alias::new("audit_heads"))
                    .add_column(big("last_at").default(0).to_owned())
                    .to_owned(),
            )
            .await?;
        let conn = manager.get_connection();
        let guard = match manager.get_database_backend() {
            DatabaseBackend::Postgres => POSTGRES_GUARD,
            _ => SQLITE_GUARD,
        };
        for sql in guard {
            conn.execute_unprepared(sql).await?;
        }
        if manager.get_database_backend() == DatabaseBackend::Postgres {
            trigram_index(manager).await?;
        }
        Ok(())
    }
}
