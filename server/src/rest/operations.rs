//! The platform operator's REST API: client accounts (create one with its first admin, read,
//! enable, disable, set its modules) and people (find by e-mail, block, unblock, delete).
//!
//! Only the Operations account's credentials reach it (`Api::require_operations`): a token of
//! that account made by one of its Admins with Account at edit, or the account credentials.
//! It calls the same services as the console's Operations pages, so both edges agree. Another
//! team's test suite can script a clean client account with one call and sign its admin in
//! through the returned invitation link.

use super::extract::{Body, Query};
use super::problem::{ApiError, ApiResult};
use super::Api;
use app::backend::services::tenancy::{identities, operations};
use app::error::AppError;
use app::model::{IdentityDto, IdentityStatus, NewClientAccount, OpsAccountDetails, OpsAccountRow};
use app::permissions::Module;
use app::validation::ClientAccountInput;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::Json;
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AccountsQuery {
    /// Part of the name or id.
    pub q: Option<String>,
}

/// Accounts of the platform by name (at most 200; narrow with `q`).
#[utoipa::path(get, operation_id = "listClientAccounts", path = "/api/v1/operations/accounts",
    tag = "operations", params(AccountsQuery),
    responses((status = 200, body = Vec<OpsAccountRow>)))]
pub async fn list_accounts(
    api: Api,
    Query(q): Query<AccountsQuery>,
) -> ApiResult<Json<Vec<OpsAccountRow>>> {
    api.require_operations().await?;
    let rows = operations::list_accounts(&api.state.db, q.q.as_deref().unwrap_or("")).await?;
    Ok(Json(rows))
}

/// Creates a client account and invites its first Admin into its Administrators group.
/// `invitation_link` (shown once) lets that person set a password; it is also e-mailed.
#[utoipa::path(post, operation_id = "createClientAccount", path = "/api/v1/operations/accounts",
    tag = "operations", request_body = ClientAccountInput,
    responses((status = 201, body = NewClientAccount)))]
pub async fn create_account(
    api: Api,
    Body(input): Body<ClientAccountInput>,
) -> ApiResult<(StatusCode, Json<NewClientAccount>)> {
    api.require_operations().await?;
    let valid = input.validate().map_err(AppError::Validation)?;
    let created = operations::create_client_account(&api.state, &api.acting(), valid).await?;
    Ok((StatusCode::CREATED, Json(created)))
}

/// One account with its buyers, linked sellers and enabled modules.
#[utoipa::path(get, operation_id = "getClientAccount", path = "/api/v1/operations/accounts/{id}",
    tag = "operations", params(("id" = String, Path, description = "Account id")),
    responses((status = 200, body = OpsAccountDetails)))]
pub async fn get_account(api: Api, Path(id): Path<String>) -> ApiResult<Json<OpsAccountDetails>> {
    api.require_operations().await?;
    Ok(Json(operations::account_details(&api.state.db, &id).await?))
}

async fn set_enabled(api: Api, id: String, enable: bool) -> ApiResult<Json<OpsAccountRow>> {
    api.require_operations().await?;
    let row = operations::set_account_enabled(&api.state.db, &api.acting(), &id, enable)
        .await
        .map_err(super::buyers::state_conflict)?;
    Ok(Json(row))
}

/// Enables a client account: its members can sign in and its credentials work again.
#[utoipa::path(post, operation_id = "enableClientAccount",
    path = "/api/v1/operations/accounts/{id}/enable", tag = "operations",
    params(("id" = String, Path, description = "Account id")),
    responses((status = 200, body = OpsAccountRow)))]
pub async fn enable_account(api: Api, Path(id): Path<String>) -> ApiResult<Json<OpsAccountRow>> {
    set_enabled(api, id, true).await
}

/// Disables a client account: sessions stop and its credentials are refused.
#[utoipa::path(post, operation_id = "disableClientAccount",
    path = "/api/v1/operations/accounts/{id}/disable", tag = "operations",
    params(("id" = String, Path, description = "Account id")),
    responses((status = 200, body = OpsAccountRow)))]
pub async fn disable_account(api: Api, Path(id): Path<String>) -> ApiResult<Json<OpsAccountRow>> {
    set_enabled(api, id, false).await
}

#[derive(Deserialize, ToSchema)]
pub struct ModulesBody {
    /// Every module the account may use (the core modules are always included).
    pub modules: Vec<Module>,
}

/// Sets the modules a client account is entitled to; answers the modules now enabled.
#[utoipa::path(put, operation_id = "setClientAccountModules",
    path = "/api/v1/operations/accounts/{id}/modules", tag = "operations",
    params(("id" = String, Path, description = "Account id")),
    request_body = ModulesBody,
    responses((status = 200, body = Vec<Module>)))]
pub async fn set_modules(
    api: Api,
    Path(id): Path<String>,
    Body(body): Body<ModulesBody>,
) -> ApiResult<Json<Vec<Module>>> {
    api.require_operations().await?;
    let modules =
        operations::set_account_modules(&api.state.db, &api.acting(), &id, &body.modules).await?;
    Ok(Json(modules))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PeopleQuery {
    /// The person's e-mail address, exactly.
    pub email: String,
}

/// The person (global sign-in identity) with this e-mail address, with their memberships.
#[utoipa::path(get, operation_id = "findPerson", path = "/api/v1/operations/people",
    tag = "operations", params(PeopleQuery),
    responses((status = 200, body = IdentityDto)))]
pub async fn find_person(api: Api, Query(q): Query<PeopleQuery>) -> ApiResult<Json<IdentityDto>> {
    api.require_operations().await?;
    Ok(Json(
        identities::find_by_email(&api.state.db, &q.email).await?,
    ))
}

fn person_id(id: &str) -> Result<&str, ApiError> {
    super::buyers::known(app::ids::IdKind::User, id)
}

async fn set_status(api: Api, id: String, to: IdentityStatus) -> ApiResult<Json<IdentityDto>> {
    api.require_operations().await?;
    let dto = identities::set_status(&api.state.db, &api.acting(), person_id(&id)?, to).await?;
    Ok(Json(dto))
}

/// Blocks a person everywhere: no sign-in, sessions ended, their API tokens refused.
#[utoipa::path(post, operation_id = "blockPerson", path = "/api/v1/operations/people/{id}/block",
    tag = "operations", params(("id" = String, Path, description = "Person id (USR-…)")),
    responses((status = 200, body = IdentityDto)))]
pub async fn block_person(api: Api, Path(id): Path<String>) -> ApiResult<Json<IdentityDto>> {
    set_status(api, id, IdentityStatus::Blocked).await
}

/// Lifts a block.
#[utoipa::path(post, operation_id = "unblockPerson",
    path = "/api/v1/operations/people/{id}/unblock", tag = "operations",
    params(("id" = String, Path, description = "Person id (USR-…)")),
    responses((status = 200, body = IdentityDto)))]
pub async fn unblock_person(api: Api, Path(id): Path<String>) -> ApiResult<Json<IdentityDto>> {
    set_status(api, id, IdentityStatus::Active).await
}

/// Deletes a person: their personal data is erased and every membership disabled. Final.
#[utoipa::path(delete, operation_id = "deletePerson", path = "/api/v1/operations/people/{id}",
    tag = "operations", params(("id" = String, Path, description = "Person id (USR-…)")),
    responses((status = 200, body = IdentityDto)))]
pub async fn delete_person(api: Api, Path(id): Path<String>) -> ApiResult<Json<IdentityDto>> {
    set_status(api, id, IdentityStatus::Deleted).await
}
