//! A person's notification preferences in one account, from the Profile page (signed in) or
//! from an e-mail's footer link (`notification_link`, no session). A category is locked on
//! when it is User updates or the account requires it; only opt-outs need a row.

use crate::backend::clock::now_ms;
use crate::backend::entities::{
    membership, notification_category as cat, notification_pref as pref, user,
};
use crate::backend::services::audit::{self, AuditEntry, ClientInfo};
use crate::backend::services::{identity::auth, identity::throttle, mail::notification_link};
use crate::backend::AppState;
use crate::error::AppError;
use crate::model::{Category, LinkPrefs, PrefRow};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};

pub async fn list<C: ConnectionTrait>(
    conn: &C,
    user_id: &str,
    account_id: &str,
) -> Result<Vec<PrefRow>, AppError> {
    let mine = pref::Entity::find()
        .filter(pref::Column::UserId.eq(user_id))
        .filter(pref::Column::AccountId.eq(account_id))
        .all(conn)
        .await?;
    let required: Vec<String> = cat::Entity::find()
        .filter(cat::Column::AccountId.eq(account_id))
        .filter(cat::Column::Required.eq(true))
        .all(conn)
        .await?
        .into_iter()
        .map(|r| r.category)
        .collect();
    let mut out = Vec::new();
    for c in Category::ALL {
        let locked = !c.can_disable() || required.iter().any(|k| k == c.key());
        let chosen = mine
            .iter()
            .find(|p| p.category == c.key())
            .is_none_or(|p| p.enabled);
        out.push(PrefRow {
            key: c.key().into(),
            category: c.name().into(),
            enabled: locked || chosen,
            locked,
        });
    }
    Ok(out)
}

/// Saves the given (key, enabled) pairs; switching off a locked category is refused.
pub async fn save(
    db: &DatabaseConnection,
    person: &user::Model,
    account_id: &str,
    client: &ClientInfo,
    prefs: &[(String, bool)],
) -> Result<(), AppError> {
    let tx = audit::begin(db, account_id).await?;
    let current = list(&tx, &person.id, account_id).await?;
    let mut changes = Vec::new();
    for (key, enabled) in prefs {
        let row = current
            .iter()
            .find(|p| p.key == key.trim())
            .ok_or_else(|| AppError::BadRequest("Unknown notification category.".into()))?;
        if row.locked && !enabled {
            return Err(AppError::field(
                &row.key,
                format!(
                    "{} e-mails are always sent; they cannot be switched off.",
                    row.category
                ),
            ));
        }
        if row.enabled == *enabled || row.locked {
            continue;
        }
        let am = pref::ActiveModel {
            user_id: Set(person.id.clone()),
            account_id: Set(account_id.into()),
            category: Set(row.key.clone()),
            enabled: Set(*enabled),
        };
        pref::Entity::insert(am)
            .on_conflict(
                OnConflict::columns([
                    pref::Column::UserId,
                    pref::Column::AccountId,
                    pref::Column::Category,
                ])
                .update_column(pref::Column::Enabled)
                .to_owned(),
            )
            .exec_without_returning(&tx)
            .await?;
        changes.push(audit::masked(
            &row.key,
            Some(on_off(row.enabled)),
            Some(on_off(*enabled)),
        ));
    }
    if changes.is_empty() {
        return Ok(());
    }
    audit::append(
        &tx,
        account_id,
        &auth::actor_of(person),
        client,
        AuditEntry {
            action: "notifications.preferences.update".into(),
            object_type: "user".into(),
            object_id: person.id.clone(),
            object_name: person.email.clone(),
            summary: format!("{} changed their notification preferences", person.email),
            changes,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

fn on_off(enabled: bool) -> String {
    if enabled { "on" } else { "off" }.into()
}

/// What a footer link opens. A bad, expired or tampered token, a person who left the
/// account: all get the same answer, and count towards the caller's IP lock like a failed
/// sign-in, so links cannot be probed at speed.
async fn open(
    state: &AppState,
    token: &str,
    client: &ClientInfo,
) -> Result<(user::Model, String), AppError> {
    let db = &state.db;
    let ip = [throttle::ip_key(&client.ip)];
    let now = now_ms();
    throttle::check(db, &ip, now).await?;
    let found = match notification_link::verify(&state.config.secret_key, token, now) {
        Some((user_id, account_id)) => {
            let member = membership::Entity::find()
                .filter(membership::Column::AccountId.eq(&account_id))
                .filter(membership::Column::UserId.eq(&user_id))
                .one(db)
                .await?;
            let person = user::Entity::find_by_id(user_id).one(db).await?;
            person.filter(|_| member.is_some()).map(|p| (p, account_id))
        }
        None => None,
    };
    match found {
        Some(found) => Ok(found),
        None => {
            throttle::record_failure(db, &ip[0], throttle::PER_IP, now).await?;
            Err(AppError::BadRequest(
                "This link is invalid or has expired.".into(),
            ))
        }
    }
}

pub async fn by_link(
    state: &AppState,
    token: &str,
    client: &ClientInfo,
) -> Result<LinkPrefs, AppError> {
    let (person, account_id) = open(state, token, client).await?;
    let account = crate::backend::services::tenancy::accounts::find(&state.db, &account_id).await?;
    Ok(LinkPrefs {
        account_name: account.name,
        email: person.email.clone(),
        prefs: list(&state.db, &person.id, &account_id).await?,
    })
}

pub async fn save_by_link(
    state: &AppState,
    token: &str,
    client: &ClientInfo,
    prefs: &[(String, bool)],
) -> Result<(), AppError> {
    let (person, account_id) = open(state, token, client).await?;
    save(&state.db, &person, &account_id, client, prefs).await
}
