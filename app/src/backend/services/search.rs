//! Substring search in lists.

use sea_orm::sea_query::LikeExpr;

/// `%text%` with the user's own `%`, `_` and `\` matching literally.
pub fn contains(text: &str) -> LikeExpr {
    let escaped: String = text
        .chars()
        .flat_map(|c| {
            if matches!(c, '\\' | '%' | '_') {
                vec!['\\', c]
            } else {
                vec![c]
            }
        })
        .collect();
    LikeExpr::new(format!("%{escaped}%")).escape('\\')
}

/// On SQLite, the rows of `table` whose `cols` in the FTS5 trigram table `search_table` may
/// contain `text` (migrations 9 and 14): a condition that turns a substring search into index
/// look-ups. It is a superset (the trigram match ignores case), so the caller keeps its exact
/// `LIKE` conditions. None where it cannot help: on PostgreSQL (its trigram indexes serve the
/// `LIKE` itself), and for a term under three characters or with wildcards, which the trigram
/// table would answer by reading every row.
pub fn trigram_candidates(
    backend: sea_orm::DatabaseBackend,
    table: &str,
    search_table: &str,
    cols: &[&str],
    text: &str,
) -> Option<sea_orm::sea_query::SimpleExpr> {
    let plain = !text.contains(['%', '_', '\\']) && text.chars().count() >= 3;
    if !plain || backend != sea_orm::DatabaseBackend::Sqlite {
        return None;
    }
    let pattern = format!("%{text}%");
    let selects: Vec<String> = cols
        .iter()
        .map(|c| format!("SELECT id FROM {search_table} WHERE {c} LIKE ?"))
        .collect();
    Some(sea_orm::sea_query::Expr::cust_with_values(
        format!("\"{table}\".\"id\" IN ({})", selects.join(" UNION ")),
        cols.iter().map(|_| pattern.clone()),
    ))
}

/// How many trigram candidates a list search narrows to at most; past it the term is common
/// and the list's own sort index, read in order, meets enough matches sooner.
pub const NARROW_CAP: u64 = 10_000;

/// On SQLite, the ids of `search_table`'s rows whose `cols` may contain `text` (the FTS5
/// trigram copy, migration 14), when there are at most [`NARROW_CAP`] of them: the list then
/// reads those rows by id instead of walking the account's sort index and testing every row
/// (240 ms for a term that matches nothing at 1,000,000 buyers). None where that does not
/// help: PostgreSQL (its trigram indexes serve the `LIKE`), a term under three characters or
/// with wildcards, or a common term.
pub async fn trigram_ids<C: sea_orm::ConnectionTrait>(
    conn: &C,
    search_table: &str,
    cols: &[&str],
    text: &str,
) -> Result<Option<Vec<String>>, crate::error::AppError> {
    let plain = !text.contains(['%', '_', '\\']) && text.chars().count() >= 3;
    let backend = conn.get_database_backend();
    if !plain || backend != sea_orm::DatabaseBackend::Sqlite {
        return Ok(None);
    }
    let pattern = format!("%{text}%");
    let selects: Vec<String> = cols
        .iter()
        .map(|c| format!("SELECT id FROM {search_table} WHERE {c} LIKE ?"))
        .collect();
    let sql = format!("{} LIMIT {}", selects.join(" UNION "), NARROW_CAP + 1);
    let values = cols.iter().map(|_| pattern.clone().into());
    let rows = conn
        .query_all(sea_orm::Statement::from_sql_and_values(
            backend, sql, values,
        ))
        .await?;
    if rows.len() as u64 > NARROW_CAP {
        return Ok(None);
    }
    Ok(Some(
        rows.iter()
            .filter_map(|r| r.try_get::<String>("", "id").ok())
            .collect(),
    ))
}

/// `+"table"."account_id" = ?`: the account condition of a list narrowed by [`trigram_ids`].
/// The unary `+` keeps SQLite from using the (account, sort key) index for it, which it
/// would otherwise walk to avoid sorting, testing each row against the ids.
pub fn account_unindexed(table: &str, account_id: &str) -> sea_orm::sea_query::SimpleExpr {
    sea_orm::sea_query::Expr::cust_with_values(
        format!("+\"{table}\".\"account_id\" = ?"),
        [account_id.to_string()],
    )
}

/// A searchable list's columns: its table, its FTS5 copy (migration 14) and the three
/// searched columns, which match a term in their own way: the lower-cased name, the
/// upper-case id, and a code (tax number, reference) in any case.
pub struct Searchable<C> {
    pub table: &'static str,
    pub search_table: &'static str,
    pub account: C,
    pub id: C,
    pub sort_name: C,
    pub code: C,
    /// The code's column in the FTS5 copy.
    pub code_name: &'static str,
}

impl<C: sea_orm::ColumnTrait> Searchable<C> {
    /// The account's rows, narrowed to the search's trigram candidates where that helps
    /// ([`trigram_ids`]), with the exact match of `text` (empty: no search).
    pub async fn select<E>(
        &self,
        db: &sea_orm::DatabaseConnection,
        account_id: &str,
        text: &str,
    ) -> Result<sea_orm::Select<E>, crate::error::AppError>
    where
        E: sea_orm::EntityTrait<Column = C>,
    {
        use crate::backend::services::keyset::{contains as like, contains_any_case};
        use sea_orm::QueryFilter;
        let text = text.trim();
        let cols = ["key", "sort_name", self.code_name];
        let narrowed = if text.is_empty() {
            None
        } else {
            trigram_ids(db, self.search_table, &cols, text).await?
        };
        let q = match narrowed {
            Some(ids) => E::find()
                .filter(account_unindexed(self.table, account_id))
                .filter(self.id.is_in(ids)),
            None => E::find().filter(self.account.eq(account_id)),
        };
        if text.is_empty() {
            return Ok(q);
        }
        Ok(q.filter(
            sea_orm::Condition::any()
                .add(like(self.sort_name, &text.to_lowercase()))
                .add(like(self.id, &text.to_uppercase()))
                .add(contains_any_case(self.code, text)),
        ))
    }
}
