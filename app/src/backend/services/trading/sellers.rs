//! Sellers: the platform operator's entities. Operations creates them and links them to client
//! accounts and to buyers; clients only read the sellers linked to their account.

use crate::backend::clock::now_ms;
use crate::backend::entities::{buyer, buyer_seller, seller, seller_account};
use crate::backend::services::acting::Acting;
use crate::backend::services::audit::{self, AuditEntry};
use crate::error::AppError;
use crate::ids::{self, IdKind};
use crate::model::{AddressDto, Named, SellerDto, SellerStatus};
use crate::validation::ValidAddress;
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};

/// The DTOs of sellers without their buyers (the Operations view adds its own links).
pub fn to_plain_dtos(rows: Vec<seller::Model>) -> Vec<SellerDto> {
    rows.into_iter()
        .map(|x| SellerDto {
            address: AddressDto::from_parts([
                &x.address_line1,
                &x.address_line2,
                &x.city,
                &x.region,
                &x.postcode,
                &x.country,
            ]),
            currencies: serde_json::from_str(&x.currencies).unwrap_or_default(),
            status: SellerStatus::parse(&x.status).unwrap_or(SellerStatus::Disabled),
            buyers: vec![],
            created_at: x.created_at,
            updated_at: x.updated_at,
            id: x.id,
            name: x.name,
        })
        .collect()
}

/// The DTOs of several sellers, each with the account's buyers it is linked to: two queries
/// in all.
async fn to_dtos<C: ConnectionTrait>(
    conn: &C,
    account_id: &str,
    rows: Vec<seller::Model>,
) -> Result<Vec<SellerDto>, AppError> {
    let links = buyer_seller::Entity::find()
        .filter(buyer_seller::Column::SellerId.is_in(rows.iter().map(|x| x.id.clone())))
        .all(conn)
        .await?;
    let buyers = buyer::Entity::find()
        .filter(buyer::Column::AccountId.eq(account_id))
        .filter(buyer::Column::Id.is_in(links.iter().map(|l| l.buyer_id.clone())))
        .order_by_asc(buyer::Column::SortName)
        .all(conn)
        .await?;
    Ok(to_plain_dtos(rows)
        .into_iter()
        .map(|mut x| {
            x.buyers = buyers
                .iter()
                .filter(|b| {
                    links
                        .iter()
                        .any(|l| l.seller_id == x.id && l.buyer_id == b.id)
                })
                .map(|b| Named {
                    id: b.id.clone(),
                    name: b.name.clone(),
                })
                .collect();
            x
        })
        .collect())
}

/// A seller linked to the account (else: not found).
pub async fn find_for_account<C: ConnectionTrait>(
    conn: &C,
    account_id: &str,
    id: &str,
) -> Result<seller::Model, AppError> {
    let linked = seller_account::Entity::find_by_id((id.to_string(), account_id.to_string()))
        .one(conn)
        .await?
        .is_some();
    if !linked {
        return Err(AppError::NotFound);
    }
    seller::Entity::find_by_id(id.to_string())
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)
}

pub async fn get_for_account(
    db: &DatabaseConnection,
    account_id: &str,
    id: &str,
) -> Result<SellerDto, AppError> {
    let x = find_for_account(db, account_id, id).await?;
    to_dtos(db, account_id, vec![x])
        .await?
        .pop()
        .ok_or(AppError::Internal)
}

/// The sellers linked to the account, by name.
pub async fn list_for_account(
    db: &DatabaseConnection,
    account_id: &str,
) -> Result<Vec<SellerDto>, AppError> {
    let ids: Vec<String> = seller_account::Entity::find()
        .filter(seller_account::Column::AccountId.eq(account_id))
        .all(db)
        .await?
        .into_iter()
        .map(|l| l.seller_id)
        .collect();
    let rows = seller::Entity::find()
        .filter(seller::Column::Id.is_in(ids))
        .order_by_asc(seller::Column::SortName)
        .all(db)
        .await?;
    to_dtos(db, account_id, rows).await
}

/// A new seller of the Operations account `who` acts in.
pub async fn create(
    db: &DatabaseConnection,
    who: &Acting,
    name: &str,
    address: &ValidAddress,
    currencies: &[String],
) -> Result<seller::Model, AppError> {
    let (owner, actor, client) = (who.account_id.as_str(), &who.actor, &who.client);
    let tx = audit::begin(db, owner).await?;
    let now = now_ms();
    let x = seller::ActiveModel {
        id: Set(ids::generate(IdKind::Seller)),
        account_id: Set(owner.into()),
        name: Set(name.into()),
        sort_name: Set(name.to_lowercase()),
        address_line1: Set(address.address_line1.clone()),
        address_line2: Set(address.address_line2.clone()),
        city: Set(address.city.clone()),
        region: Set(address.region.clone()),
        postcode: Set(address.postcode.clone()),
        country: Set(address.country.clone()),
        currencies: Set(serde_json::to_string(currencies).unwrap_or_else(|_| "[]".into())),
        status: Set(SellerStatus::Active.as_str().into()),
        revision: Set(1),
        created_at: Set(now),
        created_by: Set(Some(actor.name.clone())),
        updated_at: Set(now),
        updated_by: Set(Some(actor.name.clone())),
    }
    .insert(&tx)
    .await?;
    audit::append(
        &tx,
        owner,
        actor,
        client,
        AuditEntry {
            action: "sellers.seller.create".into(),
            object_type: "seller".into(),
            object_id: x.id.clone(),
            object_name: x.name.clone(),
            summary: format!("Created the seller {}", x.name),
            changes: vec![],
        },
    )
    .await?;
    tx.commit().await?;
    Ok(x)
}

/// Links a seller to the client account `who` acts in (the operator's `Acting::operator_in`)
/// and, optionally, to one of its buyers. Recorded in the client account's trail, since that
/// is where it changes what people see.
pub async fn link(
    db: &DatabaseConnection,
    who: &Acting,
    seller_id: &str,
    buyer_id: Option<&str>,
) -> Result<(), AppError> {
    let (account_id, actor, client) = (who.account_id.as_str(), &who.actor, &who.client);
    let tx = audit::begin(db, account_id).await?;
    let x = seller::Entity::find_by_id(seller_id.to_string())
        .one(&tx)
        .await?
        .ok_or(AppError::NotFound)?;
    let now = now_ms();
    seller_account::Entity::insert(seller_account::ActiveModel {
        seller_id: Set(seller_id.into()),
        account_id: Set(account_id.into()),
        created_at: Set(now),
    })
    .on_conflict(
        OnConflict::columns([
            seller_account::Column::SellerId,
            seller_account::Column::AccountId,
        ])
        .do_nothing()
        .to_owned(),
    )
    .exec_without_returning(&tx)
    .await?;
    let mut summary = format!("Linked the seller {} to the account", x.name);
    if let Some(b) = buyer_id {
        let buyer = buyer::Entity::find_by_id(b.to_string())
            .filter(buyer::Column::AccountId.eq(account_id))
            .one(&tx)
            .await?
            .ok_or_else(|| AppError::field("buyer_id", "This buyer is not in that account."))?;
        buyer_seller::Entity::insert(buyer_seller::ActiveModel {
            buyer_id: Set(buyer.id.clone()),
            seller_id: Set(seller_id.into()),
            created_at: Set(now),
        })
        .on_conflict(
            OnConflict::columns([
                buyer_seller::Column::BuyerId,
                buyer_seller::Column::SellerId,
            ])
            .do_nothing()
            .to_owned(),
        )
        .exec_without_returning(&tx)
        .await?;
        summary = format!("Linked the seller {} to the buyer {}", x.name, buyer.name);
    }
    audit::append(
        &tx,
        account_id,
        actor,
        client,
        AuditEntry {
            action: "sellers.seller.link".into(),
            object_type: "seller".into(),
            object_id: x.id.clone(),
            object_name: x.name.clone(),
            summary,
            changes: vec![],
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Operations sets one of its sellers Active, Offline (no new licensees for a while) or
/// Disabled. Recorded in the operator's trail and in every linked client's.
pub async fn set_status(
    db: &DatabaseConnection,
    who: &Acting,
    id: &str,
    to: SellerStatus,
) -> Result<seller::Model, AppError> {
    let (owner, actor, client) = (who.account_id.as_str(), &who.actor, &who.client);
    let x = seller::Entity::find_by_id(id.to_string())
        .filter(seller::Column::AccountId.eq(owner))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    if x.status == to.as_str() {
        return Err(AppError::BadRequest(format!(
            "This seller is already {}.",
            to.as_str()
        )));
    }
    let mut am: seller::ActiveModel = x.clone().into();
    am.status = Set(to.as_str().into());
    am.revision = Set(x.revision + 1);
    am.updated_at = Set(now_ms());
    am.updated_by = Set(Some(actor.name.clone()));
    let saved = am.update(db).await?;
    let accounts: Vec<String> = seller_account::Entity::find()
        .filter(seller_account::Column::SellerId.eq(&saved.id))
        .all(db)
        .await?
        .into_iter()
        .map(|l| l.account_id)
        .collect();
    for account in std::iter::once(owner.to_string()).chain(accounts) {
        audit::record(
            db,
            &account,
            actor,
            client,
            AuditEntry {
                action: "sellers.seller.status".into(),
                object_type: "seller".into(),
                object_id: saved.id.clone(),
                object_name: saved.name.clone(),
                summary: format!("Set the seller {} to {}", saved.name, to.as_str()),
                changes: vec![audit::masked(
                    "status",
                    Some(x.status.clone()),
                    Some(saved.status.clone()),
                )],
            },
        )
        .await?;
    }
    Ok(saved)
}
