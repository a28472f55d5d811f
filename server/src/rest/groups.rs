use super::extract::{Body, Patch, Query};
use super::paging::{self, Page};
use super::problem::ApiResult;
use super::Api;
use app::backend::services::{people::group_admin, people::groups};
use app::error::AppError;
use app::model::{BuyersScope, GroupDto};
use app::permissions::{Level, Module};
use app::validation::GroupInput;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::Json;
use serde::Deserialize;
use std::collections::BTreeMap;
use utoipa::{IntoParams, ToSchema};

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct GroupQuery {
    /// Part of the group's name.
    pub q: Option<String>,
    #[param(minimum = 1, maximum = 100)]
    pub limit: Option<u64>,
    pub cursor: Option<String>,
}

/// Groups by name. An account has few groups, so the page is cut from the sorted set.
#[utoipa::path(get, operation_id = "listGroups", path = "/api/v1/groups", tag = "groups", params(GroupQuery),
    responses((status = 200, body = Page<GroupDto>)))]
pub async fn list(api: Api, Query(q): Query<GroupQuery>) -> ApiResult<Json<Page<GroupDto>>> {
    api.require(Module::Groups, Level::View).await?;
    let limit = paging::limit(q.limit)?;
    let after = paging::cursor(q.cursor.as_deref())?;
    let needle = q.q.unwrap_or_default().to_lowercase();
    let mut all: Vec<GroupDto> = groups::details(&api.state.db, api.account_id())
        .await?
        .into_iter()
        .filter(|g| needle.is_empty() || g.name.to_lowercase().contains(&needle))
        .collect();
    all.sort_by(|a, b| (a.name.to_lowercase(), &a.id).cmp(&(b.name.to_lowercase(), &b.id)));
    let start = match &after {
        Some(id) => all
            .iter()
            .position(|g| &g.id == id)
            .map(|i| i + 1)
            .ok_or_else(|| AppError::field("cursor", "This cursor is not valid."))?,
        None => 0,
    };
    let rest: Vec<GroupDto> = all.into_iter().skip(start).collect();
    let has_more = rest.len() as u64 > limit;
    let data: Vec<GroupDto> = rest.into_iter().take(limit as usize).collect();
    let next = if has_more {
        data.last().map(|g| g.id.clone())
    } else {
        None
    };
    Ok(Json(Page::new(data, limit, next)))
}

async fn one(api: &Api, id: &str) -> ApiResult<GroupDto> {
    Ok(groups::details(&api.state.db, api.account_id())
        .await?
        .into_iter()
        .find(|g| g.id == id)
        .ok_or(AppError::NotFound)?)
}

#[utoipa::path(get, operation_id = "getGroup", path = "/api/v1/groups/{id}", tag = "groups",
    params(("id" = String, Path, description = "Group id")),
    responses((status = 200, body = GroupDto)))]
pub async fn get(api: Api, Path(id): Path<String>) -> ApiResult<Json<GroupDto>> {
    api.require(Module::Groups, Level::View).await?;
    Ok(Json(one(&api, &id).await?))
}

#[utoipa::path(post, operation_id = "createGroup", path = "/api/v1/groups", tag = "groups", request_body = GroupInput,
    responses((status = 201, body = GroupDto)))]
pub async fn create(
    api: Api,
    Body(input): Body<GroupInput>,
) -> ApiResult<(StatusCode, Json<GroupDto>)> {
    api.require(Module::Groups, Level::Edit).await?;
    let valid = input.validate().map_err(AppError::Validation)?;
    let id = group_admin::create(&api.state.db, &api.acting(), valid).await?;
    Ok((StatusCode::CREATED, Json(one(&api, &id).await?)))
}

/// JSON Merge Patch of a group; `revision` is required.
#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct GroupPatch {
    pub revision: i64,
    pub name: Option<String>,
    pub description: Option<String>,
    pub modules: Option<BTreeMap<Module, Level>>,
    pub member_ids: Option<Vec<String>>,
    /// `all` buyers of the account, or only `buyer_ids`.
    pub buyers_scope: Option<BuyersScope>,
    /// The selected buyers (`BUY-` ids of this account), when the scope is `selected`.
    pub buyer_ids: Option<Vec<String>>,
}

#[utoipa::path(patch, operation_id = "updateGroup", path = "/api/v1/groups/{id}", tag = "groups",
    params(("id" = String, Path, description = "Group id")),
    request_body = GroupPatch,
    responses((status = 200, body = GroupDto)))]
pub async fn update(api: Api, Path(id): Path<String>, patch: Patch) -> ApiResult<Json<GroupDto>> {
    api.require(Module::Groups, Level::Edit).await?;
    let revision = patch.revision()?;
    let current = one(&api, &id).await?;
    let input: GroupInput = patch.apply(serde_json::json!({
        "name": current.name,
        "description": current.description,
        "modules": current.modules,
        "member_ids": current.members.iter().map(|m| m.membership_id.clone()).collect::<Vec<_>>(),
        "buyers_scope": current.buyers_scope,
        "buyer_ids": current.buyers.iter().map(|b| b.id.clone()).collect::<Vec<_>>(),
    }))?;
    let valid = input.validate().map_err(AppError::Validation)?;
    group_admin::update(&api.state.db, &id, revision, &api.acting(), valid).await?;
    Ok(Json(one(&api, &id).await?))
}

/// Deletes an empty group (409 while it has members; the default group cannot be deleted).
#[utoipa::path(delete, operation_id = "deleteGroup", path = "/api/v1/groups/{id}", tag = "groups",
    params(("id" = String, Path, description = "Group id")),
    responses((status = 204, description = "Deleted")))]
pub async fn delete(api: Api, Path(id): Path<String>) -> ApiResult<StatusCode> {
    api.require(Module::Groups, Level::Edit).await?;
    group_admin::delete(&api.state.db, &id, &api.acting()).await?;
    Ok(StatusCode::NO_CONTENT)
}
