//! The person's profile: names, phone and display preferences.
//!
//! A profile belongs to the person, not to one account, so a save is recorded in every account
//! of the person (like a password change, see `person`). Saves are revision-checked with a
//! conditional update, so two open forms cannot silently overwrite each other.

use crate::backend::clock::now_ms;
use crate::backend::entities::{account, user};
use crate::backend::services::identity::person::{self, Me};
use crate::backend::services::{audit, identity::users};
use crate::error::AppError;
use crate::model::Profile;
use crate::validation::{ProfileInput, ValidProfile};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};

/// The form's values as stored: a preference not chosen is the empty string.
fn input_of(u: &user::Model) -> ProfileInput {
    let s = |v: &Option<String>| v.clone().unwrap_or_default();
    ProfileInput {
        first_name: u.first_name.clone(),
        last_name: u.last_name.clone(),
        phone: u.phone.clone(),
        language: s(&u.language),
        timezone: s(&u.timezone),
        date_format: s(&u.date_format),
        time_format: s(&u.time_format),
        number_format: s(&u.number_format),
        theme: u.theme.clone(),
    }
}

/// The audited fields, as (name, value) pairs for `audit::diff`.
fn snapshot(u: &user::Model) -> Vec<(&'static str, Option<String>)> {
    let f = input_of(u);
    let some = |v: String| (!v.is_empty()).then_some(v);
    vec![
        ("first_name", some(f.first_name)),
        ("last_name", some(f.last_name)),
        ("phone", some(f.phone)),
        ("language", some(f.language)),
        ("timezone", some(f.timezone)),
        ("date_format", some(f.date_format)),
        ("time_format", some(f.time_format)),
        ("number_format", some(f.number_format)),
        ("theme", some(f.theme)),
    ]
}

pub fn to_dto(u: &user::Model, account: &account::Model) -> Profile {
    Profile {
        user_id: u.id.clone(),
        email: u.email.clone(),
        fields: input_of(u),
        account_language: account.language.clone(),
        has_picture: u.picture_at.is_some(),
        picture_at: u.picture_at,
        revision: u.profile_revision,
    }
}

pub async fn get(
    db: &DatabaseConnection,
    user_id: &str,
    account_id: &str,
) -> Result<Profile, AppError> {
    let u = person::reload(db, user_id).await?;
    let a = crate::backend::services::tenancy::accounts::find(db, account_id).await?;
    Ok(to_dto(&u, &a))
}

fn conflict() -> AppError {
    AppError::Conflict(
        "Your profile was saved elsewhere after you opened it. Your changes are kept in the form: load the latest version, then save again.".into(),
    )
}

/// Saves the form if nobody saved since `revision` was read; returns the new revision.
pub async fn save(me: &Me<'_>, valid: ValidProfile, revision: i64) -> Result<i64, AppError> {
    let (tx, accounts) = person::begin(me.db, me.user_id, me.account_id).await?;
    let before = person::reload(&tx, me.user_id).await?;
    if before.profile_revision != revision {
        return Err(conflict());
    }
    let mut am: user::ActiveModel = before.clone().into();
    am.first_name = Set(valid.first_name);
    am.last_name = Set(valid.last_name);
    am.phone = Set(valid.phone);
    am.language = Set(valid.language);
    am.timezone = Set(valid.timezone);
    am.date_format = Set(valid.date_format);
    am.time_format = Set(valid.time_format);
    am.number_format = Set(valid.number_format);
    am.theme = Set(valid.theme);
    am.profile_revision = Set(revision + 1);
    am.updated_at = Set(now_ms());
    // The revision in the WHERE clause keeps the check true under concurrent saves.
    let done = user::Entity::update_many()
        .set(am)
        .filter(user::Column::Id.eq(me.user_id))
        .filter(user::Column::ProfileRevision.eq(revision))
        .exec(&tx)
        .await?;
    if done.rows_affected != 1 {
        return Err(conflict());
    }
    let after = person::reload(&tx, me.user_id).await?;
    if (&before.first_name, &before.last_name) != (&after.first_name, &after.last_name) {
        // The Users lists sort and search by a copy of the name on each membership.
        users::sync_names(&tx, &after).await?;
    }
    let changes = audit::diff(&snapshot(&before), &snapshot(&after));
    if !changes.is_empty() {
        let names: Vec<&str> = changes.iter().map(|c| c.field.as_str()).collect();
        let entry = person::entry(
            &after,
            "auth.profile.update",
            format!("Updated their profile: {}", names.join(", ")),
            changes,
        );
        // The actor's name is the one after the change, so the record reads as the header does.
        person::append_all(&tx, &accounts, &after, me.client, entry).await?;
    }
    tx.commit().await?;
    Ok(after.profile_revision)
}
