use super::extract::{Body, Query};
use super::paging::Page;
use super::problem::ApiResult;
use super::users::{filter, UserQuery};
use super::Api;
use app::backend::services::{people::invitations, people::members};
use app::error::AppError;
use app::model::{InviteOutcome, MemberRow};
use app::permissions::{Level, Module};
use app::validation::InviteInput;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::Json;

/// Pending and expired invitations (members with status invited or invitation_expired).
#[utoipa::path(get, operation_id = "listInvitations", path = "/api/v1/invitations", tag = "invitations", params(UserQuery),
    responses((status = 200, body = Page<MemberRow>)))]
pub async fn list(api: Api, Query(q): Query<UserQuery>) -> ApiResult<Json<Page<MemberRow>>> {
    api.require(Module::Users, Level::View).await?;
    use super::users::UserStatus;
    let status = match q.status {
        None | Some(UserStatus::Invited) => "Invited",
        Some(UserStatus::InvitationExpired) => "Invitation expired",
        Some(_) => {
            return Err(
                AppError::field("status", "Invitations are invited or invitation_expired.").into(),
            )
        }
    };
    let f = filter(&q, status)?;
    let page = members::list(&api.state.db, api.account_id(), &f).await?;
    Ok(Json(Page::new(page.rows, f.limit, page.next_cursor)))
}

/// Invites 1 to 50 people (e-mails separated by commas or new lines) with one role and groups.
#[utoipa::path(post, operation_id = "createInvitations", path = "/api/v1/invitations", tag = "invitations",
    request_body = InviteInput,
    responses((status = 201, body = InviteOutcome)))]
pub async fn create(
    api: Api,
    Body(input): Body<InviteInput>,
) -> ApiResult<(StatusCode, Json<InviteOutcome>)> {
    api.require(Module::Users, Level::Edit).await?;
    let valid = input.validate().map_err(AppError::Validation)?;
    let out = invitations::invite(&api.state, &api.acting(), valid).await?;
    Ok((StatusCode::CREATED, Json(out)))
}

/// A new link by e-mail (also renews an expired invitation).
#[utoipa::path(post, operation_id = "resendInvitation", path = "/api/v1/invitations/{id}/resend", tag = "invitations",
    params(("id" = String, Path, description = "Membership id of the invited person")),
    responses((status = 200, body = MemberRow)))]
pub async fn resend(api: Api, Path(id): Path<String>) -> ApiResult<Json<MemberRow>> {
    api.require(Module::Users, Level::View).await?;
    invitations::resend(&api.state, &id, &api.acting()).await?;
    Ok(Json(
        members::row(&api.state.db, api.account_id(), &id).await?,
    ))
}

/// Withdraws the invitation: the link stops working and the person is not added.
#[utoipa::path(post, operation_id = "revokeInvitation", path = "/api/v1/invitations/{id}/revoke", tag = "invitations",
    params(("id" = String, Path, description = "Membership id of the invited person")),
    responses((status = 204, description = "Revoked")))]
pub async fn revoke(api: Api, Path(id): Path<String>) -> ApiResult<StatusCode> {
    api.require(Module::Users, Level::Edit).await?;
    invitations::revoke(&api.state, &id, &api.acting()).await?;
    Ok(StatusCode::NO_CONTENT)
}
