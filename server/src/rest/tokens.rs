use super::extract::{Body, Patch, Query};
use super::paging::{self, Order, Page};
use super::problem::ApiResult;
use super::Api;
use app::backend::clock::now_ms;
use app::backend::services::tokens::api_tokens::{self, Creator};
use app::backend::services::{tokens::token_list, tokens::token_policy};
use app::error::AppError;
use app::model::{NewToken, TokenDto, TokenFilter, TokenStatusChange, TokenUpdate};
use app::permissions::{Level, Module};
use app::validation::TokenInput;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::Json;
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

#[derive(Debug, Clone, Copy, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum TokenStatus {
    Active,
    Disabled,
    Expired,
    Deleted,
}

#[derive(Debug, Clone, Copy, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum TokenSort {
    Created,
    Name,
    Expires,
    LastUsed,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct TokenQuery {
    /// Part of the name or id.
    pub q: Option<String>,
    /// Without it: every token but deleted ones.
    pub status: Option<TokenStatus>,
    pub sort: Option<TokenSort>,
    pub order: Option<Order>,
    #[param(minimum = 1, maximum = 100)]
    pub limit: Option<u64>,
    pub cursor: Option<String>,
}

#[utoipa::path(get, operation_id = "listTokens", path = "/api/v1/tokens", tag = "tokens", params(TokenQuery),
    responses((status = 200, body = Page<TokenDto>)))]
pub async fn list(api: Api, Query(q): Query<TokenQuery>) -> ApiResult<Json<Page<TokenDto>>> {
    api.require(Module::ApiTokens, Level::View).await?;
    let f = TokenFilter {
        search: q.q.unwrap_or_default(),
        status: match q.status {
            None => "",
            Some(TokenStatus::Active) => "Active",
            Some(TokenStatus::Disabled) => "Disabled",
            Some(TokenStatus::Expired) => "Expired",
            Some(TokenStatus::Deleted) => "Deleted",
        }
        .into(),
        sort: match q.sort.unwrap_or(TokenSort::Created) {
            TokenSort::Created => "created",
            TokenSort::Name => "name",
            TokenSort::Expires => "expires",
            TokenSort::LastUsed => "last_used",
        }
        .into(),
        desc: matches!(q.order.unwrap_or_default(), Order::Desc),
        limit: paging::limit(q.limit)?,
        cursor: paging::cursor(q.cursor.as_deref())?,
    };
    let page = token_list::list(&api.state.db, api.account_id(), &f).await?;
    Ok(Json(Page::new(page.rows, f.limit, page.next_cursor)))
}

#[utoipa::path(get, operation_id = "getToken", path = "/api/v1/tokens/{id}", tag = "tokens",
    params(("id" = String, Path, description = "Token id")),
    responses((status = 200, body = TokenDto)))]
pub async fn get(api: Api, Path(id): Path<String>) -> ApiResult<Json<TokenDto>> {
    api.require(Module::ApiTokens, Level::View).await?;
    Ok(Json(
        api_tokens::get(&api.state.db, api.account_id(), &id).await?,
    ))
}

/// Creates a token for the calling token's creator, never with more than the caller holds.
/// The secret is in this answer only.
#[utoipa::path(post, operation_id = "createToken", path = "/api/v1/tokens", tag = "tokens", request_body = TokenInput,
    responses((status = 201, body = NewToken)))]
pub async fn create(
    api: Api,
    Body(input): Body<TokenInput>,
) -> ApiResult<(StatusCode, Json<NewToken>)> {
    api.require(Module::ApiTokens, Level::Edit).await?;
    let Some((membership, user)) = api.principal.creator.clone() else {
        return Err(AppError::BadRequest(
            "API tokens belong to a person: create them with a token or in the console, not with the account credentials.".into(),
        )
        .into());
    };
    let policy = token_policy::policy(&api.state.db, api.account_id()).await?;
    let valid = input
        .validate(now_ms(), policy.max_days)
        .map_err(AppError::Validation)?;
    let creator = Creator {
        membership,
        user,
        permissions: api.principal.permissions.clone(),
    };
    let out = api_tokens::create(&api.state.db, &api.acting(), &creator, valid).await?;
    Ok((StatusCode::CREATED, Json(out)))
}

/// JSON Merge Patch of name, description and modules; `revision` is required.
#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct TokenPatch {
    pub revision: i64,
    pub name: Option<String>,
    pub description: Option<String>,
    pub modules: Option<std::collections::BTreeMap<Module, Level>>,
}

#[utoipa::path(patch, operation_id = "updateToken", path = "/api/v1/tokens/{id}", tag = "tokens",
    params(("id" = String, Path, description = "Token id")),
    request_body = TokenPatch,
    responses((status = 200, body = TokenDto)))]
pub async fn update(api: Api, Path(id): Path<String>, patch: Patch) -> ApiResult<Json<TokenDto>> {
    api.require(Module::ApiTokens, Level::Edit).await?;
    let revision = patch.revision()?;
    let current = api_tokens::get(&api.state.db, api.account_id(), &id).await?;
    let mut input: TokenUpdate = patch.apply(serde_json::json!({
        "name": current.name,
        "description": current.description,
        "modules": current.modules,
        "revision": revision,
    }))?;
    input.revision = revision;
    let out = api_tokens::update(&api.state.db, &id, &api.acting(), &input).await?;
    Ok(Json(out))
}

async fn set_status(api: Api, id: String, status: TokenStatusChange) -> ApiResult<Json<TokenDto>> {
    api.require(Module::ApiTokens, Level::Edit).await?;
    Ok(Json(
        api_tokens::set_status(&api.state.db, &id, status, &api.acting()).await?,
    ))
}

#[utoipa::path(post, operation_id = "enableToken", path = "/api/v1/tokens/{id}/enable", tag = "tokens",
    params(("id" = String, Path, description = "Token id")),
    responses((status = 200, body = TokenDto)))]
pub async fn enable(api: Api, Path(id): Path<String>) -> ApiResult<Json<TokenDto>> {
    set_status(api, id, TokenStatusChange::Active).await
}

#[utoipa::path(post, operation_id = "disableToken", path = "/api/v1/tokens/{id}/disable", tag = "tokens",
    params(("id" = String, Path, description = "Token id")),
    responses((status = 200, body = TokenDto)))]
pub async fn disable(api: Api, Path(id): Path<String>) -> ApiResult<Json<TokenDto>> {
    set_status(api, id, TokenStatusChange::Disabled).await
}

/// Deletes the token: it stops working at once and is kept, unusable, for the audit trail.
#[utoipa::path(delete, operation_id = "deleteToken", path = "/api/v1/tokens/{id}", tag = "tokens",
    params(("id" = String, Path, description = "Token id")),
    responses((status = 204, description = "Deleted")))]
pub async fn delete(api: Api, Path(id): Path<String>) -> ApiResult<StatusCode> {
    let _deleted = set_status(api, id, TokenStatusChange::Deleted).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct RotateInput {
    /// How long the old secret keeps working: 0 (stops at once) to 168 hours.
    #[serde(default)]
    #[schema(minimum = 0, maximum = 168)]
    pub grace_hours: i64,
}

/// A new secret (in this answer only); the old one stops at once or after the grace period.
#[utoipa::path(post, operation_id = "rotateToken", path = "/api/v1/tokens/{id}/rotate", tag = "tokens",
    params(("id" = String, Path, description = "Token id")),
    request_body = RotateInput,
    responses((status = 200, body = NewToken)))]
pub async fn rotate(
    api: Api,
    Path(id): Path<String>,
    Body(input): Body<RotateInput>,
) -> ApiResult<Json<NewToken>> {
    api.require(Module::ApiTokens, Level::Edit).await?;
    if !(0..=168).contains(&input.grace_hours) {
        return Err(AppError::field("grace_hours", "The grace period is 0 to 168 hours.").into());
    }
    Ok(Json(
        api_tokens::rotate(
            &api.state.db,
            &id,
            input.grace_hours * 3_600_000,
            &api.acting(),
        )
        .await?,
    ))
}
