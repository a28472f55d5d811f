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
