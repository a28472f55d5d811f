//! A buyer's logo: set or removed by the client's editors, shown as a `data:` URL.

use crate::backend::clock::now_ms;
use crate::backend::entities::buyer;
use crate::backend::services::acting::Acting;
use crate::backend::services::audit;
use crate::backend::services::logos::{self, to_data_url};
use crate::backend::services::trading::buyer_scope::BuyerScope;
use crate::backend::services::trading::buyers::{find, to_dto};
use crate::error::AppError;
use crate::model::BuyerDto;
use crate::validation::LogoKind;
use sea_orm::{ActiveModelTrait, DatabaseConnection, Set};

/// The logo as a `data:` URL, if the buyer has one.
pub async fn data_url(
    db: &DatabaseConnection,
    account_id: &str,
    scope: &BuyerScope,
    id: &str,
) -> Result<Option<String>, AppError> {
    let b = find(db, account_id, scope, id).await?;
    Ok(match (b.logo, b.logo_type) {
        (Some(bytes), Some(kind)) => Some(to_data_url(&bytes, &kind)),
        _ => None,
    })
}

pub async fn set(
    db: &DatabaseConnection,
    who: &Acting,
    scope: &BuyerScope,
    id: &str,
    logo: Option<(Vec<u8>, LogoKind)>,
) -> Result<BuyerDto, AppError> {
    let (account_id, actor, client) = (who.account_id.as_str(), &who.actor, &who.client);
    let tx = audit::begin(db, account_id).await?;
    let b = find(&tx, account_id, scope, id).await?;
    let mut am: buyer::ActiveModel = b.clone().into();
    am.logo_type = Set(logo.as_ref().map(|(_, k)| k.content_type().to_string()));
    am.logo = Set(logo.as_ref().map(|(bytes, _)| bytes.clone()));
    am.revision = Set(b.revision + 1);
    am.updated_at = Set(now_ms());
    am.updated_by = Set(Some(actor.name.clone()));
    let saved = am.update(&tx).await?;
    let entry = logos::audit_entry(
        "buyers.buyer.logo",
        ("buyer", &saved.id, &saved.name),
        b.logo.as_deref().zip(b.logo_type.as_deref()),
        logo.as_ref()
            .map(|(bytes, k)| (bytes.as_slice(), k.content_type())),
    );
    audit::append(&tx, account_id, actor, client, entry).await?;
    let dto = to_dto(&tx, saved).await?;
    tx.commit().await?;
    Ok(dto)
}
