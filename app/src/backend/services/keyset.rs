//! Keyset paging at the database, for every list (the list kit's server half).
//!
//! A page is the rows after the cursor in (sort key, id) order, both orders supported:
//! `WHERE (key, id) > (v, last_id) ORDER BY key, id LIMIT n + 1` (mirrored for
//! descending). With an index on (account_id, key, id) the database walks the index from the
//! cursor and stops after one page, so page 1,000 costs what page 1 costs. The cursor is
//! opaque to clients (JSON of the last row's key and id); a forged one is a field error, never
//! a database error. The count of matches stops at `COUNT_CAP` + 1 rows.

use crate::error::AppError;
use crate::model::COUNT_CAP;
use sea_orm::sea_query::{Alias, Expr, Query, SimpleExpr};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, Order, QueryFilter, QueryOrder, QuerySelect,
    QueryTrait, Select,
};
use serde::{Deserialize, Serialize};

/// A sort key's value in a cursor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum KeyValue {
    Int(i64),
    Text(String),
}

impl From<KeyValue> for sea_orm::Value {
    fn from(v: KeyValue) -> Self {
        match v {
            KeyValue::Int(i) => i.into(),
            KeyValue::Text(s) => s.into(),
        }
    }
}

#[derive(Serialize, Deserialize)]
struct Cursor {
    v: KeyValue,
    id: String,
}

pub fn invalid_cursor() -> AppError {
    AppError::field("cursor", "This cursor is not valid.")
}

/// The rows of one page and the cursor of the next (None on the last page).
pub struct Keyset<M> {
    pub rows: Vec<M>,
    pub next_cursor: Option<String>,
}

/// One page of `q` in (`key`, `id`) order. `row_key` reads a row's key value and id (for the
/// next cursor).
pub async fn page<E, C>(
    conn: &C,
    q: Select<E>,
    (key, id): (E::Column, E::Column),
    desc: bool,
    cursor: Option<&str>,
    limit: u64,
    row_key: impl Fn(&E::Model) -> (KeyValue, String),
) -> Result<Keyset<E::Model>, AppError>
where
    E: EntityTrait,
    C: ConnectionTrait,
{
    let mut q = q;
    if let Some(raw) = cursor {
        let c: Cursor = serde_json::from_str(raw).map_err(|_| invalid_cursor())?;
        // PostgreSQL refuses NUL in text: a forged cursor must not reach it as a 500.
        if c.id.contains('\0') || matches!(&c.v, KeyValue::Text(s) if s.contains('\0')) {
            return Err(invalid_cursor());
        }
        let v: sea_orm::Value = c.v.into();
        // A row-value comparison, `(key, id) > (v, id0)`: both databases walk the index from
        // the cursor. The equivalent `key > v OR (key = v AND id > id0)` made SQLite scan the
        // index from its start (45 ms at the middle of 1,000,000 licensees).
        let cols = Expr::tuple([
            Expr::col((E::default(), key)).into(),
            Expr::col((E::default(), id)).into(),
        ]);
        let vals = Expr::tuple([Expr::val(v).into(), Expr::val(c.id).into()]);
        q = q.filter(if desc { cols.lt(vals) } else { cols.gt(vals) });
    }
    let order = if desc { Order::Desc } else { Order::Asc };
    let mut rows = q
        .order_by(key, order.clone())
        .order_by(id, order)
        .limit(limit + 1)
        .all(conn)
        .await?;
    let more = rows.len() as u64 > limit;
    rows.truncate(limit as usize);
    let next_cursor = rows.last().filter(|_| more).map(|last| {
        let (v, id) = row_key(last);
        serde_json::to_string(&Cursor { v, id }).unwrap_or_default()
    });
    Ok(Keyset { rows, next_cursor })
}

/// Matches of `q`, counted up to `COUNT_CAP` + 1 rows: (count, capped).
pub async fn capped_count<E, C>(
    conn: &C,
    q: Select<E>,
    id: E::Column,
) -> Result<(u64, bool), AppError>
where
    E: EntityTrait,
    C: ConnectionTrait,
{
    let inner = q.select_only().column(id).limit(COUNT_CAP + 1).into_query();
    let mut count = Query::select();
    count
        .expr_as(Expr::cust("COUNT(*)"), Alias::new("n"))
        .from_subquery(inner, Alias::new("c"));
    let backend = conn.get_database_backend();
    let n = conn
        .query_one(backend.build(&count))
        .await?
        .map(|r| r.try_get::<i64>("", "n"))
        .transpose()?
        .unwrap_or(0)
        .max(0) as u64;
    Ok((n.min(COUNT_CAP), n > COUNT_CAP))
}

/// `col LIKE '%text%'` for a search (the pattern escaped, see `search::contains`).
pub fn contains(col: impl ColumnTrait, text: &str) -> SimpleExpr {
    col.like(crate::backend::services::search::contains(text))
}

/// `lower(col) LIKE '%text%'`: a search that ignores case on both databases (PostgreSQL's
/// `LIKE` does not, SQLite's does for ASCII only).
pub fn contains_any_case(col: impl ColumnTrait, text: &str) -> SimpleExpr {
    Expr::expr(sea_orm::sea_query::Func::lower(Expr::col(col))).like(
        crate::backend::services::search::contains(&text.to_lowercase()),
    )
}
