//! Brute-force protection for sign-in: counters per e-mail and per IP in the database, so all
//! server processes share them. A key that fails too often within the window is locked for a
//! while, and the caller is told exactly how long.

use crate::backend::entities::login_throttle;
use crate::error::AppError;
use sea_orm::{ActiveModelTrait, DatabaseConnection, EntityTrait, Set};

#[derive(Debug, Clone, Copy)]
pub struct Policy {
    pub max_failures: i32,
    pub window_ms: i64,
    pub lock_ms: i64,
}

pub const PER_EMAIL: Policy = Policy {
    max_failures: 5,
    window_ms: 15 * 60_000,
    lock_ms: 5 * 60_000,
};
pub const PER_IP: Policy = Policy {
    max_failures: 30,
    window_ms: 15 * 60_000,
    lock_ms: 15 * 60_000,
};

pub fn email_key(email: &str) -> String {
    format!("email:{}", email.trim().to_lowercase())
}

pub fn ip_key(ip: &str) -> String {
    format!("ip:{ip}")
}

/// Refuses when any key is locked, with the seconds left on the longest lock.
pub async fn check(db: &DatabaseConnection, keys: &[String], now: i64) -> Result<(), AppError> {
    let mut wait_ms = 0;
    for key in keys {
        if let Some(row) = login_throttle::Entity::find_by_id(key.clone())
            .one(db)
            .await?
        {
            wait_ms = wait_ms.max(row.locked_until - now);
        }
    }
    if wait_ms > 0 {
        Err(AppError::Throttled(((wait_ms + 999) / 1000) as u64))
    } else {
        Ok(())
    }
}

/// How long `key` stays locked from `now` (0: not locked).
pub async fn wait_ms(db: &DatabaseConnection, key: &str, now: i64) -> Result<i64, AppError> {
    Ok(login_throttle::Entity::find_by_id(key.to_string())
        .one(db)
        .await?
        .map_or(0, |row| (row.locked_until - now).max(0)))
}

pub fn seconds(wait_ms: i64) -> u64 {
    ((wait_ms + 999) / 1000) as u64
}

pub async fn record_failure(
    db: &DatabaseConnection,
    key: &str,
    policy: Policy,
    now: i64,
) -> Result<(), AppError> {
    match login_throttle::Entity::find_by_id(key.to_string())
        .one(db)
        .await?
    {
        Some(row) => {
            let fresh = now - row.window_start > policy.window_ms
                || row.locked_until > 0 && row.locked_until <= now;
            let failures = if fresh { 1 } else { row.failures + 1 };
            let mut am: login_throttle::ActiveModel = row.into();
            if fresh {
                am.window_start = Set(now);
                am.locked_until = Set(0);
            }
            am.failures = Set(failures);
            if failures >= policy.max_failures {
                am.locked_until = Set(now + policy.lock_ms);
            }
            am.update(db).await?;
        }
        None => {
            login_throttle::ActiveModel {
                key: Set(key.to_string()),
                window_start: Set(now),
                failures: Set(1),
                locked_until: Set(if policy.max_failures <= 1 {
                    now + policy.lock_ms
                } else {
                    0
                }),
            }
            .insert(db)
            .await?;
        }
    }
    Ok(())
}

pub async fn clear(db: &DatabaseConnection, key: &str) -> Result<(), AppError> {
    login_throttle::Entity::delete_by_id(key.to_string())
        .exec(db)
        .await?;
    Ok(())
}
