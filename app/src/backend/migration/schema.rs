//! Small builders the migrations share, so each reads as a list of tables and indexes.

use sea_orm_migration::prelude::*;

pub fn col(name: &str) -> ColumnDef {
    ColumnDef::new(Alias::new(name))
}
pub fn text(name: &str) -> ColumnDef {
    col(name).string().not_null().to_owned()
}
pub fn text_null(name: &str) -> ColumnDef {
    col(name).string().null().to_owned()
}
pub fn long_text(name: &str) -> ColumnDef {
    col(name).text().not_null().to_owned()
}
pub fn big(name: &str) -> ColumnDef {
    col(name).big_integer().not_null().to_owned()
}
pub fn big_null(name: &str) -> ColumnDef {
    col(name).big_integer().null().to_owned()
}
pub fn key(name: &str) -> ColumnDef {
    col(name).string().not_null().primary_key().to_owned()
}

pub fn table(name: &str, columns: Vec<ColumnDef>) -> TableCreateStatement {
    let mut t = Table::create();
    t.table(Alias::new(name)).if_not_exists();
    for mut c in columns {
        t.col(&mut c);
    }
    t.to_owned()
}

/// A table whose primary key is several text columns.
pub fn keyed(name: &str, keys: &[&str], rest: Vec<ColumnDef>) -> TableCreateStatement {
    let mut t = Table::create();
    t.table(Alias::new(name)).if_not_exists();
    let mut pk = Index::create();
    for k in keys {
        t.col(col(k).string().not_null());
        pk.col(Alias::new(*k));
    }
    for mut c in rest {
        t.col(&mut c);
    }
    t.primary_key(&mut pk);
    t.to_owned()
}

pub fn index(name: &str, table: &str, columns: &[&str], unique: bool) -> IndexCreateStatement {
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

/// On PostgreSQL, makes sure the `pg_trgm` extension is there for trigram indexes; false when
/// the server does not offer it (the searches then work without those indexes).
pub async fn ensure_pg_trgm(conn: &SchemaManagerConnection<'_>) -> Result<bool, DbErr> {
    use sea_orm::{ConnectionTrait, DatabaseBackend, Statement};
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
    }
    Ok(available)
}
