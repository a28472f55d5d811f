use crate::error::AppError;
use crate::model::{GroupChoice, InviteOutcome, MemberRow, UserFilter, UsersPage};
use crate::validation::InviteInput;
#[cfg(feature = "ssr")]
use crate::{
    backend::{
        ctx::Caller,
        services::{
            people::grant_checks, people::groups, people::invitations, people::members,
            people::membership_admin,
        },
    },
    permissions::{Level, Module, Role},
};
use leptos::prelude::*;
use server_fn::codec::Json;

#[server(prefix = "/sf", endpoint = "users/list", input = Json, client = crate::offline::LastSeen)]
pub async fn list_users(filter: UserFilter) -> Result<UsersPage, AppError> {
    let caller = Caller::require(Module::Users, Level::View).await?;
    members::list(&caller.state.db, caller.account_id(), &filter).await
}

/// One member of the account (the member's details page).
#[server(prefix = "/sf", endpoint = "users/get", input = Json, client = crate::offline::LastSeen)]
pub async fn get_member(membership_id: String) -> Result<MemberRow, AppError> {
    let caller = Caller::require(Module::Users, Level::View).await?;
    members::row(&caller.state.db, caller.account_id(), membership_id.trim()).await
}

/// The whole filtered list as CSV (every page, not just the one on screen).
#[server(prefix = "/sf", endpoint = "users/export", input = Json)]
pub async fn export_users_csv(filter: UserFilter) -> Result<String, AppError> {
    let caller = Caller::require(Module::Users, Level::View).await?;
    members::export_csv(&caller.state.db, caller.account_id(), &filter).await
}

#[server(prefix = "/sf", endpoint = "users/groups", input = Json, client = crate::offline::LastSeen)]
pub async fn list_group_refs() -> Result<Vec<GroupChoice>, AppError> {
    let caller = Caller::require(Module::Users, Level::View).await?;
    let db = &caller.state.db;
    let grantor = caller.grantor().await?;
    let mut out = vec![];
    for g in groups::list(db, caller.account_id()).await? {
        let grantable = grant_checks::group(db, &grantor, &g).await.is_ok();
        out.push(GroupChoice {
            id: g.id,
            name: g.name,
            grantable,
        });
    }
    Ok(out)
}

#[server(prefix = "/sf", endpoint = "users/invite", input = Json)]
pub async fn invite_users(input: InviteInput) -> Result<InviteOutcome, AppError> {
    let caller = Caller::require(Module::Users, Level::Edit).await?;
    let valid = input.validate().map_err(AppError::Validation)?;
    invitations::invite(&caller.state, &caller.acting().await?, valid).await
}

/// New link by e-mail (also renews an expired invitation). Agents may do this too.
#[server(prefix = "/sf", endpoint = "users/resend", input = Json)]
pub async fn resend_invitation(membership_id: String) -> Result<bool, AppError> {
    let caller = Caller::require(Module::Users, Level::View).await?;
    invitations::resend(&caller.state, &membership_id, &caller.acting().await?).await
}

#[server(prefix = "/sf", endpoint = "users/invitation_link", input = Json)]
pub async fn invitation_link(membership_id: String) -> Result<String, AppError> {
    let caller = Caller::require(Module::Users, Level::Edit).await?;
    let grantor = caller.grantor().await?;
    invitations::current_link(&caller.state, caller.account_id(), &membership_id, &grantor).await
}

#[server(prefix = "/sf", endpoint = "users/revoke", input = Json)]
pub async fn revoke_invitation(membership_id: String) -> Result<(), AppError> {
    let caller = Caller::require(Module::Users, Level::Edit).await?;
    invitations::revoke(&caller.state, &membership_id, &caller.acting().await?).await
}

#[server(prefix = "/sf", endpoint = "users/update", input = Json)]
pub async fn update_member(
    membership_id: String,
    role: String,
    group_ids: Vec<String>,
    updated_at: i64,
) -> Result<(), AppError> {
    let caller = Caller::require(Module::Users, Level::Edit).await?;
    let role = Role::parse(&role).ok_or_else(|| AppError::field("role", "Choose a role."))?;
    membership_admin::update(
        &caller.state,
        &caller.acting().await?,
        &membership_id,
        role,
        &group_ids,
        updated_at,
    )
    .await
}

#[server(prefix = "/sf", endpoint = "users/set_enabled", input = Json)]
pub async fn set_member_enabled(
    membership_id: String,
    enabled: bool,
    updated_at: i64,
) -> Result<(), AppError> {
    let caller = Caller::require(Module::Users, Level::Edit).await?;
    membership_admin::set_enabled(
        &caller.state,
        &caller.acting().await?,
        &membership_id,
        enabled,
        updated_at,
    )
    .await
}

#[server(prefix = "/sf", endpoint = "users/remove", input = Json)]
pub async fn remove_member(membership_id: String, updated_at: i64) -> Result<(), AppError> {
    let caller = Caller::require(Module::Users, Level::Edit).await?;
    membership_admin::remove(
        &caller.state,
        &caller.acting().await?,
        &membership_id,
        updated_at,
    )
    .await
}
