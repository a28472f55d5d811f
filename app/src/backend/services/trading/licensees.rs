//! Licensees: each belongs to exactly one buyer of the account and one seller of that buyer,
//! both fixed at creation. A licensee is available for new use only while it is Active and its
//! buyer is not disabled; enabling the first one makes an Enabled buyer Active.

use crate::backend::clock::now_ms;
use crate::backend::entities::{buyer, buyer_seller, licensee, seller};
use crate::backend::services::acting::Acting;
use crate::backend::services::audit::{self, AuditEntry};
use crate::backend::services::keyset::{self, KeyValue};
use crate::backend::services::search;
use crate::backend::services::trading::buyer_scope::BuyerScope;
use crate::backend::services::trading::buyers::{self, address_of, status_of};
use crate::error::AppError;
use crate::ids::{self, IdKind};
use crate::model::{
    AddressDto, AuditChange, BuyerStatus, ContactDto, LicenseeDto, LicenseeStatus, ListPage,
    ListParams, Named, SellerStatus,
};
use crate::validation::{LicenseeEdit, ValidLicensee, ValidLicenseeEdit};
use sea_orm::sea_query::Cond;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction,
    EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use std::collections::HashMap;

fn dto(l: licensee::Model, b: &buyer::Model, x: &seller::Model) -> LicenseeDto {
    let status = LicenseeStatus::parse(&l.status).unwrap_or(LicenseeStatus::Disabled);
    let buyer_status = status_of(b);
    let address = if l.uses_buyer_address {
        address_of(b)
    } else {
        AddressDto::from_parts([
            &l.address_line1,
            &l.address_line2,
            &l.city,
            &l.region,
            &l.postcode,
            &l.country,
        ])
    };
    LicenseeDto {
        buyer: Named {
            id: b.id.clone(),
            name: b.name.clone(),
        },
        buyer_status,
        seller: Named {
            id: x.id.clone(),
            name: x.name.clone(),
        },
        address,
        contact: ContactDto::from_parts([
            &l.contact_first_name,
            &l.contact_last_name,
            &l.contact_email,
            &l.contact_phone,
        ]),
        available: status.available(buyer_status),
        has_logo: l.logo.is_some(),
        status,
        id: l.id,
        name: l.name,
        resale: l.resale,
        external_ref: l.external_ref,
        description: l.description,
        uses_buyer_address: l.uses_buyer_address,
        revision: l.revision,
        created_at: l.created_at,
        created_by: l.created_by,
        updated_at: l.updated_at,
        updated_by: l.updated_by,
    }
}

/// The DTOs of several licensees with two queries in all (their buyers and sellers).
async fn to_dtos<C: ConnectionTrait>(
    conn: &C,
    rows: Vec<licensee::Model>,
) -> Result<Vec<LicenseeDto>, AppError> {
    let buyers: HashMap<String, buyer::Model> = buyer::Entity::find()
        .filter(buyer::Column::Id.is_in(rows.iter().map(|l| l.buyer_id.clone())))
        .all(conn)
        .await?
        .into_iter()
        .map(|b| (b.id.clone(), b))
        .collect();
    let sellers: HashMap<String, seller::Model> = seller::Entity::find()
        .filter(seller::Column::Id.is_in(rows.iter().map(|l| l.seller_id.clone())))
        .all(conn)
        .await?
        .into_iter()
        .map(|x| (x.id.clone(), x))
        .collect();
    rows.into_iter()
        .map(
            |l| match (buyers.get(&l.buyer_id), sellers.get(&l.seller_id)) {
                (Some(b), Some(x)) => Ok(dto(l, b, x)),
                _ => Err(AppError::Internal),
            },
        )
        .collect()
}

pub(super) async fn to_dto<C: ConnectionTrait>(
    conn: &C,
    l: licensee::Model,
) -> Result<LicenseeDto, AppError> {
    to_dtos(conn, vec![l])
        .await?
        .pop()
        .ok_or(AppError::Internal)
}

pub(super) async fn find<C: ConnectionTrait>(
    conn: &C,
    account_id: &str,
    scope: &BuyerScope,
    id: &str,
) -> Result<licensee::Model, AppError> {
    licensee::Entity::find_by_id(id.to_string())
        .filter(licensee::Column::AccountId.eq(account_id))
        .one(conn)
        .await?
        .filter(|l| scope.allows(&l.buyer_id))
        .ok_or(AppError::NotFound)
}

pub async fn get(
    db: &DatabaseConnection,
    account_id: &str,
    scope: &BuyerScope,
    id: &str,
) -> Result<LicenseeDto, AppError> {
    let l = find(db, account_id, scope, id).await?;
    to_dto(db, l).await
}

/// Which licensees a list shows and where its page starts.
#[derive(Debug, Clone, Default)]
pub struct LicenseeQuery {
    pub buyer_id: Option<String>,
    pub status: Option<LicenseeStatus>,
    /// Every match when `None`.
    pub limit: Option<u64>,
    /// The `next_cursor` of the page before.
    pub cursor: Option<String>,
}

pub struct LicenseePage {
    pub rows: Vec<LicenseeDto>,
    pub next_cursor: Option<String>,
}

/// The licensees the caller may see, by name: keyset paging on (sort name, id), which walks
/// the index `ix_licensees_name` however many licensees the account has.
pub async fn page(
    db: &DatabaseConnection,
    account_id: &str,
    scope: &BuyerScope,
    f: &LicenseeQuery,
) -> Result<LicenseePage, AppError> {
    use licensee::Column as C;
    let mut q = licensee::Entity::find().filter(C::AccountId.eq(account_id));
    if let BuyerScope::Only(ids) = scope {
        q = q.filter(C::BuyerId.is_in(ids.clone()));
    }
    if let Some(b) = &f.buyer_id {
        q = q.filter(C::BuyerId.eq(b.as_str()));
    }
    if let Some(st) = f.status {
        q = q.filter(C::Status.eq(st.as_str()));
    }
    if let Some(raw) = &f.cursor {
        // PostgreSQL refuses NUL in text, so a forged cursor must not reach it as a 500.
        let (name, id) = serde_json::from_str::<(String, String)>(raw)
            .ok()
            .filter(|(n, i)| !n.contains('\0') && ids::is_valid(IdKind::Licensee, i))
            .ok_or_else(|| AppError::field("cursor", "This cursor is not valid."))?;
        q = q.filter(
            Cond::any().add(C::SortName.gt(name.as_str())).add(
                Cond::all()
                    .add(C::SortName.eq(name.as_str()))
                    .add(C::Id.gt(id)),
            ),
        );
    }
    q = q.order_by_asc(C::SortName).order_by_asc(C::Id);
    if let Some(n) = f.limit {
        q = q.limit(n + 1);
    }
    let mut rows = q.all(db).await?;
    let more = f.limit.is_some_and(|n| rows.len() as u64 > n);
    rows.truncate(f.limit.map_or(rows.len(), |n| n as usize));
    let next_cursor = rows
        .last()
        .filter(|_| more)
        .and_then(|l| serde_json::to_string(&(&l.sort_name, &l.id)).ok());
    Ok(LicenseePage {
        rows: to_dtos(db, rows).await?,
        next_cursor,
    })
}

/// The sort keys of the licensees list; each has an index on (account_id, key, id).
pub const SORTS: [&str; 2] = ["name", "created"];

/// The searched columns (see `search::Searchable`).
const SEARCH: search::Searchable<licensee::Column> = search::Searchable {
    table: "licensees",
    search_table: "licensees_search",
    account: licensee::Column::AccountId,
    id: licensee::Column::Id,
    sort_name: licensee::Column::SortName,
    code: licensee::Column::ExternalRef,
    code_name: "external_ref",
};

/// One page of the licensees the caller may see for the list kit: search in name, id and
/// external reference; filters `buyer` and `status` (New, Active, Disabled, or Unavailable:
/// anything but Active with a buyer that is not disabled); sorted by name (default) or
/// creation; keyset-paged at the database.
pub async fn list_page(
    db: &DatabaseConnection,
    account_id: &str,
    scope: &BuyerScope,
    p: &ListParams,
) -> Result<ListPage<LicenseeDto>, AppError> {
    use licensee::Column as C;
    use sea_orm::sea_query::{Expr, Query};
    let mut q = SEARCH
        .select::<licensee::Entity>(db, account_id, &p.q)
        .await?;
    if let BuyerScope::Only(ids) = scope {
        q = q.filter(C::BuyerId.is_in(ids.clone()));
    }
    let buyer = p.filter("buyer");
    if !buyer.is_empty() {
        q = q.filter(C::BuyerId.eq(buyer));
    }
    let disabled_buyers = Query::select()
        .column(buyer::Column::Id)
        .from(buyer::Entity)
        .and_where(Expr::col(buyer::Column::AccountId).eq(account_id))
        .and_where(Expr::col(buyer::Column::Status).eq(BuyerStatus::Disabled.as_str()))
        .to_owned();
    match p.filter("status") {
        "" => {}
        "Unavailable" => {
            q = q.filter(
                Cond::any()
                    .add(C::Status.ne(LicenseeStatus::Active.as_str()))
                    .add(C::BuyerId.in_subquery(disabled_buyers)),
            )
        }
        other => {
            let st = LicenseeStatus::parse(other)
                .ok_or_else(|| AppError::field("status", "Choose a status from the list."))?;
            q = q.filter(C::Status.eq(st.as_str()));
        }
    }
    let (total, total_is_capped) = keyset::capped_count(db, q.clone(), C::Id).await?;
    let (cursor, limit) = (p.cursor.as_deref(), p.page_size());
    let page = match p.sort.as_str() {
        "" | "name" => {
            keyset::page(db, q, (C::SortName, C::Id), p.desc, cursor, limit, |l| {
                (KeyValue::Text(l.sort_name.clone()), l.id.clone())
            })
            .await?
        }
        "created" => {
            keyset::page(db, q, (C::CreatedAt, C::Id), p.desc, cursor, limit, |l| {
                (KeyValue::Int(l.created_at), l.id.clone())
            })
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

/// Every licensee the caller may see (optionally of one buyer), by name.
pub async fn list(
    db: &DatabaseConnection,
    account_id: &str,
    scope: &BuyerScope,
    buyer_id: Option<&str>,
) -> Result<Vec<LicenseeDto>, AppError> {
    let f = LicenseeQuery {
        buyer_id: buyer_id.map(str::to_string),
        ..Default::default()
    };
    Ok(page(db, account_id, scope, &f).await?.rows)
}

fn entry(l: &licensee::Model, verb: &str, summary: String, diff: Vec<AuditChange>) -> AuditEntry {
    AuditEntry {
        action: format!("licensees.licensee.{verb}"),
        object_type: "licensee".into(),
        object_id: l.id.clone(),
        object_name: l.name.clone(),
        summary,
        changes: diff,
    }
}

/// Records the change and commits it together with its record: no change without a record.
async fn finish(
    tx: DatabaseTransaction,
    who: &Acting,
    l: licensee::Model,
    entry: AuditEntry,
) -> Result<LicenseeDto, AppError> {
    audit::append(&tx, &who.account_id, &who.actor, &who.client, entry).await?;
    let dto = to_dto(&tx, l).await?;
    tx.commit().await?;
    Ok(dto)
}

/// The wizard's result. The buyer must be in the caller's scope and not disabled, the seller
/// linked to that buyer and active.
pub async fn create(
    db: &DatabaseConnection,
    who: &Acting,
    scope: &BuyerScope,
    v: ValidLicensee,
) -> Result<LicenseeDto, AppError> {
    let (account_id, actor) = (who.account_id.as_str(), &who.actor);
    let tx = audit::begin(db, account_id).await?;
    let b = buyers::find(&tx, account_id, scope, &v.buyer_id)
        .await
        .map_err(|_| AppError::field("buyer_id", "Choose one of your buyers."))?;
    if status_of(&b) == BuyerStatus::Disabled {
        return Err(AppError::field(
            "buyer_id",
            "This buyer is disabled: it cannot take new licensees.",
        ));
    }
    let linked = buyer_seller::Entity::find_by_id((b.id.clone(), v.seller_id.clone()))
        .one(&tx)
        .await?
        .is_some();
    let x = seller::Entity::find_by_id(v.seller_id.clone())
        .one(&tx)
        .await?;
    let Some(x) = x.filter(|_| linked) else {
        return Err(AppError::field(
            "seller_id",
            "Choose a seller of this buyer.",
        ));
    };
    if !SellerStatus::parse(&x.status).is_some_and(SellerStatus::takes_new_licensees) {
        return Err(AppError::field(
            "seller_id",
            "This seller is not active: choose another one.",
        ));
    }
    let now = now_ms();
    let mut am = licensee::ActiveModel {
        id: Set(ids::generate(IdKind::Licensee)),
        account_id: Set(account_id.into()),
        buyer_id: Set(b.id.clone()),
        seller_id: Set(x.id.clone()),
        logo: Set(None),
        logo_type: Set(None),
        status: Set(LicenseeStatus::New.as_str().into()),
        revision: Set(1),
        created_at: Set(now),
        created_by: Set(Some(actor.name.clone())),
        updated_at: Set(now),
        updated_by: Set(Some(actor.name.clone())),
        ..Default::default()
    };
    put_editable(&mut am, &v.fields);
    let l = am.insert(&tx).await?;
    let summary = format!(
        "Created the licensee {} for the buyer {} with the seller {}",
        l.name, b.name, x.name
    );
    let e = entry(&l, "create", summary, vec![]);
    finish(tx, who, l, e).await
}

/// Everything but the buyer and seller, which are fixed at creation.
fn put_editable(am: &mut licensee::ActiveModel, v: &ValidLicenseeEdit) {
    let (a, c) = (&v.address, &v.contact);
    am.name = Set(v.name.clone());
    am.sort_name = Set(v.name.to_lowercase());
    am.resale = Set(v.resale);
    am.external_ref = Set(v.external_ref.clone());
    am.description = Set(v.description.clone());
    am.uses_buyer_address = Set(v.use_buyer_address);
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

fn snapshot(l: &licensee::Model) -> Vec<(&'static str, Option<String>)> {
    let flag = |b: bool| Some(b.to_string());
    vec![
        ("name", Some(l.name.clone())),
        ("resale", flag(l.resale)),
        ("external_ref", Some(l.external_ref.clone())),
        ("description", Some(l.description.clone())),
        ("uses_buyer_address", flag(l.uses_buyer_address)),
        ("address_line1", l.address_line1.clone()),
        ("address_line2", l.address_line2.clone()),
        ("city", l.city.clone()),
        ("region", l.region.clone()),
        ("postcode", l.postcode.clone()),
        ("country", l.country.clone()),
        ("contact_first_name", l.contact_first_name.clone()),
        ("contact_last_name", l.contact_last_name.clone()),
        ("contact_email", l.contact_email.clone()),
        ("contact_phone", l.contact_phone.clone()),
    ]
}

fn conflict(l: &licensee::Model) -> AppError {
    AppError::Conflict(format!(
        "{} changed this licensee after you loaded it. Reload, then try again.",
        l.updated_by.clone().unwrap_or_else(|| "Someone".into())
    ))
}

/// The edit form's result, revision-checked; the buyer and seller stay as they are.
pub async fn update(
    db: &DatabaseConnection,
    who: &Acting,
    scope: &BuyerScope,
    id: &str,
    edit: &LicenseeEdit,
    revision: i64,
) -> Result<LicenseeDto, AppError> {
    let (account_id, actor) = (who.account_id.as_str(), &who.actor);
    let v = edit.validate().map_err(AppError::Validation)?;
    let tx = audit::begin(db, account_id).await?;
    let l = find(&tx, account_id, scope, id).await?;
    if l.revision != revision {
        return Err(conflict(&l));
    }
    let mut am: licensee::ActiveModel = l.clone().into();
    put_editable(&mut am, &v);
    am.revision = Set(l.revision + 1);
    am.updated_at = Set(now_ms());
    am.updated_by = Set(Some(actor.name.clone()));
    let saved = am.update(&tx).await?;
    let changes = audit::diff(&snapshot(&l), &snapshot(&saved));
    let summary = format!("Changed the licensee {}", saved.name);
    let e = entry(&saved, "update", summary, changes);
    finish(tx, who, saved, e).await
}

/// Enable or disable where allowed: a licensee of a disabled buyer cannot be enabled.
pub async fn set_enabled(
    db: &DatabaseConnection,
    who: &Acting,
    scope: &BuyerScope,
    id: &str,
    enable: bool,
) -> Result<LicenseeDto, AppError> {
    let (account_id, actor) = (who.account_id.as_str(), &who.actor);
    let tx = audit::begin(db, account_id).await?;
    let l = find(&tx, account_id, scope, id).await?;
    let b = buyers::find(&tx, account_id, &BuyerScope::All, &l.buyer_id).await?;
    let status = LicenseeStatus::parse(&l.status).unwrap_or(LicenseeStatus::Disabled);
    let buyer_status = status_of(&b);
    let to = if enable {
        if !status.can_enable(buyer_status) {
            return Err(AppError::BadRequest(
                if buyer_status == BuyerStatus::Disabled {
                    format!("The buyer {} is disabled: enable it first.", b.name)
                } else {
                    "This licensee is already active.".into()
                },
            ));
        }
        LicenseeStatus::Active
    } else {
        if !status.can_disable() {
            return Err(AppError::BadRequest(
                "This licensee is already disabled.".into(),
            ));
        }
        LicenseeStatus::Disabled
    };
    let now = now_ms();
    let mut am: licensee::ActiveModel = l.clone().into();
    am.status = Set(to.as_str().into());
    am.revision = Set(l.revision + 1);
    am.updated_at = Set(now);
    am.updated_by = Set(Some(actor.name.clone()));
    let saved = am.update(&tx).await?;
    if to == LicenseeStatus::Active && buyer_status == BuyerStatus::Enabled {
        let mut bm: buyer::ActiveModel = b.clone().into();
        bm.status = Set(BuyerStatus::Active.as_str().into());
        bm.revision = Set(b.revision + 1);
        bm.updated_at = Set(now);
        bm.update(&tx).await?;
    }
    let verb = if enable { "enable" } else { "disable" };
    let past = if enable { "Enabled" } else { "Disabled" };
    let summary = format!("{past} the licensee {}", saved.name);
    let changes = vec![audit::masked(
        "status",
        Some(l.status),
        Some(saved.status.clone()),
    )];
    let e = entry(&saved, verb, summary, changes);
    finish(tx, who, saved, e).await
}
