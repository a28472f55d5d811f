//! One notification category of an account: enabled or not (with a note saying why),
//! whether members may opt out, and who receives the mails addressed to the account as a
//! whole (users and groups of this account only).

use crate::backend::clock::now_ms;
use crate::backend::entities::{
    group, membership, notification_category as cat, notification_recipient as rcp, user,
};
use crate::backend::services::acting::Acting;
use crate::backend::services::audit::{self, AuditEntry};
use crate::backend::services::mail::notification_settings::{category_state, conflict};
use crate::error::AppError;
use crate::model::{Category, RecipientRef};
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};

/// A category's form, validated (`validation::check_category`, `parse_recipient`).
pub struct CategoryInput {
    pub category: Category,
    pub enabled: bool,
    pub note: String,
    pub required: bool,
    /// (kind, id): ("user", "USR-…") or ("group", "UGR-…").
    pub recipients: Vec<(&'static str, String)>,
    pub revision: i64,
}

/// The account's active members ("First Last <e-mail>") and its groups.
pub async fn recipient_choices<C: ConnectionTrait>(
    conn: &C,
    account_id: &str,
) -> Result<Vec<RecipientRef>, AppError> {
    let members = membership::Entity::find()
        .filter(membership::Column::AccountId.eq(account_id))
        .filter(membership::Column::Status.eq("Active"))
        .all(conn)
        .await?;
    let users = user::Entity::find()
        .filter(user::Column::Id.is_in(members.iter().map(|m| m.user_id.clone())))
        .all(conn)
        .await?;
    let mut out: Vec<RecipientRef> = users
        .into_iter()
        .map(|u| {
            let name = format!("{} {}", u.first_name, u.last_name);
            RecipientRef {
                kind: "user".into(),
                label: match name.trim() {
                    "" => u.email.clone(),
                    n => format!("{n} <{}>", u.email),
                },
                id: u.id,
            }
        })
        .collect();
    out.sort_by_key(|r| r.label.to_lowercase());
    for g in crate::backend::services::people::groups::list(conn, account_id).await? {
        out.push(RecipientRef {
            kind: "group".into(),
            id: g.id,
            label: g.name,
        });
    }
    Ok(out)
}

/// A category's recipients, labelled from `choices` (a user who left shows as their id).
pub async fn with_labels<C: ConnectionTrait>(
    conn: &C,
    account_id: &str,
    category: Category,
    choices: &[RecipientRef],
) -> Result<Vec<RecipientRef>, AppError> {
    Ok(stored(conn, account_id, category)
        .await?
        .into_iter()
        .map(|r| RecipientRef {
            label: choices
                .iter()
                .find(|c| c.kind == r.kind && c.id == r.ref_id)
                .map(|c| c.label.clone())
                .unwrap_or_else(|| r.ref_id.clone()),
            kind: r.kind,
            id: r.ref_id,
        })
        .collect())
}

pub async fn stored<C: ConnectionTrait>(
    conn: &C,
    account_id: &str,
    category: Category,
) -> Result<Vec<rcp::Model>, AppError> {
    Ok(rcp::Entity::find()
        .filter(rcp::Column::AccountId.eq(account_id))
        .filter(rcp::Column::Category.eq(category.key()))
        .all(conn)
        .await?)
}

/// Every recipient must be a member or a group of this account. Another account's ids get
/// the same answer as ids that do not exist, so nothing about them is revealed.
async fn check_recipients<C: ConnectionTrait>(
    conn: &C,
    account_id: &str,
    recipients: &[(&'static str, String)],
) -> Result<(), AppError> {
    for (kind, id) in recipients {
        let found = match *kind {
            "user" => membership::Entity::find()
                .filter(membership::Column::AccountId.eq(account_id))
                .filter(membership::Column::UserId.eq(id))
                .one(conn)
                .await?
                .is_some(),
            _ => group::Entity::find_by_id(id.clone())
                .filter(group::Column::AccountId.eq(account_id))
                .one(conn)
                .await?
                .is_some(),
        };
        if !found {
            return Err(AppError::field(
                "recipients",
                "One of the chosen recipients does not exist in this account.",
            ));
        }
    }
    Ok(())
}

fn describe(
    enabled: bool,
    note: &str,
    required: bool,
    recipients: &[String],
) -> Vec<(&'static str, Option<String>)> {
    vec![
        ("enabled", Some(enabled.to_string())),
        ("note", Some(note.to_string())),
        ("required", Some(required.to_string())),
        ("recipients", Some(recipients.join(", "))),
    ]
}

/// Saves one category against the revision the form loaded (0: never saved).
pub async fn update(
    db: &DatabaseConnection,
    who: &Acting,
    input: CategoryInput,
) -> Result<i64, AppError> {
    let (account_id, actor, client) = (who.account_id.as_str(), &who.actor, &who.client);
    let key = input.category.key();
    let tx = audit::begin(db, account_id).await?;
    let before = category_state(&tx, account_id, input.category).await?;
    if before.revision != input.revision {
        let row = cat::Entity::find_by_id((account_id.to_string(), key.to_string()))
            .one(&tx)
            .await?;
        return Err(conflict(row.and_then(|r| r.updated_by)));
    }
    check_recipients(&tx, account_id, &input.recipients).await?;
    let old: Vec<String> = stored(&tx, account_id, input.category)
        .await?
        .into_iter()
        .map(|r| format!("{}:{}", r.kind, r.ref_id))
        .collect();
    let row = cat::ActiveModel {
        account_id: Set(account_id.into()),
        category: Set(key.into()),
        enabled: Set(input.enabled),
        note: Set(input.note.clone()),
        required: Set(input.required),
        revision: Set(input.revision + 1),
        updated_at: Set(now_ms()),
        updated_by: Set(Some(actor.name.clone())),
    };
    // The revision check above ran under the account's chain lock, so no other save of this
    // category can slip in between; a delete-and-insert keeps one statement for both cases.
    cat::Entity::delete_by_id((account_id.to_string(), key.to_string()))
        .exec(&tx)
        .await?;
    cat::Entity::insert(row).exec_without_returning(&tx).await?;
    rcp::Entity::delete_many()
        .filter(rcp::Column::AccountId.eq(account_id))
        .filter(rcp::Column::Category.eq(key))
        .exec(&tx)
        .await?;
    let mut new: Vec<String> = Vec::new();
    for (kind, id) in &input.recipients {
        let tag = format!("{kind}:{id}");
        if new.contains(&tag) {
            continue;
        }
        new.push(tag);
        let row = rcp::ActiveModel {
            account_id: Set(account_id.into()),
            category: Set(key.into()),
            kind: Set((*kind).into()),
            ref_id: Set(id.clone()),
        };
        rcp::Entity::insert(row).exec_without_returning(&tx).await?;
    }
    let changes = audit::diff(
        &describe(before.enabled, &before.note, before.required, &old),
        &describe(input.enabled, &input.note, input.required, &new),
    );
    audit::append(
        &tx,
        account_id,
        actor,
        client,
        AuditEntry {
            action: "notifications.category.update".into(),
            object_type: "notifications".into(),
            object_id: account_id.into(),
            object_name: input.category.name().into(),
            summary: format!(
                "Updated the notification category {}",
                input.category.name()
            ),
            changes,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(input.revision + 1)
}
