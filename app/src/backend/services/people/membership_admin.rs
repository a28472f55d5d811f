//! Changing members: role and groups, disable and enable, removal. The rules that keep an
//! account administrable live here, once: nobody removes, disables or demotes themself, and
//! the last active Admin can be neither removed, disabled nor demoted. Disabling or removing
//! ends that person's sessions in the account at once.
//!
//! Nobody grants what they do not hold (`permissions::grant`): every change first checks the
//! acting member (or token) against the member's current access, the role given and every
//! group put in or taken out, inside the transaction that makes the change.

use crate::backend::clock::now_ms;
use crate::backend::entities::{group_member, invitation, membership, session, user};
use crate::backend::services::acting::Acting;
use crate::backend::services::audit::{self, AuditEntry};
use crate::backend::services::mail::mail_queue::{self, OutgoingMail, To};
use crate::backend::services::mail::mail_recipients::language_of;
use crate::backend::services::mail::mail_text;
use crate::backend::services::{people::grant_checks, people::groups};
use crate::backend::AppState;
use crate::error::AppError;
use crate::model::Category;
use crate::permissions::Role;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, Set,
};

/// A membership of this account with its identity; anything else is NotFound.
pub(crate) async fn target<C: ConnectionTrait>(
    conn: &C,
    account_id: &str,
    id: &str,
) -> Result<(membership::Model, user::Model), AppError> {
    let m = membership::Entity::find_by_id(id.to_string())
        .filter(membership::Column::AccountId.eq(account_id))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)?;
    let u = user::Entity::find_by_id(m.user_id.clone())
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((m, u))
}

async fn other_active_admins<C: ConnectionTrait>(
    conn: &C,
    account_id: &str,
    except: &str,
) -> Result<u64, AppError> {
    Ok(membership::Entity::find()
        .filter(membership::Column::AccountId.eq(account_id))
        .filter(membership::Column::Role.eq(Role::Admin.as_str()))
        .filter(membership::Column::Status.eq("Active"))
        .filter(membership::Column::Id.ne(except))
        .count(conn)
        .await?)
}

async fn end_sessions<C: ConnectionTrait>(
    conn: &C,
    user_id: &str,
    account_id: &str,
) -> Result<(), AppError> {
    session::Entity::delete_many()
        .filter(session::Column::UserId.eq(user_id))
        .filter(session::Column::AccountId.eq(account_id))
        .exec(conn)
        .await?;
    Ok(())
}

/// Takes a membership out of the account: pending links die, group places go, the row goes.
pub(crate) async fn delete_membership<C: ConnectionTrait>(
    conn: &C,
    membership_id: &str,
) -> Result<(), AppError> {
    invitation::Entity::update_many()
        .col_expr(invitation::Column::Status, Expr::value("Revoked"))
        .filter(invitation::Column::MembershipId.eq(membership_id))
        .filter(invitation::Column::Status.eq("Pending"))
        .exec(conn)
        .await?;
    group_member::Entity::delete_many()
        .filter(group_member::Column::MembershipId.eq(membership_id))
        .exec(conn)
        .await?;
    membership::Entity::delete_by_id(membership_id.to_string())
        .exec(conn)
        .await?;
    Ok(())
}

fn stale() -> AppError {
    AppError::Conflict("Someone changed this person after you opened the list. Reload to see the current state, then try again.".into())
}

pub async fn update(
    state: &AppState,
    who: &Acting,
    membership_id: &str,
    role: Role,
    group_ids: &[String],
    expected_updated_at: i64,
) -> Result<(), AppError> {
    let account_id = who.account_id.as_str();
    let tx = audit::begin(&state.db, account_id).await?;
    let (m, u) = target(&tx, account_id, membership_id).await?;
    // Refused before anything about the member's state is told.
    grant_checks::member(&tx, &who.grantor, &m).await?;
    if m.updated_at != expected_updated_at {
        return Err(stale());
    }
    let old_role = Role::parse(&m.role).unwrap_or(Role::Member);
    if old_role != role {
        who.grantor.may_give_role(role)?;
        if who.is_self(&m.id) {
            return Err(AppError::field(
                "role",
                "You cannot change your own role. Ask another Admin.",
            ));
        }
        if old_role == Role::Admin
            && m.status == "Active"
            && other_active_admins(&tx, account_id, &m.id).await? == 0
        {
            return Err(AppError::field(
                "role",
                "This is the last Admin of the account; make someone else Admin first.",
            ));
        }
    }
    let before = groups::of_memberships(&tx, account_id, std::slice::from_ref(&m.id)).await?;
    let before_names: Vec<String> = before
        .get(&m.id)
        .into_iter()
        .flatten()
        .map(|g| g.name.clone())
        .collect();
    // Every group the member joins or leaves must be one the grantor could give.
    let before_ids: Vec<String> = before
        .get(&m.id)
        .into_iter()
        .flatten()
        .map(|g| g.id.clone())
        .collect();
    let changed: Vec<String> = group_ids
        .iter()
        .filter(|id| !before_ids.contains(id))
        .chain(before_ids.iter().filter(|id| !group_ids.contains(id)))
        .cloned()
        .collect();
    grant_checks::groups(&tx, account_id, &who.grantor, &changed).await?;
    groups::set_members_groups(&tx, account_id, &m.id, group_ids).await?;
    let after = groups::of_memberships(&tx, account_id, std::slice::from_ref(&m.id)).await?;
    let after_names: Vec<String> = after
        .get(&m.id)
        .into_iter()
        .flatten()
        .map(|g| g.name.clone())
        .collect();
    let mut am: membership::ActiveModel = m.clone().into();
    am.role = Set(role.as_str().into());
    am.updated_at = Set(now_ms().max(m.updated_at + 1));
    am.update(&tx).await?;
    let changes = audit::diff(
        &[
            ("role", Some(old_role.as_str().into())),
            ("groups", Some(before_names.join(", "))),
        ],
        &[
            ("role", Some(role.as_str().into())),
            ("groups", Some(after_names.join(", "))),
        ],
    );
    audit::append(
        &tx,
        account_id,
        &who.actor,
        &who.client,
        AuditEntry {
            action: "users.membership.update".into(),
            object_type: "membership".into(),
            object_id: m.id.clone(),
            object_name: u.email.clone(),
            summary: format!("Changed the access of {}", u.email),
            changes,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

pub async fn set_enabled(
    state: &AppState,
    who: &Acting,
    membership_id: &str,
    enabled: bool,
    expected_updated_at: i64,
) -> Result<(), AppError> {
    let account_id = who.account_id.as_str();
    let tx = audit::begin(&state.db, account_id).await?;
    let (m, u) = target(&tx, account_id, membership_id).await?;
    // Refused before anything about the member's state is told.
    grant_checks::member(&tx, &who.grantor, &m).await?;
    if m.updated_at != expected_updated_at {
        return Err(stale());
    }
    let (from, to) = if enabled {
        ("Disabled", "Active")
    } else {
        ("Active", "Disabled")
    };
    if m.status != from {
        return Err(AppError::BadRequest(format!(
            "Only a member who is {from} can be {}.",
            if enabled { "enabled" } else { "disabled" }
        )));
    }
    if !enabled {
        if who.is_self(&m.id) {
            return Err(AppError::BadRequest("You cannot disable yourself.".into()));
        }
        if m.role == Role::Admin.as_str() && other_active_admins(&tx, account_id, &m.id).await? == 0
        {
            return Err(AppError::BadRequest(
                "This is the last active Admin of the account and cannot be disabled.".into(),
            ));
        }
        end_sessions(&tx, &u.id, account_id).await?;
    }
    let mut am: membership::ActiveModel = m.clone().into();
    am.status = Set(to.into());
    am.updated_at = Set(now_ms().max(m.updated_at + 1));
    am.update(&tx).await?;
    audit::append(
        &tx,
        account_id,
        &who.actor,
        &who.client,
        AuditEntry {
            action: format!(
                "users.membership.{}",
                if enabled { "enable" } else { "disable" }
            ),
            object_type: "membership".into(),
            object_id: m.id.clone(),
            object_name: u.email.clone(),
            summary: format!(
                "{} {}",
                if enabled { "Enabled" } else { "Disabled" },
                u.email
            ),
            changes: vec![audit::masked("status", Some(from.into()), Some(to.into()))],
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

pub async fn remove(
    state: &AppState,
    who: &Acting,
    membership_id: &str,
    expected_updated_at: i64,
) -> Result<(), AppError> {
    let account_id = who.account_id.as_str();
    let tx = audit::begin(&state.db, account_id).await?;
    let (m, u) = target(&tx, account_id, membership_id).await?;
    // Refused before anything about the member's state is told.
    grant_checks::member(&tx, &who.grantor, &m).await?;
    if m.updated_at != expected_updated_at {
        return Err(stale());
    }
    if who.is_self(&m.id) {
        return Err(AppError::BadRequest(
            "You cannot remove yourself from the account.".into(),
        ));
    }
    if m.role == Role::Admin.as_str()
        && m.status == "Active"
        && other_active_admins(&tx, account_id, &m.id).await? == 0
    {
        return Err(AppError::BadRequest(
            "This is the last Admin of the account and cannot be removed.".into(),
        ));
    }
    end_sessions(&tx, &u.id, account_id).await?;
    delete_membership(&tx, &m.id).await?;
    audit::append(
        &tx,
        account_id,
        &who.actor,
        &who.client,
        AuditEntry {
            action: "users.membership.remove".into(),
            object_type: "membership".into(),
            object_id: m.id.clone(),
            object_name: u.email.clone(),
            summary: format!("Removed {} from the account", u.email),
            changes: vec![
                audit::masked("role", Some(m.role.clone()), None),
                audit::masked("status", Some(m.status.clone()), None),
            ],
        },
    )
    .await?;
    tx.commit().await?;
    let account = crate::backend::services::tenancy::accounts::find(&state.db, account_id).await?;
    if m.status != "Invited" {
        // After the commit: the removal stands even if the mail cannot be queued.
        let lang = language_of(Some(&u), Some(&account));
        let text = mail_text::removal(lang, &who.actor.name, &account.name);
        let mail = OutgoingMail {
            account_id: Some(account_id.to_string()),
            category: Category::UserUpdates,
            to: To::User(u.id.clone()),
            subject: text.subject,
            body: text.body,
            language: lang,
        };
        if let Err(e) = mail_queue::enqueue(state, mail).await {
            tracing::error!(error = ?e, "could not queue a removal e-mail");
        }
    }
    Ok(())
}
