//! Buyers over REST: list, read, edit the address and contact, enable and disable.
//!
//! A token reaches the buyers its creator reaches (their groups' buyer scope), as [`scope`]
//! says: a token never holds more than its creator, buyers included. The account credentials
//! reach every buyer. The REST layer acts as a client account, never as Operations, so a
//! buyer the platform operator disabled stays disabled here.

use super::extract::{Patch, Query};
use super::paging::{self, Order, Page};
use super::problem::{ApiError, ApiResult};
use super::Api;
use app::backend::services::trading::buyer_scope::BuyerScope;
use app::backend::services::trading::buyers;
use app::error::AppError;
use app::ids::{is_valid, IdKind};
use app::model::{BuyerDto, BuyerStatus, ListParams};
use app::permissions::{Level, Module};
use app::validation::{Address, BuyerDetails, Contact};
use axum::extract::Path;
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Map, Value};
use utoipa::{IntoParams, ToSchema};

/// The buyers an API caller reaches (see the module documentation).
pub(super) fn scope(api: &Api) -> BuyerScope {
    api.principal.grantor.buyers.clone()
}

/// A malformed id cannot name anything: 404 without asking the database.
pub(super) fn known(kind: IdKind, id: &str) -> Result<&str, ApiError> {
    if is_valid(kind, id) {
        Ok(id)
    } else {
        Err(AppError::NotFound.into())
    }
}

/// RFC 7396 merges nested objects member by member (`{"address": {"city": "Bonn"}}` changes
/// only the city), whereas `Patch::apply` replaces top-level members whole; so nested objects
/// are merged into the current value here before the patch is applied.
pub(super) fn deep(current: &Value, patch: &Patch) -> Patch {
    fn merge(target: &mut Value, patch: &Value) {
        let (Value::Object(t), Value::Object(p)) = (&mut *target, patch) else {
            *target = patch.clone();
            return;
        };
        for (k, v) in p {
            if v.is_null() {
                t.remove(k);
            } else {
                merge(t.entry(k.clone()).or_insert(Value::Null), v);
            }
        }
    }
    let mut out = Map::new();
    for (k, v) in &patch.0 {
        let mut merged = current.get(k).cloned().unwrap_or(Value::Null);
        if v.is_object() && merged.is_object() {
            merge(&mut merged, v);
        } else {
            merged = v.clone();
        }
        out.insert(k.clone(), merged);
    }
    Patch(out)
}

/// Service refusals of a state change (already enabled, disabled by Operations) are 409 here:
/// the request is well-formed, the object's state does not allow it.
pub(super) fn state_conflict(e: AppError) -> ApiError {
    match e {
        AppError::BadRequest(m) => AppError::Conflict(m),
        other => other,
    }
    .into()
}

#[derive(Debug, Clone, Copy, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum BuyerStatusFilter {
    Enabled,
    Active,
    Disabled,
}

/// The sort keys of trading lists.
#[derive(Debug, Clone, Copy, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum TradingSort {
    Name,
    Created,
}

impl TradingSort {
    pub(super) fn key(s: Option<TradingSort>) -> String {
        match s.unwrap_or(TradingSort::Name) {
            TradingSort::Name => "name",
            TradingSort::Created => "created",
        }
        .into()
    }
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct BuyerQuery {
    /// Part of the name, id or tax number.
    pub q: Option<String>,
    pub status: Option<BuyerStatusFilter>,
    pub sort: Option<TradingSort>,
    pub order: Option<Order>,
    #[param(minimum = 1, maximum = 100)]
    pub limit: Option<u64>,
    pub cursor: Option<String>,
}

/// Buyers by name (or creation), keyset-paged at the database.
#[utoipa::path(get, operation_id = "listBuyers", path = "/api/v1/buyers", tag = "buyers", params(BuyerQuery),
    responses((status = 200, body = Page<BuyerDto>)))]
pub async fn list(api: Api, Query(q): Query<BuyerQuery>) -> ApiResult<Json<Page<BuyerDto>>> {
    api.require(Module::Buyers, Level::View).await?;
    let limit = paging::limit(q.limit)?;
    let mut params = ListParams {
        q: q.q.unwrap_or_default(),
        sort: TradingSort::key(q.sort),
        // Ascending unless asked: names read A to Z.
        desc: matches!(q.order, Some(Order::Desc)),
        limit,
        cursor: paging::cursor(q.cursor.as_deref())?,
        ..Default::default()
    };
    if let Some(s) = q.status {
        let status = match s {
            BuyerStatusFilter::Enabled => BuyerStatus::Enabled,
            BuyerStatusFilter::Active => BuyerStatus::Active,
            BuyerStatusFilter::Disabled => BuyerStatus::Disabled,
        };
        params
            .filters
            .insert("status".into(), status.as_str().into());
    }
    let page = buyers::page(&api.state.db, api.account_id(), &scope(&api), &params).await?;
    Ok(Json(Page::new(page.rows, limit, page.next_cursor)))
}

async fn one(api: &Api, id: &str) -> ApiResult<BuyerDto> {
    let db = &api.state.db;
    let b = buyers::find(db, api.account_id(), &scope(api), known(IdKind::Buyer, id)?).await?;
    Ok(buyers::to_dto(db, b).await?)
}

#[utoipa::path(get, operation_id = "getBuyer", path = "/api/v1/buyers/{id}", tag = "buyers",
    params(("id" = String, Path, description = "Buyer id")),
    responses((status = 200, body = BuyerDto)))]
pub async fn get(api: Api, Path(id): Path<String>) -> ApiResult<Json<BuyerDto>> {
    api.require(Module::Buyers, Level::View).await?;
    Ok(Json(one(&api, &id).await?))
}

/// JSON Merge Patch of the address and contact; `revision` is required.
#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct BuyerPatch {
    pub revision: i64,
    pub address: Option<Address>,
    pub contact: Option<Contact>,
}

/// Changes the address or contact (both stay required: invoices go there); 409 when
/// `revision` is not the current one.
#[utoipa::path(patch, operation_id = "updateBuyer", path = "/api/v1/buyers/{id}", tag = "buyers",
    params(("id" = String, Path, description = "Buyer id")),
    request_body = BuyerPatch,
    responses((status = 200, body = BuyerDto)))]
pub async fn update(api: Api, Path(id): Path<String>, patch: Patch) -> ApiResult<Json<BuyerDto>> {
    api.require(Module::Buyers, Level::Edit).await?;
    let revision = patch.revision()?;
    let current = one(&api, &id).await?;
    let (a, c) = (&current.address, &current.contact);
    let current = json!({
        "address": {
            "address_line1": a.address_line1, "address_line2": a.address_line2, "city": a.city,
            "region": a.region, "postcode": a.postcode, "country": a.country,
        },
        "contact": {
            "contact_first_name": c.first_name, "contact_last_name": c.last_name,
            "contact_email": c.email, "contact_phone": c.phone,
        },
    });
    let details: BuyerDetails = deep(&current, &patch).apply(current)?;
    let saved = buyers::update_details(
        &api.state.db,
        &api.acting(),
        &scope(&api),
        &id,
        &details,
        revision,
    )
    .await?;
    Ok(Json(saved))
}

async fn set_enabled(api: Api, id: String, enable: bool) -> ApiResult<Json<BuyerDto>> {
    api.require(Module::Buyers, Level::Edit).await?;
    let saved = buyers::set_enabled(
        &api.state.db,
        &api.acting(),
        &scope(&api),
        known(IdKind::Buyer, &id)?,
        enable,
    )
    .await
    .map_err(state_conflict)?;
    Ok(Json(saved))
}

/// Re-enables a buyer the account disabled (409 if it is not disabled, or the platform
/// operator disabled it).
#[utoipa::path(post, operation_id = "enableBuyer", path = "/api/v1/buyers/{id}/enable", tag = "buyers",
    params(("id" = String, Path, description = "Buyer id")),
    responses((status = 200, body = BuyerDto)))]
pub async fn enable(api: Api, Path(id): Path<String>) -> ApiResult<Json<BuyerDto>> {
    set_enabled(api, id, true).await
}

/// Disables a buyer: its licensees become unavailable for new use (409 if already disabled).
#[utoipa::path(post, operation_id = "disableBuyer", path = "/api/v1/buyers/{id}/disable", tag = "buyers",
    params(("id" = String, Path, description = "Buyer id")),
    responses((status = 200, body = BuyerDto)))]
pub async fn disable(api: Api, Path(id): Path<String>) -> ApiResult<Json<BuyerDto>> {
    set_enabled(api, id, false).await
}
