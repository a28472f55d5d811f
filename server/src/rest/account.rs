use super::extract::Patch;
use super::problem::ApiResult;
use super::Api;
use app::backend::services::tenancy::accounts;
use app::model::AccountDto;
use app::permissions::{Level, Module};
use app::validation::AccountInput;
use axum::Json;
use serde::Deserialize;
use utoipa::ToSchema;

/// JSON Merge Patch of the account's fields; `revision` is required.
#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct AccountPatch {
    pub revision: i64,
    pub name: Option<String>,
    pub website: Option<String>,
    pub support_email: Option<String>,
    pub description: Option<String>,
    pub language: Option<String>,
    pub address_line1: Option<String>,
    pub address_line2: Option<String>,
    pub city: Option<String>,
    pub region: Option<String>,
    pub postcode: Option<String>,
    pub country: Option<String>,
    pub timezone: Option<String>,
    pub legal_name: Option<String>,
    pub tax_id: Option<String>,
    pub industry: Option<String>,
    pub company_size: Option<String>,
}

/// The account the credentials belong to.
#[utoipa::path(get, operation_id = "getAccount", path = "/api/v1/account", tag = "account",
    responses((status = 200, body = AccountDto)))]
pub async fn get(api: Api) -> ApiResult<Json<AccountDto>> {
    api.require(Module::Account, Level::View).await?;
    let a = accounts::find(&api.state.db, api.account_id()).await?;
    Ok(Json(accounts::to_dto(&a)))
}

/// Changes account fields; answers 409 when `revision` is not the current one.
#[utoipa::path(patch, operation_id = "updateAccount", path = "/api/v1/account", tag = "account",
    request_body = AccountPatch,
    responses((status = 200, body = AccountDto)))]
pub async fn update(api: Api, patch: Patch) -> ApiResult<Json<AccountDto>> {
    api.require(Module::Account, Level::Edit).await?;
    let revision = patch.revision()?;
    let current = accounts::find(&api.state.db, api.account_id()).await?;
    let input: AccountInput =
        patch.apply(serde_json::to_value(accounts::to_dto(&current).fields).unwrap_or_default())?;
    let valid = input.validate().map_err(app::error::AppError::Validation)?;
    let saved = accounts::update(&api.state.db, &api.acting(), revision, valid).await?;
    Ok(Json(accounts::to_dto(&saved)))
}
