//! The API tokens list: keyset paging on (sort key, id), the cursor opaque to clients.

use crate::backend::clock::now_ms;
use crate::backend::entities::{api_token, api_token_secret};
use crate::backend::services::search::contains;
use crate::backend::services::tokens::api_tokens::to_dto;
use crate::error::AppError;
use crate::model::{TokenFilter, TokensPage};
use sea_orm::sea_query::{Cond, Expr};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize)]
struct Cursor {
    v: serde_json::Value,
    id: String,
}

pub async fn list(
    db: &DatabaseConnection,
    account_id: &str,
    f: &TokenFilter,
) -> Result<TokensPage, AppError> {
    use api_token::Column as C;
    let now = now_ms();
    let limit = match f.limit {
        0 => 25,
        n => n.min(100),
    };
    let mut q = api_token::Entity::find().filter(C::AccountId.eq(account_id));
    let search = f.search.trim().to_lowercase();
    if !search.is_empty() {
        q = q.filter(
            Cond::any()
                .add(Expr::col(C::SortName).like(contains(&search)))
                .add(Expr::col(C::Id).like(contains(&search.to_uppercase()))),
        );
    }
    q = match f.status.as_str() {
        "Active" => q
            .filter(C::Status.eq("Active"))
            .filter(C::ExpiresAt.gt(now)),
        "Expired" => q
            .filter(C::Status.eq("Active"))
            .filter(C::ExpiresAt.lte(now)),
        "Disabled" => q.filter(C::Status.eq("Disabled")),
        "Deleted" => q.filter(C::Status.eq("Deleted")),
        _ => q.filter(C::Status.ne("Deleted")),
    };
    let (col, is_text) = match f.sort.as_str() {
        "name" => (C::SortName, true),
        "expires" => (C::ExpiresAt, false),
        "last_used" => (C::LastUsedAt, false),
        _ => (C::CreatedAt, false),
    };
    let key = || -> sea_orm::sea_query::SimpleExpr {
        if matches!(col, C::LastUsedAt) {
            Expr::cust("COALESCE(last_used_at, 0)")
        } else {
            Expr::col(col).into()
        }
    };
    if let Some(raw) = &f.cursor {
        let c: Cursor = serde_json::from_str(raw)
            .map_err(|_| AppError::BadRequest("The page link is not valid.".into()))?;
        let v: sea_orm::sea_query::SimpleExpr = if is_text {
            Expr::val(c.v.as_str().unwrap_or_default().to_string()).into()
        } else {
            Expr::val(c.v.as_i64().unwrap_or_default()).into()
        };
        let (past_key, past_id) = if f.desc {
            (Expr::expr(key()).lt(v.clone()), Expr::col(C::Id).lt(c.id))
        } else {
            (Expr::expr(key()).gt(v.clone()), Expr::col(C::Id).gt(c.id))
        };
        q = q.filter(
            Cond::any()
                .add(past_key)
                .add(Cond::all().add(Expr::expr(key()).eq(v)).add(past_id)),
        );
    }
    let order = if f.desc {
        sea_orm::Order::Desc
    } else {
        sea_orm::Order::Asc
    };
    let rows = q
        .order_by(key(), order.clone())
        .order_by(C::Id, order)
        .limit(limit + 1)
        .all(db)
        .await?;
    let has_more = rows.len() as u64 > limit;
    let rows: Vec<api_token::Model> = rows.into_iter().take(limit as usize).collect();
    let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
    let graces = api_token_secret::Entity::find()
        .filter(api_token_secret::Column::TokenId.is_in(ids))
        .filter(api_token_secret::Column::ValidUntil.gt(now))
        .all(db)
        .await?;
    let next_cursor = match (has_more, rows.last()) {
        (true, Some(last)) => {
            let v = match f.sort.as_str() {
                "name" => serde_json::Value::from(last.sort_name.clone()),
                "expires" => last.expires_at.into(),
                "last_used" => last.last_used_at.unwrap_or(0).into(),
                _ => last.created_at.into(),
            };
            serde_json::to_string(&Cursor {
                v,
                id: last.id.clone(),
            })
            .ok()
        }
        _ => None,
    };
    Ok(TokensPage {
        rows: rows
            .iter()
            .map(|t| {
                let prev = graces
                    .iter()
                    .filter(|g| g.token_id == t.id)
                    .filter_map(|g| g.valid_until)
                    .max();
                to_dto(t, prev, now)
            })
            .collect(),
        next_cursor,
    })
}
