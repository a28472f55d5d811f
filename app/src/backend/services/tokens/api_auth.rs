//! Who is calling the REST API: an API token (`Authorization: Bearer acs_…`) or the account's
//! credentials (HTTP Basic, account id and passcode, with the account's full Admin rights).
//!
//! Design:
//! - A token is checked for shape and checksum before any query, then found by the SHA-256 of
//!   the whole string; the stored hash is compared in constant time. It must be Active and
//!   unexpired, and its creator's membership and identity must still be active: a disabled or
//!   removed creator's tokens stop at once. Its rights are its modules ∩ its creator's
//!   effective rights now (role ∪ groups), computed on every request, and it reaches only
//!   the buyers its creator reaches; what it may give others (`permissions::grant`) is
//!   judged with its creator's role and those rights.
//! - The passcode is decrypted and compared in constant time; a wrong passcode counts towards
//!   a lock per IP and account, checked before the comparison.
//! - Every failure answers the same 401; the reason goes to the log, and, when the token or
//!   account is known, to that account's audit trail (`api.auth.failed`).
//! - Rate limits count per token (or account, for Basic) and minute in the database, so every
//!   server process sees one limit. To keep that from being a write per request, each process
//!   adds its own count to the shared row at most every second or every 20 requests, and
//!   refuses as soon as the shared count plus its unsynced requests passes the limit.
//! - Last used is written at most once a minute per token.

use crate::backend::clock::now_ms;
use crate::backend::crypto::constant_time_eq;
use crate::backend::entities::{
    account, api_rate_window, api_token, api_token_secret, membership, user,
};
use crate::backend::services::audit::{Actor, ClientInfo};
use crate::backend::services::{
    audit::audit_security, identity::throttle, people::groups, trading::buyer_scope,
};
use crate::backend::{token_format, AppState};
use crate::error::AppError;
use crate::permissions::{Grantor, Permissions, Role};
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use std::collections::HashMap;
use std::sync::Mutex;

/// The caller of one API request.
#[derive(Debug, Clone)]
pub struct ApiPrincipal {
    pub account: account::Model,
    pub permissions: Permissions,
    pub actor: Actor,
    /// The token's creator; None for the account credentials.
    pub creator: Option<(membership::Model, user::Model)>,
    pub token: Option<api_token::Model>,
    /// Who this caller is when it gives access (role, rights, buyers).
    pub grantor: Grantor,
}

const TOUCH_MS: i64 = 60_000;
const WINDOW_MS: i64 = 60_000;
const SYNC_EVERY: i64 = 20;
const SYNC_MS: i64 = 1_000;

const BASIC_POLICY: throttle::Policy = throttle::Policy {
    max_failures: 10,
    window_ms: 15 * 60_000,
    lock_ms: 15 * 60_000,
};

fn refuse(reason: &str) -> AppError {
    tracing::info!(reason, "API authentication failed");
    AppError::Unauthenticated
}

pub async fn authenticate(
    state: &AppState,
    authorization: Option<&str>,
    client: &ClientInfo,
) -> Result<ApiPrincipal, AppError> {
    let header = authorization.ok_or_else(|| refuse("no Authorization header"))?;
    let principal = if let Some(token) = header.strip_prefix("Bearer ") {
        bearer(&state.db, token.trim(), client).await?
    } else if let Some(b64) = header.strip_prefix("Basic ") {
        basic(state, b64.trim(), client).await?
    } else {
        return Err(refuse("unknown scheme"));
    };
    let bucket = match &principal.token {
        Some(t) => t.id.clone(),
        None => format!("account:{}", principal.account.id),
    };
    state.rate.hit(&state.db, &bucket, now_ms()).await?;
    Ok(principal)
}

async fn bearer(
    db: &DatabaseConnection,
    token: &str,
    client: &ClientInfo,
) -> Result<ApiPrincipal, AppError> {
    if !token_format::well_formed(token) {
        return Err(refuse("malformed token"));
    }
    let now = now_ms();
    let hash = token_format::hash(token);
    let secret = api_token_secret::Entity::find_by_id(hash.clone())
        .one(db)
        .await?
        .filter(|s| constant_time_eq(s.hash.as_bytes(), hash.as_bytes()))
        .ok_or_else(|| refuse("unknown token"))?;
    let t = api_token::Entity::find_by_id(secret.token_id.clone())
        .one(db)
        .await?
        .ok_or_else(|| refuse("token row missing"))?;
    // From here on the token is known, so a refusal is also told to its account's trail.
    let fail = |reason: &'static str| {
        let t = t.clone();
        async move {
            let actor = Actor {
                kind: "token",
                id: t.id.clone(),
                name: t.name.clone(),
            };
            audit_security::api_auth_failed(
                db,
                &t.account_id,
                &actor,
                client,
                ("api_token", &t.id, &t.name),
                reason,
            )
            .await;
            refuse(reason)
        }
    };
    if secret.valid_until.is_some_and(|u| u <= now) {
        return Err(fail("the secret was rotated and its grace period is over").await);
    }
    if t.status != "Active" {
        return Err(fail("the token is disabled or deleted").await);
    }
    if t.expires_at <= now {
        return Err(fail("the token has expired").await);
    }
    let Some(a) = account::Entity::find_by_id(t.account_id.clone())
        .one(db)
        .await?
        .filter(|a| a.status == "Active")
    else {
        return Err(fail("the account is not active").await);
    };
    let Some(m) = membership::Entity::find_by_id(t.creator_membership_id.clone())
        .filter(membership::Column::AccountId.eq(&a.id))
        .one(db)
        .await?
        .filter(|m| m.status == "Active" && Role::parse(&m.role).is_some())
    else {
        return Err(fail("the token's creator is no longer an active member").await);
    };
    let Some(u) = user::Entity::find_by_id(m.user_id.clone())
        .one(db)
        .await?
        .filter(|u| u.status == "Active")
    else {
        return Err(fail("the token's creator cannot sign in any more").await);
    };
    let creator_rights = groups::effective(db, &m).await?;
    let permissions = groups::parse_modules(&t.modules).intersect(&creator_rights);
    let grantor = Grantor {
        role: Role::parse(&m.role).unwrap_or(Role::Member),
        rights: permissions.clone(),
        buyers: buyer_scope::of_member(db, &m).await?,
    };
    if t.last_used_at.is_none_or(|at| now - at > TOUCH_MS) {
        api_token::Entity::update_many()
            .col_expr(api_token::Column::LastUsedAt, Expr::value(now))
            .filter(api_token::Column::Id.eq(&t.id))
            .exec(db)
            .await?;
    }
    Ok(ApiPrincipal {
        account: a,
        permissions,
        actor: Actor {
            kind: "token",
            id: t.id.clone(),
            name: t.name.clone(),
        },
        creator: Some((m, u)),
        token: Some(t),
        grantor,
    })
}

async fn basic(state: &AppState, b64: &str, client: &ClientInfo) -> Result<ApiPrincipal, AppError> {
    let raw = STANDARD
        .decode(b64)
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
        .ok_or_else(|| refuse("undecodable Basic credentials"))?;
    let (account_id, passcode) = raw.split_once(':').ok_or_else(|| refuse("no colon"))?;
    if !crate::ids::is_valid(crate::ids::IdKind::Account, account_id) {
        return Err(refuse("not an account id"));
    }
    let now = now_ms();
    let key = format!("api-basic:{}:{account_id}", client.ip);
    throttle::check(&state.db, std::slice::from_ref(&key), now).await?;
    let a = account::Entity::find_by_id(account_id.to_string())
        .one(&state.db)
        .await?;
    let ok = match &a {
        Some(a) => {
            let stored = state.config.secret_key.decrypt(&a.passcode_enc)?;
            constant_time_eq(stored.as_bytes(), passcode.as_bytes()) && a.status == "Active"
        }
        None => false,
    };
    match (ok, a) {
        (true, Some(a)) => Ok(ApiPrincipal {
            actor: Actor {
                kind: "account",
                id: a.id.clone(),
                name: "Account credentials".into(),
            },
            account: a,
            permissions: Permissions::for_role(Role::Admin),
            creator: None,
            token: None,
            grantor: Grantor::full_admin(),
        }),
        (_, a) => {
            throttle::record_failure(&state.db, &key, BASIC_POLICY, now).await?;
            if let Some(a) = a {
                let reason = if a.status == "Active" {
                    "wrong passcode"
                } else {
                    "the account is not active"
                };
                audit_security::api_auth_failed(
                    &state.db,
                    &a.id,
                    &audit_security::anonymous(),
                    client,
                    ("account", &a.id, &a.name),
                    reason,
                )
                .await;
            }
            Err(refuse("wrong account id or passcode"))
        }
    }
}

#[derive(Debug, Default, Clone, Copy)]
struct Local {
    window: i64,
    unsynced: i64,
    shared: i64,
    last_sync: i64,
}

/// Requests per bucket and minute, shared through `api_rate_windows` (see the module docs).
#[derive(Debug)]
pub struct RateLimiter {
    per_minute: i64,
    local: Mutex<HashMap<String, Local>>,
}

impl RateLimiter {
    pub fn new(per_minute: u32) -> Self {
        RateLimiter {
            per_minute: per_minute.max(1) as i64,
            local: Mutex::new(HashMap::new()),
        }
    }

    pub fn per_minute(&self) -> i64 {
        self.per_minute
    }

    pub async fn hit(
        &self,
        db: &DatabaseConnection,
        bucket: &str,
        now: i64,
    ) -> Result<(), AppError> {
        let window = now - now.rem_euclid(WINDOW_MS);
        let retry = || AppError::Throttled(((window + WINDOW_MS - now + 999) / 1000) as u64);
        let delta = {
            let mut map = self.local.lock().map_err(|_| AppError::Internal)?;
            if map.len() > 10_000 {
                map.retain(|_, l| l.window == window);
            }
            let entry = map.entry(bucket.to_string()).or_default();
            if entry.window != window {
                *entry = Local {
                    window,
                    ..Local::default()
                };
            }
            if entry.shared + entry.unsynced >= self.per_minute {
                return Err(retry());
            }
            entry.unsynced += 1;
            if entry.unsynced < SYNC_EVERY && now - entry.last_sync < SYNC_MS {
                return Ok(());
            }
            let delta = entry.unsynced;
            entry.unsynced = 0;
            entry.last_sync = now;
            delta
        };
        let row = api_rate_window::ActiveModel {
            bucket: sea_orm::Set(bucket.to_string()),
            window_start: sea_orm::Set(window),
            hits: sea_orm::Set(delta),
        };
        api_rate_window::Entity::insert(row)
            .on_conflict(
                OnConflict::columns([
                    api_rate_window::Column::Bucket,
                    api_rate_window::Column::WindowStart,
                ])
                .value(
                    api_rate_window::Column::Hits,
                    Expr::cust("api_rate_windows.hits + excluded.hits"),
                )
                .to_owned(),
            )
            .exec_without_returning(db)
            .await?;
        let shared = api_rate_window::Entity::find_by_id((bucket.to_string(), window))
            .one(db)
            .await?
            .map(|r| r.hits)
            .unwrap_or(delta);
        let mut map = self.local.lock().map_err(|_| AppError::Internal)?;
        let entry = map.entry(bucket.to_string()).or_default();
        if entry.window == window {
            entry.shared = shared;
        }
        if shared > self.per_minute {
            return Err(retry());
        }
        Ok(())
    }

    /// Forgets windows older than an hour (called by the background jobs).
    pub async fn purge(db: &DatabaseConnection, now: i64) -> Result<u64, AppError> {
        Ok(api_rate_window::Entity::delete_many()
            .filter(api_rate_window::Column::WindowStart.lt(now - 3_600_000))
            .exec(db)
            .await?
            .rows_affected)
    }
}
