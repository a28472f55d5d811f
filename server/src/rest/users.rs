use super::extract::{Patch, Query};
use super::paging::{self, Order, Page};
use super::problem::ApiResult;
use super::Api;
use app::backend::services::{people::members, people::membership_admin};
use app::model::{MemberRow, UserFilter};
use app::permissions::{Level, Module, Role};
use axum::extract::Path;
use axum::http::StatusCode;
use axum::Json;
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

#[derive(Debug, Clone, Copy, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum UserStatus {
    Active,
    Disabled,
    Invited,
    InvitationExpired,
}

impl UserStatus {
    fn as_filter(self) -> &'static str {
        match self {
            UserStatus::Active => "Active",
            UserStatus::Disabled => "Disabled",
            UserStatus::Invited => "Invited",
            UserStatus::InvitationExpired => "Invitation expired",
        }
    }
}

#[derive(Debug, Clone, Copy, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum UserSort {
    Joined,
    Name,
    Email,
    LastLogin,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct UserQuery {
    /// Part of a name or e-mail.
    pub q: Option<String>,
    pub status: Option<UserStatus>,
    pub role: Option<Role>,
    /// A group id.
    pub group: Option<String>,
    pub sort: Option<UserSort>,
    pub order: Option<Order>,
    #[param(minimum = 1, maximum = 100)]
    pub limit: Option<u64>,
    pub cursor: Option<String>,
}

pub(super) fn filter(q: &UserQuery, status: &str) -> ApiResult<UserFilter> {
    Ok(UserFilter {
        search: q.q.clone().unwrap_or_default(),
        status: status.to_string(),
        role: q.role.map(|r| r.as_str().to_string()).unwrap_or_default(),
        group: q.group.clone().unwrap_or_default(),
        sort: match q.sort.unwrap_or(UserSort::Joined) {
            UserSort::Joined => "joined",
            UserSort::Name => "name",
            UserSort::Email => "email",
            UserSort::LastLogin => "last_login",
        }
        .into(),
        desc: matches!(q.order.unwrap_or_default(), Order::Desc),
        limit: paging::limit(q.limit)?,
        cursor: paging::cursor(q.cursor.as_deref())?,
    })
}

/// Members of the account, newest first by default.
#[utoipa::path(get, operation_id = "listUsers", path = "/api/v1/users", tag = "users", params(UserQuery),
    responses((status = 200, body = Page<MemberRow>)))]
pub async fn list(api: Api, Query(q): Query<UserQuery>) -> ApiResult<Json<Page<MemberRow>>> {
    api.require(Module::Users, Level::View).await?;
    let f = filter(&q, q.status.map(UserStatus::as_filter).unwrap_or(""))?;
    let page = members::list(&api.state.db, api.account_id(), &f).await?;
    Ok(Json(Page::new(page.rows, f.limit, page.next_cursor)))
}

#[utoipa::path(get, operation_id = "getUser", path = "/api/v1/users/{id}", tag = "users",
    params(("id" = String, Path, description = "Membership id")),
    responses((status = 200, body = MemberRow)))]
pub async fn get(api: Api, Path(id): Path<String>) -> ApiResult<Json<MemberRow>> {
    api.require(Module::Users, Level::View).await?;
    Ok(Json(
        members::row(&api.state.db, api.account_id(), &id).await?,
    ))
}

/// Role and groups; `revision` is the member's `updated_at` as last read.
#[derive(Deserialize, ToSchema)]
#[allow(dead_code)]
pub struct UserPatch {
    pub revision: i64,
    pub role: Option<Role>,
    pub group_ids: Option<Vec<String>>,
}

#[derive(Deserialize)]
struct MemberChange {
    role: Role,
    group_ids: Vec<String>,
}

#[utoipa::path(patch, operation_id = "updateUser", path = "/api/v1/users/{id}", tag = "users",
    params(("id" = String, Path, description = "Membership id")),
    request_body = UserPatch,
    responses((status = 200, body = MemberRow)))]
pub async fn update(api: Api, Path(id): Path<String>, patch: Patch) -> ApiResult<Json<MemberRow>> {
    api.require(Module::Users, Level::Edit).await?;
    let revision = patch.revision()?;
    let current = members::row(&api.state.db, api.account_id(), &id).await?;
    let change: MemberChange = patch.apply(serde_json::json!({
        "role": current.role,
        "group_ids": current.groups.iter().map(|g| g.id.clone()).collect::<Vec<_>>(),
    }))?;
    membership_admin::update(
        &api.state,
        &api.acting(),
        &id,
        change.role,
        &change.group_ids,
        revision,
    )
    .await?;
    Ok(Json(
        members::row(&api.state.db, api.account_id(), &id).await?,
    ))
}

async fn set_enabled(api: Api, id: String, enabled: bool) -> ApiResult<Json<MemberRow>> {
    api.require(Module::Users, Level::Edit).await?;
    let current = members::row(&api.state.db, api.account_id(), &id).await?;
    membership_admin::set_enabled(&api.state, &api.acting(), &id, enabled, current.updated_at)
        .await?;
    Ok(Json(
        members::row(&api.state.db, api.account_id(), &id).await?,
    ))
}

#[utoipa::path(post, operation_id = "enableUser", path = "/api/v1/users/{id}/enable", tag = "users",
    params(("id" = String, Path, description = "Membership id")),
    responses((status = 200, body = MemberRow)))]
pub async fn enable(api: Api, Path(id): Path<String>) -> ApiResult<Json<MemberRow>> {
    set_enabled(api, id, true).await
}

#[utoipa::path(post, operation_id = "disableUser", path = "/api/v1/users/{id}/disable", tag = "users",
    params(("id" = String, Path, description = "Membership id")),
    responses((status = 200, body = MemberRow)))]
pub async fn disable(api: Api, Path(id): Path<String>) -> ApiResult<Json<MemberRow>> {
    set_enabled(api, id, false).await
}

/// Removes the member from the account (their sessions end at once).
#[utoipa::path(delete, operation_id = "removeUser", path = "/api/v1/users/{id}", tag = "users",
    params(("id" = String, Path, description = "Membership id")),
    responses((status = 204, description = "Removed")))]
pub async fn remove(api: Api, Path(id): Path<String>) -> ApiResult<StatusCode> {
    api.require(Module::Users, Level::Edit).await?;
    let current = members::row(&api.state.db, api.account_id(), &id).await?;
    membership_admin::remove(&api.state, &api.acting(), &id, current.updated_at).await?;
    Ok(StatusCode::NO_CONTENT)
}
