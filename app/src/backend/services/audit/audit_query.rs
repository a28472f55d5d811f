//! Finding audit records: the page's filters turned into conditions that each walk an index
//! (see migration 4), newest first by keyset on `seq`, in pages for the console and in
//! batches for exports.
//!
//! Two filters are resolved before the query: a date range becomes a range of sequence
//! numbers (a record's time never goes backwards within a chain), and an actor's name becomes
//! the ids of the account's members and tokens that match it.
//!
//! Free text is a substring match. A common word is found at once by walking the trail newest
//! first; a rare one would mean reading the whole trail, so on PostgreSQL a trigram index
//! (pg_trgm) serves it, and on SQLite the walk is bounded to the newest [`TEXT_WINDOW`]
//! sequence numbers before the query falls back to the trigram full-text table
//! (`audit_summary_fts`, FTS5) to find the candidates.

use crate::backend::entities::{api_token, audit_head, audit_record, membership};
use crate::backend::services::audit::to_dto;
use crate::backend::services::search::contains;
use crate::error::AppError;
use crate::model::{AuditFilter, AuditPage};
use crate::validation::{ActorMatch, AuditQuery};
use sea_orm::sea_query::{Expr, Func};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DatabaseBackend, DatabaseConnection, EntityTrait,
    QueryFilter, QueryOrder, QuerySelect,
};

const MAX_ACTORS: u64 = 50;
/// How far back (in sequence numbers) a text search walks before it asks the FTS index.
pub const TEXT_WINDOW: i64 = 20_000;

/// The records of one account that match a set of criteria. `cond` is None when nothing can
/// match (an actor name that fits nobody, a date range with no records).
#[derive(Debug, Clone)]
pub struct Selection {
    pub account_id: String,
    cond: Option<Condition>,
    /// SQLite only: the `LIKE` pattern for the trigram table, when the text allows it.
    fts: Option<String>,
    /// The highest sequence number the date range allows, if it sets one.
    hi: Option<i64>,
}

async fn seq_at(
    db: &DatabaseConnection,
    account_id: &str,
    at: Condition,
    first: bool,
) -> Result<Option<i64>, AppError> {
    let q = audit_record::Entity::find()
        .select_only()
        .column(audit_record::Column::Seq)
        .filter(audit_record::Column::AccountId.eq(account_id))
        .filter(at);
    let q = if first {
        q.order_by_asc(audit_record::Column::At)
            .order_by_asc(audit_record::Column::Seq)
    } else {
        q.order_by_desc(audit_record::Column::At)
            .order_by_desc(audit_record::Column::Seq)
    };
    Ok(q.limit(1).into_tuple::<i64>().one(db).await?)
}

async fn actor_ids(
    db: &DatabaseConnection,
    account_id: &str,
    name: &str,
) -> Result<Vec<String>, AppError> {
    let needle = name.to_lowercase();
    let mut ids: Vec<String> = membership::Entity::find()
        .select_only()
        .column(membership::Column::UserId)
        .filter(membership::Column::AccountId.eq(account_id))
        .filter(
            Condition::any()
                .add(membership::Column::SortName.like(contains(&needle)))
                .add(membership::Column::Email.like(contains(&needle))),
        )
        .limit(MAX_ACTORS)
        .into_tuple::<String>()
        .all(db)
        .await?;
    let tokens: Vec<String> = api_token::Entity::find()
        .select_only()
        .column(api_token::Column::Id)
        .filter(api_token::Column::AccountId.eq(account_id))
        .filter(api_token::Column::SortName.like(contains(&needle)))
        .limit(MAX_ACTORS)
        .into_tuple::<String>()
        .all(db)
        .await?;
    ids.extend(tokens);
    for special in ["system", "anonymous"] {
        if special.contains(&needle) {
            ids.push(special.to_string());
        }
    }
    Ok(ids)
}

/// `seq` among the trigram table's candidates (SQLite); the exact match stays in the query.
fn fts_match(pattern: &str) -> sea_orm::sea_query::SimpleExpr {
    Expr::cust_with_values(
        "\"seq\" IN (SELECT rowid FROM audit_summary_fts WHERE summary LIKE ?)",
        [pattern.to_string()],
    )
}

impl Selection {
    pub async fn new(
        db: &DatabaseConnection,
        account_id: &str,
        q: &AuditQuery,
    ) -> Result<Selection, AppError> {
        use audit_record::Column as C;
        let none = || Selection {
            account_id: account_id.to_string(),
            cond: None,
            fts: None,
            hi: None,
        };
        let (mut fts, mut upper) = (None, None);
        let mut cond = Condition::all().add(C::AccountId.eq(account_id));
        if let Some(from) = q.from_ms {
            match seq_at(db, account_id, Condition::all().add(C::At.gte(from)), true).await? {
                Some(lo) => cond = cond.add(C::Seq.gte(lo)),
                None => return Ok(none()),
            }
        }
        if let Some(until) = q.until_ms {
            match seq_at(db, account_id, Condition::all().add(C::At.lt(until)), false).await? {
                Some(hi) => {
                    upper = Some(hi);
                    cond = cond.add(C::Seq.lte(hi));
                }
                None => return Ok(none()),
            }
        }
        match &q.actor {
            Some(ActorMatch::Id(id)) => cond = cond.add(C::ActorId.eq(id.as_str())),
            Some(ActorMatch::Name(name)) => {
                let ids = actor_ids(db, account_id, name).await?;
                match ids.len() {
                    0 => return Ok(none()),
                    1 => cond = cond.add(C::ActorId.eq(ids[0].as_str())),
                    _ => cond = cond.add(C::ActorId.is_in(ids)),
                }
            }
            None => {}
        }
        if let Some(actions) = &q.actions {
            cond = match actions.as_slice() {
                [one] => cond.add(C::Action.eq(one.as_str())),
                many => cond.add(C::Action.is_in(many.iter().map(String::as_str))),
            };
        }
        if let Some(t) = &q.object_type {
            cond = cond.add(C::ObjectType.eq(t.as_str()));
        }
        if let Some(id) = &q.object_id {
            cond = cond.add(C::ObjectId.eq(id.as_str()));
        }
        if let Some(ip) = &q.ip {
            cond = cond.add(C::Ip.eq(ip.as_str()));
        }
        if let Some(text) = &q.text {
            // lower() on both sides: PostgreSQL's LIKE is case-sensitive, SQLite's is not.
            cond = cond.add(
                Expr::expr(Func::lower(Expr::col(C::Summary))).like(contains(&text.to_lowercase())),
            );
            // The trigram table needs three characters and takes no ESCAPE clause.
            let plain = !text.contains(['%', '_', '\\']) && text.chars().count() >= 3;
            if plain && db.get_database_backend() == DatabaseBackend::Sqlite {
                fts = Some(format!("%{}%", text.to_lowercase()));
            }
        }
        Ok(Selection {
            account_id: account_id.to_string(),
            cond: Some(cond),
            fts,
            hi: upper,
        })
    }

    /// Up to `n` matching records older than `before` (or the newest), newest first.
    pub async fn older(
        &self,
        db: &DatabaseConnection,
        before: Option<i64>,
        n: u64,
    ) -> Result<Vec<audit_record::Model>, AppError> {
        use audit_record::Column as C;
        let Some(cond) = self.cond.clone() else {
            return Ok(Vec::new());
        };
        let mut base = audit_record::Entity::find().filter(cond);
        if let Some(b) = before {
            base = base.filter(C::Seq.lt(b));
        }
        let Some(pattern) = &self.fts else {
            return Ok(base.order_by_desc(C::Seq).limit(n).all(db).await?);
        };
        // The walk starts where the selection starts: the cursor, or the date range's end.
        let bound = match (before, self.hi) {
            (Some(b), Some(h)) => Some(b.min(h + 1)),
            (b, h) => b.or(h.map(|h| h + 1)),
        };
        let top = match bound {
            Some(b) => Some(b),
            None => audit_record::Entity::find()
                .select_only()
                .column(C::Seq)
                .filter(C::AccountId.eq(&self.account_id))
                .order_by_desc(C::Seq)
                .limit(1)
                .into_tuple::<i64>()
                .one(db)
                .await?
                .map(|s| s + 1),
        };
        let Some(top) = top else {
            return Ok(Vec::new());
        };
        let recent = base
            .clone()
            .filter(C::Seq.gte(top - TEXT_WINDOW))
            .order_by_desc(C::Seq)
            .limit(n)
            .all(db)
            .await?;
        if recent.len() as u64 == n {
            return Ok(recent);
        }
        Ok(base
            .filter(fts_match(pattern))
            .order_by_desc(C::Seq)
            .limit(n)
            .all(db)
            .await?)
    }

    /// Up to `n` matching records newer than `after`, oldest first.
    async fn newer(
        &self,
        db: &DatabaseConnection,
        after: i64,
        n: u64,
    ) -> Result<Vec<audit_record::Model>, AppError> {
        let Some(cond) = self.cond.clone() else {
            return Ok(Vec::new());
        };
        let mut q = audit_record::Entity::find().filter(cond);
        if let Some(pattern) = &self.fts {
            q = q.filter(fts_match(pattern));
        }
        Ok(q.filter(audit_record::Column::Seq.gt(after))
            .order_by_asc(audit_record::Column::Seq)
            .limit(n)
            .all(db)
            .await?)
    }
}

/// One page of an account's trail, newest first.
pub async fn list(
    db: &DatabaseConnection,
    account_id: &str,
    filter: &AuditFilter,
) -> Result<AuditPage, AppError> {
    let limit = filter.limit.clamp(1, 100);
    let query = crate::backend::services::audit::audit_zone::checked(&filter.criteria)?;
    let sel = Selection::new(db, account_id, &query).await?;
    let (records, has_newer, has_older) = if let Some(after) = filter.after {
        let mut rows = sel.newer(db, after, limit + 1).await?;
        let more = rows.len() as u64 > limit;
        rows.truncate(limit as usize);
        rows.reverse();
        (rows, more, true)
    } else {
        let mut rows = sel.older(db, filter.before, limit + 1).await?;
        let more = rows.len() as u64 > limit;
        rows.truncate(limit as usize);
        (rows, filter.before.is_some(), more)
    };
    // The chain head keeps the count, so the whole trail's total costs one primary-key read;
    // a filtered count would mean reading every match, so filtered pages go without.
    let total = if filter.criteria.is_empty() {
        audit_head::Entity::find_by_id(account_id.to_string())
            .one(db)
            .await?
            .map(|h| h.record_count.max(0) as u64)
            .or(Some(0))
    } else {
        None
    };
    Ok(AuditPage {
        records: records.into_iter().map(to_dto).collect(),
        has_newer,
        has_older,
        total,
    })
}

/// One record of the account by its public id.
pub async fn get(
    db: &DatabaseConnection,
    account_id: &str,
    id: &str,
) -> Result<audit_record::Model, AppError> {
    audit_record::Entity::find()
        .filter(audit_record::Column::AccountId.eq(account_id))
        .filter(audit_record::Column::Id.eq(id))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// Who last changed `object_id`, and when: its newest audit record (over `ix_audit_object_id`).
/// The details kit's "by whom" for objects that do not keep the name themselves.
pub async fn last_change<C: ConnectionTrait>(
    db: &C,
    account_id: &str,
    object_id: &str,
) -> Result<Option<crate::model::Stamp>, AppError> {
    let newest = audit_record::Entity::find()
        .filter(audit_record::Column::AccountId.eq(account_id))
        .filter(audit_record::Column::ObjectId.eq(object_id))
        .order_by_desc(audit_record::Column::Seq)
        .one(db)
        .await?;
    Ok(newest.map(|r| crate::model::Stamp {
        at: r.at,
        by: r.actor_name,
    }))
}
