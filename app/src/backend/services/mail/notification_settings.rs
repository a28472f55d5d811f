//! The account's notification settings: sender name and footer (this file), and each
//! category's switch, note, "required" flag and recipients (`notification_categories.rs`).
//! Nothing is stored until an admin saves, and a missing row means the defaults: sender name
//! = the account's name, no footer, every category enabled, not required, no recipients.

use crate::backend::clock::now_ms;
use crate::backend::entities::{notification_category as cat, notification_setting as setting};
use crate::backend::services::acting::Acting;
use crate::backend::services::audit::{self, AuditEntry};
use crate::backend::services::mail::notification_categories::{recipient_choices, with_labels};
use crate::error::AppError;
use crate::model::{Category, CategoryRow, NotificationSettings};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set,
};

/// A category as it applies now (defaults when never saved).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CategoryState {
    pub enabled: bool,
    pub note: String,
    pub required: bool,
    pub revision: i64,
}

impl CategoryState {
    fn of(row: Option<cat::Model>) -> Self {
        match row {
            Some(r) => CategoryState {
                enabled: r.enabled,
                note: r.note,
                required: r.required,
                revision: r.revision,
            },
            None => CategoryState {
                enabled: true,
                note: String::new(),
                required: false,
                revision: 0,
            },
        }
    }
}

pub async fn category_state<C: ConnectionTrait>(
    conn: &C,
    account_id: &str,
    category: Category,
) -> Result<CategoryState, AppError> {
    let row = cat::Entity::find_by_id((account_id.to_string(), category.key().to_string()))
        .one(conn)
        .await?;
    Ok(CategoryState::of(row))
}

/// (sender name, footer, revision) with the defaults filled in.
pub async fn sender<C: ConnectionTrait>(
    conn: &C,
    account_id: &str,
) -> Result<(String, String, i64), AppError> {
    match setting::Entity::find_by_id(account_id.to_string())
        .one(conn)
        .await?
    {
        Some(s) => Ok((s.sender_name, s.footer, s.revision)),
        None => {
            let account =
                crate::backend::services::tenancy::accounts::find(conn, account_id).await?;
            Ok((account.name, String::new(), 0))
        }
    }
}

/// The settings page: sender, footer, every category with its recipients, and the choices.
pub async fn load(
    db: &DatabaseConnection,
    account_id: &str,
) -> Result<NotificationSettings, AppError> {
    let (sender_name, footer, revision) = sender(db, account_id).await?;
    let rows = cat::Entity::find()
        .filter(cat::Column::AccountId.eq(account_id))
        .all(db)
        .await?;
    let choices = recipient_choices(db, account_id).await?;
    let mut categories = Vec::new();
    for c in Category::ALL {
        let row = rows.iter().find(|r| r.category == c.key()).cloned();
        let state = CategoryState::of(row);
        categories.push(CategoryRow {
            category: c.name().into(),
            key: c.key().into(),
            enabled: state.enabled,
            note: state.note,
            required: state.required,
            can_disable: c.can_disable(),
            revision: state.revision,
            recipients: with_labels(db, account_id, c, &choices).await?,
        });
    }
    Ok(NotificationSettings {
        sender_name,
        footer,
        revision,
        categories,
        recipient_choices: choices,
    })
}

/// Saves sender name and footer (already validated) against the revision the form loaded
/// (0: never saved). Returns the new revision.
pub async fn update_settings(
    db: &DatabaseConnection,
    who: &Acting,
    (sender_name, footer): (String, String),
    revision: i64,
) -> Result<i64, AppError> {
    let (account_id, actor, client) = (who.account_id.as_str(), &who.actor, &who.client);
    let tx = audit::begin(db, account_id).await?;
    let current = setting::Entity::find_by_id(account_id.to_string())
        .one(&tx)
        .await?;
    let (before_name, before_footer) = sender(&tx, account_id).await.map(|(n, f, _)| (n, f))?;
    let now = now_ms();
    match current {
        Some(row) if row.revision == revision => {
            let mut am: setting::ActiveModel = row.into();
            am.sender_name = Set(sender_name.clone());
            am.footer = Set(footer.clone());
            am.revision = Set(revision + 1);
            am.updated_at = Set(now);
            am.updated_by = Set(Some(actor.name.clone()));
            am.update(&tx).await?;
        }
        None if revision == 0 => {
            setting::ActiveModel {
                account_id: Set(account_id.into()),
                sender_name: Set(sender_name.clone()),
                footer: Set(footer.clone()),
                revision: Set(1),
                updated_at: Set(now),
                updated_by: Set(Some(actor.name.clone())),
            }
            .insert(&tx)
            .await?;
        }
        current => return Err(conflict(current.and_then(|r| r.updated_by))),
    }
    let changes = audit::diff(
        &[
            ("sender_name", Some(before_name)),
            ("footer", Some(before_footer)),
        ],
        &[("sender_name", Some(sender_name)), ("footer", Some(footer))],
    );
    audit::append(
        &tx,
        account_id,
        actor,
        client,
        AuditEntry {
            action: "notifications.settings.update".into(),
            object_type: "notifications".into(),
            object_id: account_id.into(),
            object_name: "Notification settings".into(),
            summary: "Updated the e-mail sender name and footer".into(),
            changes,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(revision + 1)
}

/// Someone saved after the form was loaded. The audit chain lock taken by `audit::begin`
/// serialises saves per account, so comparing the revision inside it is enough.
pub(super) fn conflict(who: Option<String>) -> AppError {
    AppError::Conflict(format!(
        "{} saved these notification settings after you opened them. Your changes are kept in the form: reload to see theirs, then apply yours again.",
        who.unwrap_or_else(|| "Someone else".into())
    ))
}
