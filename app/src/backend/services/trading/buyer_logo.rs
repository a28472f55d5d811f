//! A buyer's logo: set or removed by the client's editors, shown as a `data:` URL.

use crate::backend::clock::now_ms;
use crate::backend::entities::buyer;
use crate::backend::services::audit::{self, Actor, AuditEntry, ClientInfo};
use crate::backend::services::logos::to_data_url;
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

#[allow(clippy::too_many_arguments)]
pub async fn set(
    db: &DatabaseConnection,
    account_id: &str,
    scope: &BuyerScope,
    id: &str,
    logo: Option<(Vec<u8>, LogoKind)>,
    actor: &Actor,
    client: &ClientInfo,
) -> Result<BuyerDto, AppError> {
    let tx = audit::begin(db, account_id).await?;
    let b = find(&tx, account_id, scope, id).await?;
    let before = b
        .logo
        .as_ref()
        .zip(b.logo_type.as_ref())
        .map(|(bytes, kind)| format!("{kind} ({} bytes)", bytes.len()));
    let mut am: buyer::ActiveModel = b.clone().into();
    let after = match logo {
        Some((bytes, kind)) => {
            let shown = format!("{} ({} bytes)", kind.content_type(), bytes.len());
            am.logo = Set(Some(bytes));
            am.logo_type = Set(Some(kind.content_type().into()));
            Some(shown)
        }
        None => {
            am.logo = Set(None);
            am.logo_type = Set(None);
            None
        }
    };
    am.revision = Set(b.revision + 1);
    am.updated_at = Set(now_ms());
    am.updated_by = Set(Some(actor.name.clone()));
    let saved = am.update(&tx).await?;
    audit::append(
        &tx,
        account_id,
        actor,
        client,
        AuditEntry {
            action: "buyers.buyer.logo".into(),
            object_type: "buyer".into(),
            object_id: saved.id.clone(),
            object_name: saved.name.clone(),
            summary: if after.is_some() {
                format!("Uploaded a new logo for {}", saved.name)
            } else {
                format!("Removed the logo of {}", saved.name)
            },
            changes: vec![audit::masked("logo", before, after)],
        },
    )
    .await?;
    let dto = to_dto(&tx, saved).await?;
    tx.commit().await?;
    Ok(dto)
}
