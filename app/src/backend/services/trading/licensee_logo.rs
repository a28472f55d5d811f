//! A licensee's logo: set in the create wizard or on its page by the client's editors, shown
//! as a `data:` URL. The same rules as a buyer's (`buyer_logo`): the bytes decide the type,
//! an SVG is stored as rebuilt by `svg_clean`, and the caller's buyers scope holds.

use crate::backend::clock::now_ms;
use crate::backend::entities::licensee;
use crate::backend::services::acting::Acting;
use crate::backend::services::audit;
use crate::backend::services::logos::{self, to_data_url};
use crate::backend::services::trading::buyer_scope::BuyerScope;
use crate::backend::services::trading::licensees::{find, to_dto};
use crate::error::AppError;
use crate::model::LicenseeDto;
use crate::validation::LogoKind;
use sea_orm::{ActiveModelTrait, DatabaseConnection, Set};

/// The logo as a `data:` URL, if the licensee has one.
pub async fn data_url(
    db: &DatabaseConnection,
    account_id: &str,
    scope: &BuyerScope,
    id: &str,
) -> Result<Option<String>, AppError> {
    let l = find(db, account_id, scope, id).await?;
    Ok(match (l.logo, l.logo_type) {
        (Some(bytes), Some(kind)) => Some(to_data_url(&bytes, &kind)),
        _ => None,
    })
}

/// Sets the logo (already decoded and checked by `logos::decode_data_url`) or removes it.
pub async fn set(
    db: &DatabaseConnection,
    who: &Acting,
    scope: &BuyerScope,
    id: &str,
    logo: Option<(Vec<u8>, LogoKind)>,
) -> Result<LicenseeDto, AppError> {
    let (account_id, actor, client) = (who.account_id.as_str(), &who.actor, &who.client);
    let tx = audit::begin(db, account_id).await?;
    let l = find(&tx, account_id, scope, id).await?;
    let mut am: licensee::ActiveModel = l.clone().into();
    am.logo_type = Set(logo.as_ref().map(|(_, k)| k.content_type().to_string()));
    am.logo = Set(logo.as_ref().map(|(bytes, _)| bytes.clone()));
    am.revision = Set(l.revision + 1);
    am.updated_at = Set(now_ms());
    am.updated_by = Set(Some(actor.name.clone()));
    let saved = am.update(&tx).await?;
    let entry = logos::audit_entry(
        "licensees.licensee.logo",
        ("licensee", &saved.id, &saved.name),
        l.logo.as_deref().zip(l.logo_type.as_deref()),
        logo.as_ref()
            .map(|(bytes, k)| (bytes.as_slice(), k.content_type())),
    );
    audit::append(&tx, account_id, actor, client, entry).await?;
    let dto = to_dto(&tx, saved).await?;
    tx.commit().await?;
    Ok(dto)
}

/// Creates the licensee and, when the wizard or API call sent one, its logo. The logo is
/// checked before anything is written, so a bad file refuses the request on the `logo` field
/// with nothing created.
pub async fn create_with_logo(
    db: &DatabaseConnection,
    who: &Acting,
    scope: &BuyerScope,
    input: &crate::validation::LicenseeInput,
) -> Result<LicenseeDto, AppError> {
    let valid = input.validate().map_err(AppError::Validation)?;
    let logo = input
        .logo
        .as_deref()
        .filter(|s| !s.is_empty())
        .map(logos::decode_data_url)
        .transpose()?;
    let created =
        crate::backend::services::trading::licensees::create(db, who, scope, valid).await?;
    match logo {
        Some(logo) => set(db, who, scope, &created.id, Some(logo)).await,
        None => Ok(created),
    }
}
