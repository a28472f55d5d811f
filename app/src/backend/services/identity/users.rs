//! Identities and memberships, as far as the foundation needs them: the first admin (CLI and
//! first start) and the demo data. Inviting and managing people is its own module.

use crate::backend::clock::now_ms;
use crate::backend::crypto::{hash_password, SecretKey};
use crate::backend::entities::{membership, user};
use crate::backend::services::audit::{self, Actor, AuditEntry, ClientInfo};
use crate::backend::services::tenancy::accounts;
use crate::error::AppError;
use crate::ids::{self, IdKind};
use crate::permissions::Role;
use crate::validation::{Email, Password};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, Set, TransactionTrait,
};

pub async fn count(db: &DatabaseConnection) -> Result<u64, AppError> {
    Ok(user::Entity::find().count(db).await?)
}

pub async fn find_by_email<C: ConnectionTrait>(
    db: &C,
    email: &str,
) -> Result<Option<user::Model>, AppError> {
    Ok(user::Entity::find()
        .filter(user::Column::Email.eq(email.trim().to_lowercase()))
        .one(db)
        .await?)
}

pub async fn insert_user<C: ConnectionTrait>(
    conn: &C,
    email: &Email,
    first: &str,
    last: &str,
    password_hash: String,
) -> Result<user::Model, AppError> {
    let now = now_ms();
    let mut id = ids::generate(IdKind::User);
    while user::Entity::find_by_id(id.clone())
        .one(conn)
        .await?
        .is_some()
    {
        id = ids::generate(IdKind::User);
    }
    Ok(
        new_user(id, email.as_str(), first, last, password_hash, now)
            .insert(conn)
            .await?,
    )
}

/// A new, active identity with every personal setting at its default (the person's choices
/// start empty: account language, browser time zone and formats, system theme).
pub fn new_user(
    id: String,
    email: &str,
    first: &str,
    last: &str,
    password_hash: String,
    now: i64,
) -> user::ActiveModel {
    user::ActiveModel {
        id: Set(id),
        email: Set(email.to_string()),
        first_name: Set(first.into()),
        last_name: Set(last.into()),
        password_hash: Set(password_hash),
        status: Set("Active".into()),
        created_at: Set(now),
        updated_at: Set(now),
        last_login_at: Set(None),
        totp_secret_enc: Set(None),
        totp_pending_enc: Set(None),
        totp_enabled_at: Set(None),
        totp_last_step: Set(None),
        phone: Set(String::new()),
        language: Set(None),
        timezone: Set(None),
        date_format: Set(None),
        time_format: Set(None),
        number_format: Set(None),
        theme: Set("system".into()),
        picture_at: Set(None),
        profile_revision: Set(1),
    }
}

pub async fn insert_membership<C: ConnectionTrait>(
    conn: &C,
    account_id: &str,
    user: &user::Model,
    role: Role,
    status: &str,
) -> Result<membership::Model, AppError> {
    let now = now_ms();
    Ok(membership::ActiveModel {
        id: Set(ids::generate(IdKind::Membership)),
        account_id: Set(account_id.into()),
        user_id: Set(user.id.clone()),
        role: Set(role.as_str().into()),
        status: Set(status.into()),
        created_at: Set(now),
        updated_at: Set(now),
        last_login_at: Set(None),
        invite_expires_at: Set(None),
        email: Set(user.email.clone()),
        sort_name: Set(sort_name(&user.first_name, &user.last_name)),
    }
    .insert(conn)
    .await?)
}

/// The Users list sorts and searches by this copy of the name (lower-case "first last"),
/// kept on every membership so that the list never joins the identities to order or filter.
pub fn sort_name(first: &str, last: &str) -> String {
    format!("{} {}", first.trim(), last.trim())
        .trim()
        .to_lowercase()
}

/// Keeps the copies in step after a person's names change.
pub async fn sync_names<C: ConnectionTrait>(conn: &C, user: &user::Model) -> Result<(), AppError> {
    membership::Entity::update_many()
        .col_expr(
            membership::Column::SortName,
            sea_orm::sea_query::Expr::value(sort_name(&user.first_name, &user.last_name)),
        )
        .filter(membership::Column::UserId.eq(&user.id))
        .exec(conn)
        .await?;
    Ok(())
}

pub struct AdminOutcome {
    pub account_id: String,
    pub created: bool,
}

/// Creates the admin (and, when the person has no account yet, an account for them), or resets
/// the password of an existing identity. Used by `server create-admin` (kind "Client") and the
/// first start (kind "Operations": whoever installs the console operates the platform).
pub async fn create_or_reset_admin(
    db: &DatabaseConnection,
    key: &SecretKey,
    email: &str,
    password: &str,
    account_name: &str,
    kind: &str,
) -> Result<AdminOutcome, AppError> {
    let email = Email::try_from(email).map_err(|e| AppError::field("email", e))?;
    let password = Password::try_from(password).map_err(|e| AppError::field("password", e))?;
    let hash = hash_password(password.expose().to_string()).await?;
    let system = Actor::system("server create-admin");
    let client = ClientInfo {
        ip: "cli".into(),
        user_agent: "server".into(),
    };

    if let Some(existing) = find_by_email(db, email.as_str()).await? {
        let ms = membership::Entity::find()
            .filter(membership::Column::UserId.eq(&existing.id))
            .all(db)
            .await?;
        let account_id = match ms.first() {
            Some(m) => m.account_id.clone(),
            None => {
                let tx = db.begin().await?;
                let acc = accounts::create(&tx, key, account_name, kind, Some(system.name.clone()))
                    .await?;
                let m = insert_membership(&tx, &acc.id, &existing, Role::Admin, "Active").await?;
                let admins =
                    crate::backend::services::people::groups::ensure_default(&tx, &acc.id).await?;
                crate::backend::services::people::groups::set_members_groups(
                    &tx,
                    &acc.id,
                    &m.id,
                    &[admins.id],
                )
                .await?;
                tx.commit().await?;
                acc.id
            }
        };
        let tx = audit::begin(db, &account_id).await?;
        let mut am: user::ActiveModel = existing.clone().into();
        am.password_hash = Set(hash);
        am.status = Set("Active".into());
        am.updated_at = Set(now_ms());
        am.update(&tx).await?;
        audit::append(
            &tx,
            &account_id,
            &system,
            &client,
            AuditEntry {
                action: "users.user.reset_password".into(),
                object_type: "user".into(),
                object_id: existing.id.clone(),
                object_name: existing.email.clone(),
                summary: "Password reset from the command line".into(),
                changes: vec![audit::masked(
                    "password",
                    Some(String::new()),
                    Some(String::new()),
                )],
            },
        )
        .await?;
        tx.commit().await?;
        return Ok(AdminOutcome {
            account_id,
            created: false,
        });
    }

    let tx = db.begin().await?;
    let acc = accounts::create(&tx, key, account_name, kind, Some(system.name.clone())).await?;
    tx.commit().await?;
    let tx = audit::begin(db, &acc.id).await?;
    let u = insert_user(&tx, &email, "Account", "Admin", hash).await?;
    let m = insert_membership(&tx, &acc.id, &u, Role::Admin, "Active").await?;
    let admins = crate::backend::services::people::groups::ensure_default(&tx, &acc.id).await?;
    crate::backend::services::people::groups::set_members_groups(&tx, &acc.id, &m.id, &[admins.id])
        .await?;
    audit::append(
        &tx,
        &acc.id,
        &system,
        &client,
        AuditEntry {
            action: "account.account.create".into(),
            object_type: "account".into(),
            object_id: acc.id.clone(),
            object_name: acc.name.clone(),
            summary: format!("Created the account with {} as its first Admin", u.email),
            changes: vec![audit::masked("name", None, Some(acc.name.clone()))],
        },
    )
    .await?;
    audit::append(
        &tx,
        &acc.id,
        &system,
        &client,
        AuditEntry {
            action: "users.membership.create".into(),
            object_type: "membership".into(),
            object_id: m.id.clone(),
            object_name: u.email.clone(),
            summary: "Added the first Admin".into(),
            changes: vec![audit::masked("role", None, Some("Admin".into()))],
        },
    )
    .await?;
    tx.commit().await?;
    Ok(AdminOutcome {
        account_id: acc.id,
        created: true,
    })
}
