//! Licensees over REST: list, create (the wizard in one request), read, edit, enable, disable.
//!
//! Like buyers, a token reaches the licensees of the buyers its creator reaches (see
//! `buyers::scope`). The buyer and seller are fixed at creation.

use super::buyers::{deep, known, scope, state_conflict, TradingSort};
use super::extract::{Body, Patch, Query};
use super::paging::{self, Order, Page};
use super::problem::ApiResult;
use super::Api;
use app::backend::services::trading::{licensee_logo, licensees};
use app::error::AppError;
use app::ids::IdKind;
use app::model::{LicenseeDto, LicenseeStatus, ListParams};
use app::permissions::{Level, Module};
use app::validation::{Address, Contact, LicenseeEdit, LicenseeInput};
use axum::extract::Path;
use axum::http::{header, StatusCode};
use axum::Json;
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

#[derive(Debug, Clone, Copy, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum LicenseeStatusFilter {
    New,
    Active,
    Disabled,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LicenseeQueryParams {
    /// Only the licensees of this buyer.
    pub buyer_id: Option<String>,
    pub status: Option<LicenseeStatusFilter>,
    /// Part of the name, id or external reference.
    pub q: Option<String>,
    pub sort: Option<TradingSort>,
    pub order: Option<Order>,
    #[param(minimum = 1, maximum = 100)]
    pub limit: Option<u64>,
    pub cursor: Option<String>,
}

/// Licensees by name (or creation), keyset-paged at the database.
#[utoipa::path(get, operation_id = "listLicensees", path = "/api/v1/licensees", tag = "licensees", params(LicenseeQueryParams),
    responses((status = 200, body = Page<LicenseeDto>)))]
pub async fn list(
    api: Api,
    Query(q): Query<LicenseeQueryParams>,
) -> ApiResult<Json<Page<LicenseeDto>>> {
    api.require(Module::Licensees, Level::View).await?;
    let buyer_id = q.buyer_id.map(|b| b.trim().to_string());
    if buyer_id
        .as_deref()
        .is_some_and(|b| !app::ids::is_valid(IdKind::Buyer, b))
    {
        return Err(AppError::field("buyer_id", "This is not a buyer id (BUY-…).").into());
    }
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
    if let Some(b) = buyer_id {
        params.filters.insert("buyer".into(), b);
    }
    if let Some(s) = q.status {
        let status = match s {
            LicenseeStatusFilter::New => LicenseeStatus::New,
            LicenseeStatusFilter::Active => LicenseeStatus::Active,
            LicenseeStatusFilter::Disabled => LicenseeStatus::Disabled,
        };
        params
            .filters
            .insert("status".into(), status.as_str().into());
    }
    let page = licensees::list_page(&api.state.db, api.account_id(), &scope(&api), &params).await?;
    Ok(Json(Page::new(page.rows, limit, page.next_cursor)))
}

#[utoipa::path(get, operation_id = "getLicensee", path = "/api/v1/licensees/{id}", tag = "licensees",
    params(("id" = String, Path, description = "Licensee id")),
    responses((status = 200, body = LicenseeDto)))]
pub async fn get(api: Api, Path(id): Path<String>) -> ApiResult<Json<LicenseeDto>> {
    api.require(Module::Licensees, Level::View).await?;
    let id = known(IdKind::Licensee, &id)?;
    Ok(Json(
        licensees::get(&api.state.db, api.account_id(), &scope(&api), id).await?,
    ))
}

/// Creates a licensee (status New) for a buyer of the account and a seller of that buyer.
#[utoipa::path(post, operation_id = "createLicensee", path = "/api/v1/licensees", tag = "licensees", request_body = LicenseeInput,
    responses((status = 201, body = LicenseeDto,
        headers(("Location" = String, description = "The new licensee's URL")))))]
pub async fn create(
    api: Api,
    Body(input): Body<LicenseeInput>,
) -> ApiResult<(
    StatusCode,
    [(header::HeaderName, String); 1],
    Json<LicenseeDto>,
)> {
    api.require(Module::Licensees, Level::Edit).await?;
    let saved =
        licensee_logo::create_with_logo(&api.state.db, &api.acting(), &scope(&api), &input).await?;
    let location = format!("/api/v1/licensees/{}", saved.id);
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, location)],
        Json(saved),
    ))
}

/// JSON Merge Patch of everything but the buyer and seller; `revision` is required.
#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct LicenseePatch {
    pub revision: i64,
    pub name: Option<String>,
    pub resale: Option<bool>,
    pub external_ref: Option<String>,
    pub description: Option<String>,
    /// Use the buyer's address instead of its own (then `address` is ignored).
    pub use_buyer_address: Option<bool>,
    pub address: Option<Address>,
    pub contact: Option<Contact>,
}

/// Changes a licensee; 409 when `revision` is not the current one, 422 naming `buyer_id` or
/// `seller_id` for an attempt to move it to another buyer or seller.
#[utoipa::path(patch, operation_id = "updateLicensee", path = "/api/v1/licensees/{id}", tag = "licensees",
    params(("id" = String, Path, description = "Licensee id")),
    request_body = LicenseePatch,
    responses((status = 200, body = LicenseeDto)))]
pub async fn update(
    api: Api,
    Path(id): Path<String>,
    patch: Patch,
) -> ApiResult<Json<LicenseeDto>> {
    api.require(Module::Licensees, Level::Edit).await?;
    let revision = patch.revision()?;
    let id = known(IdKind::Licensee, &id)?;
    let sc = scope(&api);
    let current = licensees::get(&api.state.db, api.account_id(), &sc, id).await?;
    // Sending back what was read is fine; asking for another buyer or seller is not.
    for (field, now, what) in [
        ("buyer_id", &current.buyer.id, "buyer"),
        ("seller_id", &current.seller.id, "seller"),
    ] {
        if patch.0.get(field).is_some_and(|v| v.as_str() != Some(now)) {
            let msg = format!("The {what} of a licensee cannot be changed after creation.");
            return Err(AppError::field(field, msg).into());
        }
    }
    let current =
        serde_json::to_value(LicenseeEdit::from_dto(&current)).map_err(|_| AppError::Internal)?;
    let edit: LicenseeEdit = deep(&current, &patch).apply(current)?;
    let saved = licensees::update(&api.state.db, &api.acting(), &sc, id, &edit, revision).await?;
    Ok(Json(saved))
}

async fn set_enabled(api: Api, id: String, enable: bool) -> ApiResult<Json<LicenseeDto>> {
    api.require(Module::Licensees, Level::Edit).await?;
    let saved = licensees::set_enabled(
        &api.state.db,
        &api.acting(),
        &scope(&api),
        known(IdKind::Licensee, &id)?,
        enable,
    )
    .await
    .map_err(state_conflict)?;
    Ok(Json(saved))
}

/// Activates a licensee (409 if it is already active or its buyer is disabled); the first
/// active licensee makes its buyer Active.
#[utoipa::path(post, operation_id = "enableLicensee", path = "/api/v1/licensees/{id}/enable", tag = "licensees",
    params(("id" = String, Path, description = "Licensee id")),
    responses((status = 200, body = LicenseeDto)))]
pub async fn enable(api: Api, Path(id): Path<String>) -> ApiResult<Json<LicenseeDto>> {
    set_enabled(api, id, true).await
}

/// Disables a licensee (409 if it is already disabled).
#[utoipa::path(post, operation_id = "disableLicensee", path = "/api/v1/licensees/{id}/disable", tag = "licensees",
    params(("id" = String, Path, description = "Licensee id")),
    responses((status = 200, body = LicenseeDto)))]
pub async fn disable(api: Api, Path(id): Path<String>) -> ApiResult<Json<LicenseeDto>> {
    set_enabled(api, id, false).await
}
