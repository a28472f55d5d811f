//! The Users list: members of one account with their identity, role, groups and status.
//!
//! Paging is keyset on (sort value, membership id), never OFFSET, so page 1,000 costs what
//! page 1 costs. Sort values come from indexed columns or a constant expression of them; the
//! cursor is opaque to clients (JSON of the last row's sort value and id).

use crate::backend::clock::now_ms;
use crate::backend::entities::user;
use crate::backend::services::people::groups;
use crate::error::AppError;
use crate::model::{GroupRef, MemberRow, UserFilter, UsersPage};
use crate::permissions::Role;
use sea_orm::sea_query::{Alias, Cond, Expr, Order, Query, SelectStatement, SimpleExpr};
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter};
use serde::{Deserialize, Serialize};

fn m(c: &str) -> Expr {
    Expr::col(Alias::new(c))
}

/// Counting stops here: past it the list says "10000+" instead of scanning everything.
pub const COUNT_CAP: u64 = 10_000;

#[derive(Serialize, Deserialize)]
struct Cursor {
    v: serde_json::Value,
    id: String,
}

/// The expression a sort key orders by; each has an index on (account_id, expression, id).
fn sort_expr(sort: &str) -> (SimpleExpr, bool) {
    match sort {
        "email" => (m("email").into(), true),
        "name" => (m("sort_name").into(), true),
        "last_login" => (Expr::cust("(COALESCE(last_login_at, 0))"), false),
        _ => (m("created_at").into(), false),
    }
}

/// One table only: every filter and sort key lives on `memberships`, so the database walks an
/// index in order and stops after one page.
fn base(account_id: &str, f: &UserFilter, now: i64) -> SelectStatement {
    let mut q = Query::select();
    q.from(Alias::new("memberships"))
        .and_where(m("account_id").eq(account_id));
    let search = f.search.trim().to_lowercase();
    if !search.is_empty() {
        let pattern = crate::backend::services::search::contains(&search);
        q.cond_where(
            Cond::any()
                .add(m("email").like(pattern.clone()))
                .add(m("sort_name").like(pattern)),
        );
    }
    match f.status.as_str() {
        "Active" | "Disabled" => {
            q.and_where(m("status").eq(f.status.clone()));
        }
        "Invited" => {
            q.and_where(m("status").eq("Invited"))
                .and_where(m("invite_expires_at").gte(now));
        }
        "Invitation expired" => {
            q.and_where(m("status").eq("Invited"))
                .and_where(m("invite_expires_at").lt(now));
        }
        _ => {}
    }
    if let Some(role) = Role::parse(&f.role) {
        q.and_where(m("role").eq(role.as_str()));
    }
    if !f.group.is_empty() {
        let mut sub = Query::select();
        sub.expr(Expr::val(1))
            .from_as(Alias::new("group_members"), Alias::new("gm"))
            .and_where(
                Expr::col((Alias::new("gm"), Alias::new("membership_id")))
                    .equals((Alias::new("memberships"), Alias::new("id"))),
            )
            .and_where(Expr::col((Alias::new("gm"), Alias::new("group_id"))).eq(f.group.clone()));
        q.and_where(Expr::exists(sub));
    }
    q
}

pub async fn list(
    db: &DatabaseConnection,
    account_id: &str,
    f: &UserFilter,
) -> Result<UsersPage, AppError> {
    let now = now_ms();
    // The console offers 10/25/50/100; the REST API any limit up to 100.
    let limit = match f.limit {
        0 => 25,
        n => n.min(100),
    };
    let (key, is_text) = sort_expr(&f.sort);
    let order = if f.desc { Order::Desc } else { Order::Asc };

    let mut q = base(account_id, f, now);
    q.columns(
        [
            "id",
            "user_id",
            "role",
            "status",
            "created_at",
            "updated_at",
            "last_login_at",
            "invite_expires_at",
            "email",
        ]
        .map(Alias::new),
    )
    .expr_as(key.clone(), Alias::new("sort_key"));
    if let Some(raw) = &f.cursor {
        let c: Cursor = serde_json::from_str(raw)
            .map_err(|_| AppError::BadRequest("The page link is not valid.".into()))?;
        let v: SimpleExpr = if is_text {
            Expr::val(c.v.as_str().unwrap_or_default().to_string()).into()
        } else {
            Expr::val(c.v.as_i64().unwrap_or_default()).into()
        };
        let (after_key, after_id) = if f.desc {
            (Expr::expr(key.clone()).lt(v.clone()), m("id").lt(c.id))
        } else {
            (Expr::expr(key.clone()).gt(v.clone()), m("id").gt(c.id))
        };
        q.cond_where(
            Cond::any()
                .add(after_key)
                .add(Cond::all().add(Expr::expr(key.clone()).eq(v)).add(after_id)),
        );
    }
    q.order_by_expr(key, order.clone())
        .order_by(Alias::new("id"), order)
        .limit(limit + 1);

    let backend = db.get_database_backend();
    let rows = db.query_all(backend.build(&q)).await?;
    let has_more = rows.len() as u64 > limit;
    let mut out = Vec::new();
    let mut last_key: Option<(serde_json::Value, String)> = None;
    for row in rows.into_iter().take(limit as usize) {
        let id: String = row.try_get("", "id")?;
        let status: String = row.try_get("", "status")?;
        let expires: Option<i64> = row.try_get("", "invite_expires_at")?;
        let shown = if status == "Invited" && expires.is_some_and(|e| e < now) {
            "Invitation expired".to_string()
        } else {
            status
        };
        let sort_value = if is_text {
            serde_json::Value::String(row.try_get::<String>("", "sort_key")?)
        } else {
            serde_json::Value::from(row.try_get::<i64>("", "sort_key")?)
        };
        last_key = Some((sort_value, id.clone()));
        out.push(MemberRow {
            membership_id: id,
            user_id: row.try_get("", "user_id")?,
            first_name: String::new(),
            last_name: String::new(),
            email: row.try_get("", "email")?,
            role: Role::parse(&row.try_get::<String>("", "role")?).unwrap_or(Role::Member),
            groups: vec![],
            status: shown,
            created_at: row.try_get("", "created_at")?,
            last_login_at: row.try_get("", "last_login_at")?,
            updated_at: row.try_get("", "updated_at")?,
            last_change: None,
        });
    }
    // Names and groups for this page only: two look-ups by primary key, whatever the list size.
    let user_ids: Vec<String> = out.iter().map(|r| r.user_id.clone()).collect();
    let identities = user::Entity::find()
        .filter(user::Column::Id.is_in(user_ids))
        .all(db)
        .await?;
    let ids: Vec<String> = out.iter().map(|r| r.membership_id.clone()).collect();
    let by_member = groups::of_memberships(db, account_id, &ids).await?;
    for row in &mut out {
        if let Some(u) = identities.iter().find(|u| u.id == row.user_id) {
            row.first_name = u.first_name.clone();
            row.last_name = u.last_name.clone();
            // The platform operator's block or deletion of the person outranks the membership.
            if u.status != "Active" {
                row.status = u.status.clone();
            }
        }
        row.groups = by_member
            .get(&row.membership_id)
            .map(|gs| {
                gs.iter()
                    .map(|g| GroupRef {
                        id: g.id.clone(),
                        name: g.name.clone(),
                    })
                    .collect()
            })
            .unwrap_or_default();
    }

    let mut capped = base(account_id, f, now);
    capped.expr(Expr::val(1)).limit(COUNT_CAP + 1);
    let mut count = Query::select();
    count
        .expr_as(Expr::cust("COUNT(*)"), Alias::new("n"))
        .from_subquery(capped, Alias::new("c"));
    let counted = db
        .query_one(backend.build(&count))
        .await?
        .map(|r| r.try_get::<i64>("", "n"))
        .transpose()?
        .unwrap_or(0) as u64;

    let next_cursor = if has_more {
        last_key.map(|(v, id)| serde_json::to_string(&Cursor { v, id }).unwrap_or_default())
    } else {
        None
    };
    Ok(UsersPage {
        rows: out,
        next_cursor,
        total: counted.min(COUNT_CAP),
        total_is_capped: counted > COUNT_CAP,
    })
}

/// Every row matching the filter, page by page (for the CSV export).
pub async fn export_csv(
    db: &DatabaseConnection,
    account_id: &str,
    f: &UserFilter,
) -> Result<String, AppError> {
    let mut filter = UserFilter {
        limit: 100,
        cursor: None,
        ..f.clone()
    };
    let mut out =
        String::from("user_id,name,email,role,groups,status,joined_at_utc,last_login_utc\n");
    loop {
        let page = list(db, account_id, &filter).await?;
        for r in &page.rows {
            let groups: Vec<&str> = r.groups.iter().map(|g| g.name.as_str()).collect();
            let line = [
                r.user_id.clone(),
                r.name(),
                r.email.clone(),
                r.role.as_str().to_string(),
                groups.join("; "),
                r.status.clone(),
                crate::util::format_utc(r.created_at),
                r.last_login_at
                    .map(crate::util::format_utc)
                    .unwrap_or_default(),
            ];
            out.push_str(&crate::util::csv::line(
                &line,
                crate::util::csv::LineEnd::Lf,
            ));
        }
        match page.next_cursor {
            Some(c) => filter.cursor = Some(c),
            None => break,
        }
    }
    Ok(out)
}

/// One member as a list row (the REST API's `GET /users/{id}`).
pub async fn row(
    db: &DatabaseConnection,
    account_id: &str,
    membership_id: &str,
) -> Result<MemberRow, AppError> {
    let (m, u) =
        crate::backend::services::people::membership_admin::target(db, account_id, membership_id)
            .await?;
    let now = now_ms();
    let status = if u.status != "Active" {
        u.status.clone()
    } else if m.status == "Invited" && m.invite_expires_at.is_some_and(|e| e < now) {
        "Invitation expired".to_string()
    } else {
        m.status.clone()
    };
    let by_member = groups::of_memberships(db, account_id, std::slice::from_ref(&m.id)).await?;
    Ok(MemberRow {
        membership_id: m.id.clone(),
        user_id: u.id.clone(),
        first_name: u.first_name.clone(),
        last_name: u.last_name.clone(),
        email: m.email.clone(),
        role: Role::parse(&m.role).unwrap_or(Role::Member),
        groups: by_member
            .get(&m.id)
            .map(|gs| {
                gs.iter()
                    .map(|g| GroupRef {
                        id: g.id.clone(),
                        name: g.name.clone(),
                    })
                    .collect()
            })
            .unwrap_or_default(),
        status,
        created_at: m.created_at,
        last_login_at: m.last_login_at,
        updated_at: m.updated_at,
        last_change: crate::backend::services::audit::audit_query::last_change(
            db, account_id, &m.id,
        )
        .await?,
    })
}
