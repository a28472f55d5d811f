//! API tokens: create, list, change, rotate, disable, delete.
//!
//! Design: the secret (see `backend::token_format`) exists in clear only in the answer to
//! create and rotate; `api_token_secrets` holds its SHA-256. A token keeps its row after
//! deletion (status Deleted, every secret row gone) so the audit trail can still name it. A
//! token never carries more than its creator held when creating it, and at use time it gets
//! the intersection of its modules with what its creator holds then (`services::api_auth`).

use super::audit::{self, Actor, AuditEntry, ClientInfo};
use super::groups::parse_modules;
use crate::backend::clock::now_ms;
use crate::backend::entities::{account, api_token, api_token_secret, membership, user};
use crate::backend::token_format;
use crate::error::AppError;
use crate::ids::{self, IdKind};
use crate::model::{NewToken, TokenDto, TokenFilter, TokenPolicy, TokenUpdate, TokensPage};
use crate::permissions::{Level, Module, Permissions};
use crate::validation::{validate_modules, BoundedText, TokenName, ValidToken};
use sea_orm::sea_query::{Cond, Expr, LikeExpr};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The person a new token belongs to: its rights are capped by theirs.
pub struct Creator {
    pub membership: membership::Model,
    pub user: user::Model,
    pub permissions: Permissions,
}

pub fn display_status(t: &api_token::Model, now: i64) -> String {
    match t.status.as_str() {
        "Active" if t.expires_at <= now => "Expired".into(),
        s => s.into(),
    }
}

fn modules_json(modules: &BTreeMap<Module, Level>) -> String {
    let clean: BTreeMap<&Module, &Level> =
        modules.iter().filter(|(_, l)| **l > Level::None).collect();
    serde_json::to_string(&clean).unwrap_or_else(|_| "{}".into())
}

fn to_dto(t: &api_token::Model, previous_until: Option<i64>, now: i64) -> TokenDto {
    TokenDto {
        id: t.id.clone(),
        name: t.name.clone(),
        description: t.description.clone(),
        modules: parse_modules(&t.modules)
            .levels
            .into_iter()
            .filter(|(_, l)| *l > Level::None)
            .collect(),
        hint: t.hint.clone(),
        created_by_id: t.creator_user_id.clone(),
        created_by_name: t.creator_name.clone(),
        created_at: t.created_at,
        last_used_at: t.last_used_at,
        expires_at: t.expires_at,
        status: display_status(t, now),
        previous_secret_valid_until: previous_until.filter(|u| *u > now),
        revision: t.revision,
    }
}

fn exceeds(modules: &BTreeMap<Module, Level>, holder: &Permissions) -> Option<Module> {
    modules
        .iter()
        .find(|(m, l)| **l > holder.level(**m))
        .map(|(m, _)| *m)
}

fn over_limit(module: Module) -> AppError {
    AppError::field(
        "modules",
        format!(
            "A token cannot get more than you hold: you do not have that level on {}.",
            module.label()
        ),
    )
}

pub fn creator_name(u: &user::Model) -> String {
    let n = format!("{} {}", u.first_name, u.last_name)
        .trim()
        .to_string();
    if n.is_empty() {
        u.email.clone()
    } else {
        n
    }
}

async fn find<C: ConnectionTrait>(
    conn: &C,
    account_id: &str,
    id: &str,
) -> Result<api_token::Model, AppError> {
    api_token::Entity::find_by_id(id.to_string())
        .filter(api_token::Column::AccountId.eq(account_id))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)
}

async fn previous_until<C: ConnectionTrait>(conn: &C, id: &str) -> Result<Option<i64>, AppError> {
    Ok(api_token_secret::Entity::find()
        .filter(api_token_secret::Column::TokenId.eq(id))
        .filter(api_token_secret::Column::ValidUntil.is_not_null())
        .all(conn)
        .await?
        .into_iter()
        .filter_map(|s| s.valid_until)
        .max())
}

pub async fn get<C: ConnectionTrait>(
    conn: &C,
    account_id: &str,
    id: &str,
) -> Result<TokenDto, AppError> {
    let t = find(conn, account_id, id).await?;
    let prev = previous_until(conn, id).await?;
    Ok(to_dto(&t, prev, now_ms()))
}

#[derive(Serialize, Deserialize)]
struct Cursor {
    v: serde_json::Value,
    id: String,
}

fn escape_like(s: &str) -> String {
    s.chars()
        .flat_map(|c| {
            if matches!(c, '\\' | '%' | '_') {
                vec!['\\', c]
            } else {
                vec![c]
            }
        })
        .collect()
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
        let pattern = LikeExpr::new(format!("%{}%", escape_like(&search))).escape('\\');
        q = q.filter(
            Cond::any()
                .add(Expr::col(C::SortName).like(pattern.clone()))
                .add(
                    Expr::col(C::Id).like(
                        LikeExpr::new(format!(
                            "%{}%",
                            escape_like(&f.search.trim().to_uppercase())
                        ))
                        .escape('\\'),
                    ),
                ),
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

async fn insert_secret<C: ConnectionTrait>(conn: &C, token_id: &str) -> Result<String, AppError> {
    let secret = token_format::generate();
    api_token_secret::ActiveModel {
        hash: Set(token_format::hash(&secret)),
        token_id: Set(token_id.into()),
        created_at: Set(now_ms()),
        valid_until: Set(None),
    }
    .insert(conn)
    .await?;
    Ok(secret)
}

fn module_changes(before: &str, after: &str) -> Vec<crate::model::AuditChange> {
    audit::diff(
        &[("modules", Some(before.to_string()))],
        &[("modules", Some(after.to_string()))],
    )
}

pub async fn create(
    db: &DatabaseConnection,
    account_id: &str,
    creator: &Creator,
    actor: &Actor,
    client: &ClientInfo,
    input: ValidToken,
) -> Result<NewToken, AppError> {
    if let Some(m) = exceeds(&input.modules, &creator.permissions) {
        return Err(over_limit(m));
    }
    let tx = audit::begin(db, account_id).await?;
    let now = now_ms();
    let mut id = ids::generate(IdKind::Token);
    while api_token::Entity::find_by_id(id.clone())
        .one(&tx)
        .await?
        .is_some()
    {
        id = ids::generate(IdKind::Token);
    }
    let secret = insert_secret(&tx, &id).await?;
    let modules = modules_json(&input.modules);
    let t = api_token::ActiveModel {
        id: Set(id.clone()),
        account_id: Set(account_id.into()),
        sort_name: Set(input.name.to_lowercase()),
        name: Set(input.name.clone()),
        description: Set(input.description.clone()),
        modules: Set(modules.clone()),
        creator_membership_id: Set(creator.membership.id.clone()),
        creator_user_id: Set(creator.user.id.clone()),
        creator_name: Set(creator_name(&creator.user)),
        status: Set("Active".into()),
        hint: Set(token_format::hint(&secret)),
        expires_at: Set(input.expires_at),
        last_used_at: Set(None),
        expiry_warned_at: Set(None),
        expired_notified_at: Set(None),
        revision: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
        updated_by: Set(Some(actor.name.clone())),
    }
    .insert(&tx)
    .await?;
    let mut changes = audit::diff(
        &[],
        &[
            ("name", Some(t.name.clone())),
            ("description", Some(t.description.clone())),
            ("modules", Some(modules)),
            ("expires_at", Some(t.expires_at.to_string())),
        ],
    );
    changes.push(audit::masked("secret", None, Some(String::new())));
    audit::append(
        &tx,
        account_id,
        actor,
        client,
        AuditEntry {
            action: "api_tokens.token.create".into(),
            object_type: "api_token".into(),
            object_id: t.id.clone(),
            object_name: t.name.clone(),
            summary: format!("Created API token “{}”", t.name),
            changes,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(NewToken {
        token: to_dto(&t, None, now),
        secret,
    })
}

fn stale(t: &api_token::Model) -> AppError {
    AppError::Conflict(format!(
        "{} changed this token after you loaded it. Load the latest version, then make your change again.",
        t.updated_by.clone().unwrap_or_else(|| "Someone".into())
    ))
}

pub async fn update(
    db: &DatabaseConnection,
    account_id: &str,
    id: &str,
    holder: &Permissions,
    actor: &Actor,
    client: &ClientInfo,
    input: &TokenUpdate,
) -> Result<TokenDto, AppError> {
    let mut errors = crate::error::FieldErrors::new();
    let name = TokenName::try_from(input.name.as_str())
        .map(TokenName::into_string)
        .unwrap_or_else(|e| {
            errors.insert("name".into(), e);
            String::new()
        });
    let description = BoundedText::parse(&input.description, "description", 2000, false)
        .map(BoundedText::into_string)
        .unwrap_or_else(|e| {
            errors.insert("description".into(), e);
            String::new()
        });
    validate_modules(&input.modules, &mut errors);
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    if let Some(m) = exceeds(&input.modules, holder) {
        return Err(over_limit(m));
    }
    let tx = audit::begin(db, account_id).await?;
    let t = find(&tx, account_id, id).await?;
    if t.status == "Deleted" {
        return Err(AppError::NotFound);
    }
    if t.revision != input.revision {
        return Err(stale(&t));
    }
    let modules = modules_json(&input.modules);
    let mut changes = audit::diff(
        &[
            ("name", Some(t.name.clone())),
            ("description", Some(t.description.clone())),
        ],
        &[
            ("name", Some(name.clone())),
            ("description", Some(description.clone())),
        ],
    );
    changes.extend(module_changes(&t.modules, &modules));
    let mut am: api_token::ActiveModel = t.clone().into();
    am.sort_name = Set(name.to_lowercase());
    am.name = Set(name.clone());
    am.description = Set(description);
    am.modules = Set(modules);
    am.revision = Set(t.revision + 1);
    am.updated_at = Set(now_ms());
    am.updated_by = Set(Some(actor.name.clone()));
    let saved = am.update(&tx).await?;
    audit::append(
        &tx,
        account_id,
        actor,
        client,
        AuditEntry {
            action: "api_tokens.token.update".into(),
            object_type: "api_token".into(),
            object_id: t.id.clone(),
            object_name: name.clone(),
            summary: format!("Changed API token “{name}”"),
            changes,
        },
    )
    .await?;
    tx.commit().await?;
    get(db, account_id, &saved.id).await
}

/// Enable, disable or delete. Deleting removes every secret: the row stays for the record.
pub async fn set_status(
    db: &DatabaseConnection,
    account_id: &str,
    id: &str,
    status: &str,
    actor: &Actor,
    client: &ClientInfo,
) -> Result<TokenDto, AppError> {
    let tx = audit::begin(db, account_id).await?;
    let t = find(&tx, account_id, id).await?;
    if t.status == "Deleted" {
        return Err(AppError::NotFound);
    }
    if t.status == status {
        tx.commit().await?;
        return get(db, account_id, id).await;
    }
    if status == "Deleted" {
        api_token_secret::Entity::delete_many()
            .filter(api_token_secret::Column::TokenId.eq(id))
            .exec(&tx)
            .await?;
    }
    let mut am: api_token::ActiveModel = t.clone().into();
    am.status = Set(status.into());
    am.revision = Set(t.revision + 1);
    am.updated_at = Set(now_ms());
    am.updated_by = Set(Some(actor.name.clone()));
    am.update(&tx).await?;
    let verb = match status {
        "Active" => "enable",
        "Disabled" => "disable",
        _ => "delete",
    };
    let past = match verb {
        "enable" => "Enabled",
        "disable" => "Disabled",
        _ => "Deleted",
    };
    audit::append(
        &tx,
        account_id,
        actor,
        client,
        AuditEntry {
            action: format!("api_tokens.token.{verb}"),
            object_type: "api_token".into(),
            object_id: t.id.clone(),
            object_name: t.name.clone(),
            summary: format!("{past} API token “{}”", t.name),
            changes: audit::diff(
                &[("status", Some(t.status.clone()))],
                &[("status", Some(status.into()))],
            ),
        },
    )
    .await?;
    tx.commit().await?;
    get(db, account_id, id).await
}

/// Longest grace an admin can give the old secret of a rotated token.
pub const MAX_GRACE_MS: i64 = 7 * 86_400_000;

/// A new secret; the old ones stop at once (`grace_ms` 0) or after the grace period.
pub async fn rotate(
    db: &DatabaseConnection,
    account_id: &str,
    id: &str,
    grace_ms: i64,
    actor: &Actor,
    client: &ClientInfo,
) -> Result<NewToken, AppError> {
    if !(0..=MAX_GRACE_MS).contains(&grace_ms) {
        return Err(AppError::field(
            "grace",
            "The grace period is at most 7 days.",
        ));
    }
    let tx = audit::begin(db, account_id).await?;
    let t = find(&tx, account_id, id).await?;
    if t.status == "Deleted" {
        return Err(AppError::NotFound);
    }
    let now = now_ms();
    if grace_ms == 0 {
        api_token_secret::Entity::delete_many()
            .filter(api_token_secret::Column::TokenId.eq(id))
            .exec(&tx)
            .await?;
    } else {
        // Old secrets that were already winding down keep their earlier end.
        api_token_secret::Entity::delete_many()
            .filter(api_token_secret::Column::TokenId.eq(id))
            .filter(api_token_secret::Column::ValidUntil.lte(now))
            .exec(&tx)
            .await?;
        api_token_secret::Entity::update_many()
            .col_expr(
                api_token_secret::Column::ValidUntil,
                Expr::value(now + grace_ms),
            )
            .filter(api_token_secret::Column::TokenId.eq(id))
            .filter(api_token_secret::Column::ValidUntil.is_null())
            .exec(&tx)
            .await?;
    }
    let secret = insert_secret(&tx, id).await?;
    let mut am: api_token::ActiveModel = t.clone().into();
    am.hint = Set(token_format::hint(&secret));
    am.revision = Set(t.revision + 1);
    am.updated_at = Set(now);
    am.updated_by = Set(Some(actor.name.clone()));
    let saved = am.update(&tx).await?;
    let grace_text = if grace_ms == 0 {
        "the old secret stopped at once".to_string()
    } else {
        format!(
            "the old secret works for {} more hours",
            grace_ms / 3_600_000
        )
    };
    audit::append(
        &tx,
        account_id,
        actor,
        client,
        AuditEntry {
            action: "api_tokens.token.rotate".into(),
            object_type: "api_token".into(),
            object_id: t.id.clone(),
            object_name: t.name.clone(),
            summary: format!("Rotated API token “{}”: {grace_text}", t.name),
            changes: vec![audit::masked(
                "secret",
                Some(String::new()),
                Some(String::new()),
            )],
        },
    )
    .await?;
    tx.commit().await?;
    let prev = (grace_ms > 0).then_some(now + grace_ms);
    Ok(NewToken {
        token: to_dto(&saved, prev, now),
        secret,
    })
}

pub async fn policy(db: &DatabaseConnection, account_id: &str) -> Result<TokenPolicy, AppError> {
    let a = super::accounts::find(db, account_id).await?;
    Ok(TokenPolicy {
        max_days: a.token_max_days,
        account_revision: a.revision,
    })
}

pub async fn set_policy(
    db: &DatabaseConnection,
    account_id: &str,
    max_days: Option<i64>,
    account_revision: i64,
    actor: &Actor,
    client: &ClientInfo,
) -> Result<TokenPolicy, AppError> {
    if let Some(d) = max_days {
        if !(1..=crate::validation::DEFAULT_MAX_DAYS).contains(&d) {
            return Err(AppError::field(
                "max_days",
                format!(
                    "Enter a number of days from 1 to {}.",
                    crate::validation::DEFAULT_MAX_DAYS
                ),
            ));
        }
    }
    let tx = audit::begin(db, account_id).await?;
    let a = super::accounts::find(&tx, account_id).await?;
    if a.revision != account_revision {
        return Err(AppError::Conflict(format!(
            "{} changed the account after you loaded this page. Reload, then try again.",
            a.updated_by.clone().unwrap_or_else(|| "Someone".into())
        )));
    }
    let show = |d: Option<i64>| {
        Some(
            d.map(|d| format!("{d} days"))
                .unwrap_or_else(|| "No cap".into()),
        )
    };
    let changes = audit::diff(
        &[("token_max_days", show(a.token_max_days))],
        &[("token_max_days", show(max_days))],
    );
    let mut am: account::ActiveModel = a.clone().into();
    am.token_max_days = Set(max_days);
    am.revision = Set(a.revision + 1);
    am.updated_at = Set(now_ms());
    am.updated_by = Set(Some(actor.name.clone()));
    let saved = am.update(&tx).await?;
    audit::append(
        &tx,
        account_id,
        actor,
        client,
        AuditEntry {
            action: "api_tokens.policy.update".into(),
            object_type: "account".into(),
            object_id: account_id.into(),
            object_name: a.name.clone(),
            summary: "Changed the longest lifetime of new API tokens".into(),
            changes,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(TokenPolicy {
        max_days: saved.token_max_days,
        account_revision: saved.revision,
    })
}
