//! The account's cap on how long new API tokens may live: an account setting, revision-checked
//! against the account like every other account change.

use crate::backend::clock::now_ms;
use crate::backend::entities::account;
use crate::backend::services::acting::Acting;
use crate::backend::services::audit::{self, AuditEntry};
use crate::error::AppError;
use crate::model::TokenPolicy;
use sea_orm::{ActiveModelTrait, DatabaseConnection, Set};

pub async fn policy(db: &DatabaseConnection, account_id: &str) -> Result<TokenPolicy, AppError> {
    let a = crate::backend::services::tenancy::accounts::find(db, account_id).await?;
    Ok(TokenPolicy {
        max_days: a.token_max_days,
        account_revision: a.revision,
    })
}

pub async fn set_policy(
    db: &DatabaseConnection,
    who: &Acting,
    max_days: Option<i64>,
    account_revision: i64,
) -> Result<TokenPolicy, AppError> {
    let (account_id, actor, client) = (who.account_id.as_str(), &who.actor, &who.client);
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
    let a = crate::backend::services::tenancy::accounts::find(&tx, account_id).await?;
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
