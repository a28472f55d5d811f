//! Searching Buyers (name, id, tax number) and Licensees (name, id, external reference) is a
//! substring match, which read every row of the account at 1,000,000 rows (2–3 s on both
//! databases, `.ci/bench-lists`). As for the Messages log (migration 9): on PostgreSQL
//! `pg_trgm` GIN indexes on the three searched columns; on SQLite an FTS5 trigram table per
//! list holding a copy of the three with the row id, kept in step by triggers (not an
//! external-content table: the tables have text keys, and VACUUM may renumber rowids).

use sea_orm::{ConnectionTrait, DatabaseBackend};
use sea_orm_migration::prelude::*;

pub struct Migration;

/// (table, search table, the two text columns searched besides the id).
const LISTS: [(&str, &str, &str, &str); 2] = [
    ("buyers", "buyers_search", "sort_name", "tax_number"),
    ("licensees", "licensees_search", "sort_name", "external_ref"),
];

fn sqlite(table: &str, search: &str, a: &str, b: &str) -> [String; 5] {
    [
        format!(
            "CREATE VIRTUAL TABLE IF NOT EXISTS {search} USING fts5(
                id UNINDEXED, key, {a}, {b}, tokenize = 'trigram')"
        ),
        format!(
            "CREATE TRIGGER IF NOT EXISTS {search}_insert AFTER INSERT ON {table}
             BEGIN INSERT INTO {search}(id, key, {a}, {b})
               VALUES (new.id, new.id, new.{a}, new.{b}); END"
        ),
        format!(
            "CREATE TRIGGER IF NOT EXISTS {search}_update AFTER UPDATE OF {a}, {b} ON {table}
             BEGIN UPDATE {search} SET {a} = new.{a}, {b} = new.{b} WHERE id = old.id; END"
        ),
        format!(
            "CREATE TRIGGER IF NOT EXISTS {search}_delete AFTER DELETE ON {table}
             BEGIN DELETE FROM {search} WHERE id = old.id; END"
        ),
        // Rows written before this migration.
        format!(
            "INSERT INTO {search}(id, key, {a}, {b}) SELECT id, id, {a}, {b} FROM {table}
             WHERE NOT EXISTS (SELECT 1 FROM {search} LIMIT 1)"
        ),
    ]
}

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261203_000014_trading_search"
    }
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let conn = manager.get_connection();
        match manager.get_database_backend() {
            DatabaseBackend::Sqlite => {
                for (table, search, a, b) in LISTS {
                    for sql in sqlite(table, search, a, b) {
                        conn.execute_unprepared(&sql).await?;
                    }
                }
            }
            DatabaseBackend::Postgres => {
                if !super::schema::ensure_pg_trgm(conn).await? {
                    return Ok(());
                }
                // The searches compare `sort_name` (lower case already), `id` (upper case) and
                // the lower-cased code, so the indexes hold exactly those expressions.
                for (table, _, a, b) in LISTS {
                    for (col, expr) in [
                        ("id", "id".to_string()),
                        (a, a.to_string()),
                        (b, format!("lower({b})")),
                    ] {
                        conn.execute_unprepared(&format!(
                            "CREATE INDEX IF NOT EXISTS ix_{table}_{col}_trgm ON {table} \
                             USING gin ({expr} gin_trgm_ops)"
                        ))
                        .await?;
                    }
                }
            }
            _ => {}
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let conn = manager.get_connection();
        match manager.get_database_backend() {
            DatabaseBackend::Sqlite => {
                for (_, search, _, _) in LISTS {
                    for t in ["insert", "update", "delete"] {
                        conn.execute_unprepared(&format!("DROP TRIGGER IF EXISTS {search}_{t}"))
                            .await?;
                    }
                    conn.execute_unprepared(&format!("DROP TABLE IF EXISTS {search}"))
                        .await?;
                }
            }
            DatabaseBackend::Postgres => {
                for (table, _, a, b) in LISTS {
                    for col in ["id", a, b] {
                        conn.execute_unprepared(&format!(
                            "DROP INDEX IF EXISTS ix_{table}_{col}_trgm"
                        ))
                        .await?;
                    }
                }
            }
            _ => {}
        }
        Ok(())
    }
}
