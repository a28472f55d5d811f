//! API tokens: create, change, rotate, disable, delete (the list is `token_list`, the
//! account's lifetime cap `token_policy`).
//!
//! Design: the secret (see `backend::token_format`) exists in clear only in the answer to
//! create and rotate; `api_token_secrets` holds its SHA-256. A token keeps its row after
//! deletion (status Deleted, every secret row gone) so the audit trail can still name it. A
//! token never carries more than its creator held when creating it, and at use time it gets
//! the intersection of its modules with what its creator holds then (`services::api_auth`).
//! A rotation's new secret acts as the creator, so only the creator or an Admin rotates; and
//! someone else's token is changed only by whoever holds every right it carries.

use crate::backend::clock::now_ms;
use crate::backend::entities::{api_token, api_token_secret, membership, user};
use crate::backend::services::acting::Acting;
use crate::backend::services::audit::{self, AuditEntry};
use crate::backend::services::people::groups::{self, parse_modules};
use crate::backend::token_format;
use crate::error::AppError;
use crate::ids::{self, IdKind};
use crate::model::{NewToken, TokenDto, TokenStatusChange, TokenUpdate};
use crate::permissions::{Denial, Level, Module, Permissions, ONLY_CREATOR_ROTATES};
use crate::validation::{validate_details, ValidToken};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set,
};
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

pub(super) fn to_dto(t: &api_token::Model, previous_until: Option<i64>, now: i64) -> TokenDto {
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
    who: &Acting,
    creator: &Creator,
    input: ValidToken,
) -> Result<NewToken, AppError> {
    let (account_id, actor, client) = (who.account_id.as_str(), &who.actor, &who.client);
    if let Some(m) = exceeds(&input.modules, &creator.permissions) {
        return Err(over_limit(m));
    }
    let tx = audit::begin(db, account_id).await?;
    crate::backend::services::tenancy::accounts::check_entitled(
        &tx,
        account_id,
        &input.modules,
        None,
    )
    .await?;
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
        creator_name: Set(crate::backend::services::identity::auth::actor_of(&creator.user).name),
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

/// Someone else's token is only changed by a grantor who holds every right it carries, so
/// nobody reshapes (or stops) a token more powerful than themself; an Admin changes any.
fn may_change(who: &Acting, t: &api_token::Model) -> Result<(), AppError> {
    if who.grantor.is_admin() || who.is_self(&t.creator_membership_id) {
        return Ok(());
    }
    if let Err(Denial::NotHeld(m, l)) = who.grantor.holds(&groups::parse_modules(&t.modules)) {
        return Err(Denial::TokenHolds(m, l).into());
    }
    Ok(())
}

pub async fn update(
    db: &DatabaseConnection,
    id: &str,
    who: &Acting,
    input: &TokenUpdate,
) -> Result<TokenDto, AppError> {
    let account_id = who.account_id.as_str();
    let (holder, actor, client) = (&who.grantor.rights, &who.actor, &who.client);
    let mut errors = crate::error::FieldErrors::new();
    let (name, description) =
        validate_details(&input.name, &input.description, &input.modules, &mut errors);
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
    may_change(who, &t)?;
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
    id: &str,
    to: TokenStatusChange,
    who: &Acting,
) -> Result<TokenDto, AppError> {
    let account_id = who.account_id.as_str();
    let status = to.as_str();
    let (actor, client) = (&who.actor, &who.client);
    let tx = audit::begin(db, account_id).await?;
    let t = find(&tx, account_id, id).await?;
    if t.status == "Deleted" {
        return Err(AppError::NotFound);
    }
    may_change(who, &t)?;
    if t.status == status {
        tx.commit().await?;
        return get(db, account_id, id).await;
    }
    if to == TokenStatusChange::Deleted {
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
    let (verb, past) = match to {
        TokenStatusChange::Active => ("enable", "Enabled"),
        TokenStatusChange::Disabled => ("disable", "Disabled"),
        TokenStatusChange::Deleted => ("delete", "Deleted"),
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

/// A new secret; the old ones stop at once (`grace_ms` 0) or after the grace period. The new
/// secret acts as the token's creator, so only the creator (or an Admin) may receive it.
pub async fn rotate(
    db: &DatabaseConnection,
    id: &str,
    grace_ms: i64,
    who: &Acting,
) -> Result<NewToken, AppError> {
    let account_id = who.account_id.as_str();
    let (actor, client) = (&who.actor, &who.client);
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
    if !who.is_self(&t.creator_membership_id) {
        who.grantor.admin_only(ONLY_CREATOR_ROTATES)?;
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
