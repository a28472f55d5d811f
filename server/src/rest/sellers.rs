//! Sellers over REST, read only: the platform operator's sellers linked to the account, each
//! with the account's buyers it serves.

use super::buyers::known;
use super::extract::Query;
use super::paging::{self, Page};
use super::problem::ApiResult;
use super::Api;
use app::backend::services::trading::sellers;
use app::ids::IdKind;
use app::model::SellerDto;
use app::permissions::{Level, Module};
use axum::extract::Path;
use axum::Json;
use serde::Deserialize;
use utoipa::IntoParams;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SellerQuery {
    #[param(minimum = 1, maximum = 100)]
    pub limit: Option<u64>,
    pub cursor: Option<String>,
}

/// Sellers by name. An account is linked to few sellers, so the page is cut from the sorted set.
#[utoipa::path(get, operation_id = "listSellers", path = "/api/v1/sellers", tag = "sellers", params(SellerQuery),
    responses((status = 200, body = Page<SellerDto>)))]
pub async fn list(api: Api, Query(q): Query<SellerQuery>) -> ApiResult<Json<Page<SellerDto>>> {
    api.require(Module::Sellers, Level::View).await?;
    let limit = paging::limit(q.limit)?;
    let after = paging::cursor(q.cursor.as_deref())?;
    let all = sellers::list_for_account(&api.state.db, api.account_id()).await?;
    Ok(Json(paging::cut(all, |x| &x.id, limit, after)?))
}

#[utoipa::path(get, operation_id = "getSeller", path = "/api/v1/sellers/{id}", tag = "sellers",
    params(("id" = String, Path, description = "Seller id")),
    responses((status = 200, body = SellerDto)))]
pub async fn get(api: Api, Path(id): Path<String>) -> ApiResult<Json<SellerDto>> {
    api.require(Module::Sellers, Level::View).await?;
    let id = known(IdKind::Seller, &id)?;
    Ok(Json(
        sellers::get_for_account(&api.state.db, api.account_id(), id).await?,
    ))
}
