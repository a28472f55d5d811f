//! The Users list: members of one account with their identity, role, groups and status.
//!
//! Paging is keyset on (sort value, membership id), never OFFSET, so page 1,000 costs what
//! page 1 costs. Sort values come from indexed columns or a constant expression of them; the
//! cursor is opaque to clients (JSON of the last row's sort value and id).

use super::groups;
use crate::backend::clock::now_ms;
use crate::error::AppError;
use crate::model::{GroupRef, MemberRow, UserFilter, UsersPage};
use crate::permissions::Role;
use sea_orm::sea_query::{
    Alias, Cond, Expr, Func, JoinType, LikeExpr, Order, Query, SelectStatement, SimpleExpr,
};
use sea_orm::{ConnectionTrait, DatabaseConnection};
use serde::{Deserialize, Serialize};

fn m(c: &str) -> Expr {
    Expr::col((Alias::new("m"), Alias::new(c)))
}
fn u(c: &str) -> Expr {
    Expr::col((Alias::new("u"), Alias::new(c)))
}

#[derive(Serialize, Deserialize)]
struct Cursor {
    v: serde_json::Value,
    id: String,
}

/// The expression a sort key orders by (text sorts are case-insensitive).
fn sort_expr(sort: &str) -> (SimpleExpr, bool) {
    match sort {
        "email" => (u("email").into(), true),
        "name" => (
            Func::lower(Expr::cust("u.first_name || ' ' || u.last_name")).into(),
            true,
        ),
        "last_login" => (
            Func::coalesce([m("last_login_at").into(), Expr::val(0i64).into()]).into(),
            false,
        ),
        _ => (m("created_at").into(), false),
    }
}

fn base(account_id: &str, f: &UserFilter, now: i64) -> SelectStatement {
    let mut q = Query::select();
    q.from_as(Alias::new("memberships"), Alias::new("m"))
        .join_as(
            JoinType::InnerJoin,
            Alias::new("users"),
            Alias::new("u"),
            u("id").equals((Alias::new("m"), Alias::new("user_id"))),
        )
        .and_where(m("account_id").eq(account_id));
    let search = f.search.trim().to_lowercase();
    if !search.is_empty() {
        // Wildcards typed by the user match literally.
        let escaped: String = search
            .chars()
            .flat_map(|c| {
                if matches!(c, '\\' | '%' | '_') {
                    vec!['\\', c]
                } else {
                    vec![c]
                }
            })
            .collect();
        let pattern = LikeExpr::new(format!("%{escaped}%")).escape('\\');
        q.cond_where(
            Cond::any()
                .add(Expr::expr(Func::lower(u("email"))).like(pattern.clone()))
                .add(
                    Expr::expr(Func::lower(Expr::cust(
                        "u.first_name || ' ' || u.last_name",
                    )))
                    .like(pattern),
                ),
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
                    .equals((Alias::new("m"), Alias::new("id"))),
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
    let limit = if [10, 25, 50, 100].contains(&f.limit) {
        f.limit
    } else {
        25
    };
    let (key, is_text) = sort_expr(&f.sort);
    let order = if f.desc { Order::Desc } else { Order::Asc };

    let mut q = base(account_id, f, now);
    q.columns([
        (Alias::new("m"), Alias::new("id")),
        (Alias::new("m"), Alias::new("user_id")),
        (Alias::new("m"), Alias::new("role")),
        (Alias::new("m"), Alias::new("status")),
        (Alias::new("m"), Alias::new("created_at")),
        (Alias::new("m"), Alias::new("updated_at")),
        (Alias::new("m"), Alias::new("last_login_at")),
        (Alias::new("m"), Alias::new("invite_expires_at")),
        (Alias::new("u"), Alias::new("email")),
        (Alias::new("u"), Alias::new("first_name")),
        (Alias::new("u"), Alias::new("last_name")),
    ])
    .expr_as(key.clone(), Alias::new("sort_key"));
    if let Some(raw) = &f.cursor {
        let c: Cursor = serde_json::from_str(raw)
            .map_err(|_| AppError::BadRequest("The page link is not valid.".into()))?;
        let v: SimpleExpr = if is_text {
            Expr::val(c.v.as_str().unwrap_or_default().to_string()).into()
        } else {
            Expr::val(c.v.as_i64().unwrap_or_default()).into()
        };
        let after = if f.desc {
            Cond::any().add(Expr::expr(key.clone()).lt(v.clone())).add(
                Cond::all()
                    .add(Expr::expr(key.clone()).eq(v))
                    .add(m("id").lt(c.id)),
            )
        } else {
            Cond::any().add(Expr::expr(key.clone()).gt(v.clone())).add(
                Cond::all()
                    .add(Expr::expr(key.clone()).eq(v))
                    .add(m("id").gt(c.id)),
            )
        };
        q.cond_where(after);
    }
    q.order_by_expr(key, order.clone())
        .order_by((Alias::new("m"), Alias::new("id")), order)
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
            first_name: row.try_get("", "first_name")?,
            last_name: row.try_get("", "last_name")?,
            email: row.try_get("", "email")?,
            role: Role::parse(&row.try_get::<String>("", "role")?).unwrap_or(Role::Member),
            groups: vec![],
            status: shown,
            created_at: row.try_get("", "created_at")?,
            last_login_at: row.try_get("", "last_login_at")?,
            updated_at: row.try_get("", "updated_at")?,
        });
    }
    let ids: Vec<String> = out.iter().map(|r| r.membership_id.clone()).collect();
    let by_member = groups::of_memberships(db, account_id, &ids).await?;
    for row in &mut out {
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

    let mut count = base(account_id, f, now);
    count.expr_as(
        Expr::col((Alias::new("m"), Alias::new("id"))).count(),
        Alias::new("n"),
    );
    let total = db
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
        total,
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
    let field = |s: &str| {
        // Quote always; neutralise spreadsheet formulas.
        let s = if s.starts_with(['=', '+', '-', '@']) {
            format!("'{s}")
        } else {
            s.to_string()
        };
        format!("\"{}\"", s.replace('"', "\"\""))
    };
    loop {
        let page = list(db, account_id, &filter).await?;
        for r in &page.rows {
            let groups: Vec<&str> = r.groups.iter().map(|g| g.name.as_str()).collect();
            let line = [
                field(&r.user_id),
                field(&r.name()),
                field(&r.email),
                field(r.role.as_str()),
                field(&groups.join("; ")),
                field(&r.status),
                field(&crate::util::format_utc(r.created_at)),
                field(
                    &r.last_login_at
                        .map(crate::util::format_utc)
                        .unwrap_or_default(),
                ),
            ];
            out.push_str(&line.join(","));
            out.push('\n');
        }
        match page.next_cursor {
            Some(c) => filter.cursor = Some(c),
            None => break,
        }
    }
    Ok(out)
}
