//! Buyers: created by Operations for a client account; the client's admins edit the address
//! and contact and may disable them. Every read takes the caller's [`BuyerScope`].

use crate::backend::clock::now_ms;
use crate::backend::entities::{buyer, buyer_seller, licensee, seller};
use crate::backend::services::acting::Acting;
use crate::backend::services::audit::{self, AuditEntry};
use crate::backend::services::keyset::{self, KeyValue};
use crate::backend::services::search;
use crate::backend::services::trading::buyer_scope::BuyerScope;
use crate::error::AppError;
use crate::ids::{self, IdKind};
use crate::model::{
    AddressDto, BuyerDto, BuyerStatus, ContactDto, DisabledBy, ListPage, ListParams, Named,
};
use crate::validation::{BuyerDetails, ValidAddress, ValidContact};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use std::collections::HashMap;

pub fn address_of(b: &buyer::Model) -> AddressDto {
    AddressDto::from_parts([
        &b.address_line1,
        &b.address_line2,
        &b.city,
        &b.region,
        &b.postcode,
        &b.country,
    ])
}

fn disabled_by(b: &buyer::Model) -> Option<DisabledBy> {
    match b.disabled_by.as_deref() {
        Some("operations") => Some(DisabledBy::Operations),
        Some(_) => Some(DisabledBy::Account),
        None => None,
    }
}

pub fn status_of(b: &buyer::Model) -> BuyerStatus {
    BuyerStatus::parse(&b.status).unwrap_or(BuyerStatus::Disabled)
}

/// The DTOs of several buyers with three queries in all (sellers, links, licensee counts),
/// whatever their number.
async fn to_dtos<C: ConnectionTrait>(
    conn: &C,
    rows: Vec<buyer::Model>,
) -> Result<Vec<BuyerDto>, AppError> {
    let ids: Vec<String> = rows.iter().map(|b| b.id.clone()).collect();
    let links = buyer_seller::Entity::find()
        .filter(buyer_seller::Column::BuyerId.is_in(ids.clone()))
        .all(conn)
        .await?;
    let names: HashMap<String, String> = seller::Entity::find()
        .filter(seller::Column::Id.is_in(links.iter().map(|l| l.seller_id.clone())))
        .all(conn)
        .await?
        .into_iter()
        .map(|x| (x.id, x.name))
        .collect();
    // By account too, so the count walks (account, buyer) and not every licensee.
    let accounts: Vec<String> = rows.iter().map(|b| b.account_id.clone()).take(1).collect();
    let counts: HashMap<String, i64> = licensee::Entity::find()
        .select_only()
        .column(licensee::Column::BuyerId)
        .column_as(licensee::Column::Id.count(), "n")
        .filter(licensee::Column::AccountId.is_in(accounts))
        .filter(licensee::Column::BuyerId.is_in(ids))
        .group_by(licensee::Column::BuyerId)
        .into_tuple::<(String, i64)>()
        .all(conn)
        .await?
        .into_iter()
        .collect();
    Ok(rows
        .into_iter()
        .map(|b| {
            let mut sellers: Vec<Named> = links
                .iter()
                .filter(|l| l.buyer_id == b.id)
                .filter_map(|l| {
                    names.get(&l.seller_id).map(|n| Named {
                        id: l.seller_id.clone(),
                        name: n.clone(),
                    })
                })
                .collect();
            sellers.sort_by_key(|n| n.name.to_lowercase());
            BuyerDto {
                address: address_of(&b),
                contact: ContactDto::from_parts([
                    &b.contact_first_name,
                    &b.contact_last_name,
                    &b.contact_email,
                    &b.contact_phone,
                ]),
                status: status_of(&b),
                disabled_by: disabled_by(&b),
                sellers,
                licensees: counts.get(&b.id).copied().unwrap_or(0).max(0) as u64,
                has_logo: b.logo.is_some(),
                id: b.id,
                account_id: b.account_id,
                name: b.name,
                tax_number: b.tax_number,
                revision: b.revision,
                created_at: b.created_at,
                created_by: b.created_by,
                updated_at: b.updated_at,
                updated_by: b.updated_by,
            }
        })
        .collect())
}

pub async fn to_dto<C: ConnectionTrait>(conn: &C, b: buyer::Model) -> Result<BuyerDto, AppError> {
    to_dtos(conn, vec![b])
        .await?
        .pop()
        .ok_or(AppError::Internal)
}

/// The sort keys of the buyers list; each has an index on (account_id, key, id).
pub const SORTS: [&str; 2] = ["name", "created"];

/// The searched columns (see `search::Searchable`).
const SEARCH: search::Searchable<buyer::Column> = search::Searchable {
    table: "buyers",
    search_table: "buyers_search",
    account: buyer::Column::AccountId,
    id: buyer::Column::Id,
    sort_name: buyer::Column::SortName,
    code: buyer::Column::TaxNumber,
    code_name: "tax_number",
};

/// One page of the buyers the caller may see: search in name, id and tax number, the
/// `status` filter, sorted by name (default) or creation, keyset-paged at the database.
pub async fn page(
    db: &DatabaseConnection,
    account_id: &str,
    scope: &BuyerScope,
    p: &ListParams,
) -> Result<ListPage<BuyerDto>, AppError> {
    use buyer::Column as C;
    let mut q = SEARCH.select::<buyer::Entity>(db, account_id, &p.q).await?;
    if let BuyerScope::Only(ids) = scope {
        q = q.filter(C::Id.is_in(ids.clone()));
    }
    let status = p.filter("status");
    if !status.is_empty() {
        let st = BuyerStatus::parse(status)
            .ok_or_else(|| AppError::field("status", "Choose a status from the list."))?;
        q = q.filter(C::Status.eq(st.as_str()));
    }
    let (total, total_is_capped) = keyset::capped_count(db, q.clone(), C::Id).await?;
    let page = match p.sort.as_str() {
        "" | "name" => {
            keyset::page(
                db,
                q,
                (C::SortName, C::Id),
                p.desc,
                p.cursor.as_deref(),
                p.page_size(),
                |b| (KeyValue::Text(b.sort_name.clone()), b.id.clone()),
            )
            .await?
        }
        "created" => {
            keyset::page(
                db,
                q,
                (C::CreatedAt, C::Id),
                p.desc,
                p.cursor.as_deref(),
                p.page_size(),
                |b| (KeyValue::Int(b.created_at), b.id.clone()),
            )
            .await?
        }
        _ => {
            return Err(AppError::field(
                "sort",
                "Choose a sort order from the list.",
            ))
        }
    };
    Ok(ListPage {
        rows: to_dtos(db, page.rows).await?,
        next_cursor: page.next_cursor,
        total,
        total_is_capped,
    })
}

/// The buyer, if it is the account's and inside the caller's scope (else: not found).
pub async fn find<C: ConnectionTrait>(
    conn: &C,
    account_id: &str,
    scope: &BuyerScope,
    id: &str,
) -> Result<buyer::Model, AppError> {
    buyer::Entity::find_by_id(id.to_string())
        .filter(buyer::Column::AccountId.eq(account_id))
        .one(conn)
        .await?
        .filter(|b| scope.allows(&b.id))
        .ok_or(AppError::NotFound)
}

/// Every buyer of the account the caller may see, by name.
pub async fn list(
    db: &DatabaseConnection,
    account_id: &str,
    scope: &BuyerScope,
) -> Result<Vec<BuyerDto>, AppError> {
    let mut q = buyer::Entity::find().filter(buyer::Column::AccountId.eq(account_id));
    if let BuyerScope::Only(ids) = scope {
        q = q.filter(buyer::Column::Id.is_in(ids.clone()));
    }
    let rows = q
        .order_by_asc(buyer::Column::SortName)
        .order_by_asc(buyer::Column::Id)
        .all(db)
        .await?;
    to_dtos(db, rows).await
}

/// What a new buyer is made of (Operations).
pub struct NewBuyer {
    pub name: String,
    pub tax_number: String,
    pub address: ValidAddress,
    pub contact: ValidContact,
}

fn put_address(am: &mut buyer::ActiveModel, a: &ValidAddress, c: &ValidContact) {
    am.address_line1 = Set(a.address_line1.clone());
    am.address_line2 = Set(a.address_line2.clone());
    am.city = Set(a.city.clone());
    am.region = Set(a.region.clone());
    am.postcode = Set(a.postcode.clone());
    am.country = Set(a.country.clone());
    am.contact_first_name = Set(c.first_name.clone());
    am.contact_last_name = Set(c.last_name.clone());
    am.contact_email = Set(c.email.clone());
    am.contact_phone = Set(c.phone.clone());
}

pub async fn create(
    db: &DatabaseConnection,
    who: &Acting,
    new: NewBuyer,
) -> Result<BuyerDto, AppError> {
    let (account_id, actor, client) = (who.account_id.as_str(), &who.actor, &who.client);
    let tx = audit::begin(db, account_id).await?;
    let now = now_ms();
    let mut am = buyer::ActiveModel {
        id: Set(ids::generate(IdKind::Buyer)),
        account_id: Set(account_id.into()),
        sort_name: Set(new.name.to_lowercase()),
        name: Set(new.name.clone()),
        tax_number: Set(new.tax_number.clone()),
        logo: Set(None),
        logo_type: Set(None),
        status: Set(BuyerStatus::Enabled.as_str().into()),
        disabled_by: Set(None),
        revision: Set(1),
        created_at: Set(now),
        created_by: Set(Some(actor.name.clone())),
        updated_at: Set(now),
        updated_by: Set(Some(actor.name.clone())),
        ..Default::default()
    };
    put_address(&mut am, &new.address, &new.contact);
    let b = am.insert(&tx).await?;
    audit::append(
        &tx,
        account_id,
        actor,
        client,
        AuditEntry {
            action: "buyers.buyer.create".into(),
            object_type: "buyer".into(),
            object_id: b.id.clone(),
            object_name: b.name.clone(),
            summary: format!("Created the buyer {}", b.name),
            changes: vec![audit::masked(
                "tax_number",
                None,
                Some(b.tax_number.clone()),
            )],
        },
    )
    .await?;
    let dto = to_dto(&tx, b).await?;
    tx.commit().await?;
    Ok(dto)
}

fn snapshot(b: &buyer::Model) -> Vec<(&'static str, Option<String>)> {
    vec![
        ("address_line1", b.address_line1.clone()),
        ("address_line2", b.address_line2.clone()),
        ("city", b.city.clone()),
        ("region", b.region.clone()),
        ("postcode", b.postcode.clone()),
        ("country", b.country.clone()),
        ("contact_first_name", b.contact_first_name.clone()),
        ("contact_last_name", b.contact_last_name.clone()),
        ("contact_email", b.contact_email.clone()),
        ("contact_phone", b.contact_phone.clone()),
        ("status", Some(b.status.clone())),
    ]
}

fn conflict(b: &buyer::Model) -> AppError {
    AppError::Conflict(format!(
        "{} changed this buyer after you loaded it. Reload, then try again.",
        b.updated_by.clone().unwrap_or_else(|| "Someone".into())
    ))
}

/// A client's edit of the address and contact, revision-checked.
pub async fn update_details(
    db: &DatabaseConnection,
    who: &Acting,
    scope: &BuyerScope,
    id: &str,
    details: &BuyerDetails,
    revision: i64,
) -> Result<BuyerDto, AppError> {
    let (account_id, actor, client) = (who.account_id.as_str(), &who.actor, &who.client);
    let (address, contact) = details.validate().map_err(AppError::Validation)?;
    let tx = audit::begin(db, account_id).await?;
    let b = find(&tx, account_id, scope, id).await?;
    if b.revision != revision {
        return Err(conflict(&b));
    }
    let mut am: buyer::ActiveModel = b.clone().into();
    put_address(&mut am, &address, &contact);
    am.revision = Set(b.revision + 1);
    am.updated_at = Set(now_ms());
    am.updated_by = Set(Some(actor.name.clone()));
    let saved = am.update(&tx).await?;
    let changes = audit::diff(&snapshot(&b), &snapshot(&saved));
    audit::append(
        &tx,
        account_id,
        actor,
        client,
        AuditEntry {
            action: "buyers.buyer.update".into(),
            object_type: "buyer".into(),
            object_id: saved.id.clone(),
            object_name: saved.name.clone(),
            summary: format!("Changed the address or contact of {}", saved.name),
            changes,
        },
    )
    .await?;
    let dto = to_dto(&tx, saved).await?;
    tx.commit().await?;
    Ok(dto)
}

/// Enable or disable, where the state machine allows it for this caller.
pub async fn set_enabled(
    db: &DatabaseConnection,
    who: &Acting,
    scope: &BuyerScope,
    id: &str,
    enable: bool,
) -> Result<BuyerDto, AppError> {
    let (account_id, actor, client) = (who.account_id.as_str(), &who.actor, &who.client);
    let tx = audit::begin(db, account_id).await?;
    let b = find(&tx, account_id, scope, id).await?;
    let status = status_of(&b);
    let mut am: buyer::ActiveModel = b.clone().into();
    if enable {
        if !status.can_enable(disabled_by(&b), who.operations) {
            return Err(AppError::BadRequest(if status == BuyerStatus::Disabled {
                "The platform operator disabled this buyer; only they can enable it again.".into()
            } else {
                "This buyer is already enabled.".into()
            }));
        }
        // Back to Active if it has active licensees, else Enabled.
        let active = licensee::Entity::find()
            .filter(licensee::Column::BuyerId.eq(&b.id))
            .filter(licensee::Column::Status.eq("Active"))
            .count(&tx)
            .await?;
        let to = if active > 0 {
            BuyerStatus::Active
        } else {
            BuyerStatus::Enabled
        };
        am.status = Set(to.as_str().into());
        am.disabled_by = Set(None);
    } else {
        if !status.can_disable() {
            return Err(AppError::BadRequest(
                "This buyer is already disabled.".into(),
            ));
        }
        am.status = Set(BuyerStatus::Disabled.as_str().into());
        am.disabled_by = Set(Some(
            if who.operations {
                "operations"
            } else {
                "account"
            }
            .into(),
        ));
    }
    am.revision = Set(b.revision + 1);
    am.updated_at = Set(now_ms());
    am.updated_by = Set(Some(actor.name.clone()));
    let saved = am.update(&tx).await?;
    let verb = if enable { "enable" } else { "disable" };
    audit::append(
        &tx,
        account_id,
        actor,
        client,
        AuditEntry {
            action: format!("buyers.buyer.{verb}"),
            object_type: "buyer".into(),
            object_id: saved.id.clone(),
            object_name: saved.name.clone(),
            summary: if enable {
                format!("Enabled the buyer {}", saved.name)
            } else {
                format!(
                    "Disabled the buyer {}: its licensees are unavailable for new use",
                    saved.name
                )
            },
            changes: audit::diff(&snapshot(&b), &snapshot(&saved)),
        },
    )
    .await?;
    let dto = to_dto(&tx, saved).await?;
    tx.commit().await?;
    Ok(dto)
}
