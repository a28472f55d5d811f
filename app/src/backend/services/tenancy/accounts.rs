//! Accounts: the tenant record, its logo and its API passcode.

use crate::backend::clock::now_ms;
use crate::backend::crypto::{random_secret, SecretKey};
use crate::backend::entities::account;
use crate::backend::services::acting::Acting;
use crate::backend::services::audit::{self, AuditEntry};
use crate::error::AppError;
use crate::ids::{self, IdKind};
use crate::model::{AccountDto, Credentials};
use crate::permissions::Module;
use crate::permissions::ONLY_ADMIN_CREDENTIALS;
use crate::validation::{AccountInput, LogoKind, ValidAccount};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set,
};

pub const PASSCODE_LEN: usize = 32;

pub async fn find<C: ConnectionTrait>(db: &C, id: &str) -> Result<account::Model, AppError> {
    account::Entity::find_by_id(id.to_string())
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// Creates an account with a fresh passcode inside the caller's transaction.
pub async fn create<C: ConnectionTrait>(
    conn: &C,
    key: &SecretKey,
    name: &str,
    kind: &str,
    created_by: Option<String>,
) -> Result<account::Model, AppError> {
    let mut id = ids::generate(IdKind::Account);
    while account::Entity::find_by_id(id.clone())
        .one(conn)
        .await?
        .is_some()
    {
        id = ids::generate(IdKind::Account);
    }
    let now = now_ms();
    let model = account::ActiveModel {
        id: Set(id),
        name: Set(name.to_string()),
        kind: Set(kind.to_string()),
        status: Set("Active".into()),
        logo: Set(None),
        logo_type: Set(None),
        website: Set(None),
        support_email: Set(None),
        description: Set(None),
        language: Set("en".into()),
        address_line1: Set(None),
        address_line2: Set(None),
        city: Set(None),
        region: Set(None),
        postcode: Set(None),
        country: Set(None),
        timezone: Set("UTC".into()),
        legal_name: Set(None),
        tax_id: Set(None),
        industry: Set(None),
        company_size: Set(None),
        passcode_enc: Set(key.encrypt(&random_secret(PASSCODE_LEN))?),
        revision: Set(1),
        created_at: Set(now),
        created_by: Set(created_by.clone()),
        updated_at: Set(now),
        updated_by: Set(created_by),
        token_max_days: Set(None),
        audit_retention_days: Set(None),
        require_two_step: Set(false),
        modules: Set(None),
    };
    let account = model.insert(conn).await?;
    crate::backend::services::people::groups::ensure_default(conn, &account.id).await?;
    Ok(account)
}

/// The editable fields as (name, value) pairs: the audit diff and the DTO both read this.
fn snapshot(a: &account::Model) -> Vec<(&'static str, Option<String>)> {
    vec![
        ("name", Some(a.name.clone())),
        ("website", a.website.clone()),
        ("support_email", a.support_email.clone()),
        ("description", a.description.clone()),
        ("language", Some(a.language.clone())),
        ("address_line1", a.address_line1.clone()),
        ("address_line2", a.address_line2.clone()),
        ("city", a.city.clone()),
        ("region", a.region.clone()),
        ("postcode", a.postcode.clone()),
        ("country", a.country.clone()),
        ("timezone", Some(a.timezone.clone())),
        ("legal_name", a.legal_name.clone()),
        ("tax_id", a.tax_id.clone()),
        ("industry", a.industry.clone()),
        ("company_size", a.company_size.clone()),
    ]
}

pub fn to_dto(a: &account::Model) -> AccountDto {
    let s = |v: &Option<String>| v.clone().unwrap_or_default();
    AccountDto {
        id: a.id.clone(),
        kind: a.kind.clone(),
        status: a.status.clone(),
        fields: AccountInput {
            name: a.name.clone(),
            website: s(&a.website),
            support_email: s(&a.support_email),
            description: s(&a.description),
            language: a.language.clone(),
            address_line1: s(&a.address_line1),
            address_line2: s(&a.address_line2),
            city: s(&a.city),
            region: s(&a.region),
            postcode: s(&a.postcode),
            country: s(&a.country),
            timezone: a.timezone.clone(),
            legal_name: s(&a.legal_name),
            tax_id: s(&a.tax_id),
            industry: s(&a.industry),
            company_size: s(&a.company_size),
        },
        has_logo: a.logo.is_some(),
        enabled_modules: Module::entitled(a.modules.as_deref())
            .iter()
            .map(|m| m.key().to_string())
            .collect(),
        revision: a.revision,
        created_at: a.created_at,
        updated_at: a.updated_at,
        updated_by: a.updated_by.clone(),
    }
}

/// Saves the Account form. `revision` is what the form loaded; if someone saved meanwhile the
/// update matches no row and the caller gets a conflict naming who changed it and when.
pub async fn update(
    db: &DatabaseConnection,
    who: &Acting,
    revision: i64,
    valid: ValidAccount,
) -> Result<account::Model, AppError> {
    let (account_id, actor, client) = (who.account_id.as_str(), &who.actor, &who.client);
    let tx = audit::begin(db, account_id).await?;
    let current = find(&tx, account_id).await?;
    if current.revision != revision {
        return Err(conflict(&current));
    }
    let mut am: account::ActiveModel = current.clone().into();
    am.name = Set(valid.name);
    am.website = Set(valid.website);
    am.support_email = Set(valid.support_email);
    am.description = Set(valid.description);
    am.language = Set(valid.language);
    am.address_line1 = Set(valid.address_line1);
    am.address_line2 = Set(valid.address_line2);
    am.city = Set(valid.city);
    am.region = Set(valid.region);
    am.postcode = Set(valid.postcode);
    am.country = Set(valid.country);
    am.timezone = Set(valid.timezone);
    am.legal_name = Set(valid.legal_name);
    am.tax_id = Set(valid.tax_id);
    am.industry = Set(valid.industry);
    am.company_size = Set(valid.company_size);
    am.revision = Set(revision + 1);
    am.updated_at = Set(now_ms());
    am.updated_by = Set(Some(actor.name.clone()));
    // The revision in the WHERE clause makes the check hold even without the chain lock.
    let res = account::Entity::update_many()
        .set(am)
        .filter(account::Column::Id.eq(account_id))
        .filter(account::Column::Revision.eq(revision))
        .exec(&tx)
        .await?;
    if res.rows_affected != 1 {
        return Err(conflict(&find(&tx, account_id).await?));
    }
    let updated = find(&tx, account_id).await?;
    let changes = audit::diff(&snapshot(&current), &snapshot(&updated));
    let summary = if changes.is_empty() {
        "Saved the account without changes".to_string()
    } else {
        let names: Vec<&str> = changes.iter().map(|c| c.field.as_str()).collect();
        format!("Updated the account: {}", names.join(", "))
    };
    audit::append(
        &tx,
        account_id,
        actor,
        client,
        AuditEntry {
            action: "account.account.update".into(),
            object_type: "account".into(),
            object_id: account_id.into(),
            object_name: updated.name.clone(),
            summary,
            changes,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(updated)
}

fn conflict(current: &account::Model) -> AppError {
    let who = current
        .updated_by
        .clone()
        .unwrap_or_else(|| "someone else".into());
    AppError::Conflict(format!(
        "{who} saved this account after you opened it (revision {}). Your changes are kept in the form: reload to see theirs, then apply yours again.",
        current.revision
    ))
}

/// Replaces or removes the logo. Not revision-checked: it is an explicit replace action, and
/// an open Account form must not conflict with it.
pub async fn set_logo(
    db: &DatabaseConnection,
    who: &Acting,
    logo: Option<(Vec<u8>, LogoKind)>,
) -> Result<account::Model, AppError> {
    let (account_id, actor, client) = (who.account_id.as_str(), &who.actor, &who.client);
    let tx = audit::begin(db, account_id).await?;
    let current = find(&tx, account_id).await?;
    let had = current.logo_type.clone();
    let mut am: account::ActiveModel = current.clone().into();
    let (after, summary) = match logo {
        Some((bytes, kind)) => {
            let size = bytes.len();
            am.logo = Set(Some(bytes));
            am.logo_type = Set(Some(kind.content_type().into()));
            (
                Some(format!("{} ({} bytes)", kind.content_type(), size)),
                "Uploaded a new logo",
            )
        }
        None => {
            am.logo = Set(None);
            am.logo_type = Set(None);
            (None, "Removed the logo")
        }
    };
    am.updated_at = Set(now_ms());
    am.updated_by = Set(Some(actor.name.clone()));
    let updated = am.update(&tx).await?;
    audit::append(
        &tx,
        account_id,
        actor,
        client,
        AuditEntry {
            action: "account.logo.update".into(),
            object_type: "account".into(),
            object_id: account_id.into(),
            object_name: updated.name.clone(),
            summary: summary.into(),
            changes: vec![audit::masked("logo", had, after)],
        },
    )
    .await?;
    tx.commit().await?;
    Ok(updated)
}

/// Shows the passcode; the reveal itself is audited (who looked at the secret, and when).
/// The passcode is the account's full Admin rights over the REST API, so only an Admin sees
/// or regenerates it.
pub async fn reveal_credentials(
    db: &DatabaseConnection,
    key: &SecretKey,
    who: &Acting,
) -> Result<Credentials, AppError> {
    let (account_id, actor, client) = (who.account_id.as_str(), &who.actor, &who.client);
    who.grantor.admin_only(ONLY_ADMIN_CREDENTIALS)?;
    let tx = audit::begin(db, account_id).await?;
    let acc = find(&tx, account_id).await?;
    let passcode = key.decrypt(&acc.passcode_enc)?;
    audit::append(
        &tx,
        account_id,
        actor,
        client,
        AuditEntry {
            action: "account.credentials.reveal".into(),
            object_type: "account".into(),
            object_id: account_id.into(),
            object_name: acc.name.clone(),
            summary: "Revealed the account passcode".into(),
            changes: vec![],
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Credentials {
        account_id: acc.id,
        passcode,
    })
}

/// Replaces the passcode; the old one stops working as soon as this commits.
pub async fn regenerate_passcode(
    db: &DatabaseConnection,
    key: &SecretKey,
    who: &Acting,
) -> Result<Credentials, AppError> {
    let (account_id, actor, client) = (who.account_id.as_str(), &who.actor, &who.client);
    who.grantor.admin_only(ONLY_ADMIN_CREDENTIALS)?;
    let tx = audit::begin(db, account_id).await?;
    let acc = find(&tx, account_id).await?;
    let passcode = random_secret(PASSCODE_LEN);
    let mut am: account::ActiveModel = acc.clone().into();
    am.passcode_enc = Set(key.encrypt(&passcode)?);
    am.updated_at = Set(now_ms());
    am.updated_by = Set(Some(actor.name.clone()));
    am.update(&tx).await?;
    audit::append(
        &tx,
        account_id,
        actor,
        client,
        AuditEntry {
            action: "account.credentials.regenerate".into(),
            object_type: "account".into(),
            object_id: account_id.into(),
            object_name: acc.name.clone(),
            summary: "Regenerated the account passcode".into(),
            changes: vec![audit::masked(
                "passcode",
                Some(String::new()),
                Some(String::new()),
            )],
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Credentials {
        account_id: acc.id,
        passcode,
    })
}

/// The modules `account_id` is entitled to (Operations sets them; see `Module::entitled`).
pub async fn entitled<C: ConnectionTrait>(
    conn: &C,
    account_id: &str,
) -> Result<Vec<Module>, AppError> {
    let a = account::Entity::find_by_id(account_id.to_string())
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Module::entitled(a.modules.as_deref()))
}

/// Refuses rights (of a group or a token) on a module the account is not entitled to, where
/// they are more than `before` held (a group saved again keeps what it had, unused while the
/// module is off).
pub async fn check_entitled<C: ConnectionTrait>(
    conn: &C,
    account_id: &str,
    rights: &std::collections::BTreeMap<Module, crate::permissions::Level>,
    before: Option<&crate::permissions::Permissions>,
) -> Result<(), AppError> {
    let entitled = entitled(conn, account_id).await?;
    let had = |m: &Module| before.map_or(crate::permissions::Level::None, |b| b.level(*m));
    match rights.iter().find(|(m, l)| {
        **l > crate::permissions::Level::None && !entitled.contains(m) && **l > had(m)
    }) {
        Some((m, _)) => Err(crate::permissions::Denial::NotEntitled(*m).into()),
        None => Ok(()),
    }
}
