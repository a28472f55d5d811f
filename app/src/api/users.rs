use crate::error::AppError;
use crate::model::{GroupRef, InviteOutcome, MemberRow, UserFilter, UsersPage};
use crate::validation::InviteInput;
#[cfg(feature = "ssr")]
use crate::{
    backend::{
        ctx::{base_url, respond, Caller},
        services::{
            groups, invitations, members,
            membership_admin::{self, ActingMember},
        },
    },
    permissions::{Level, Module, Role},
};
use leptos::prelude::*;
use server_fn::codec::Json;

#[cfg(feature = "ssr")]
fn acting(caller: &Caller) -> ActingMember<'_> {
    ActingMember {
        membership_id: &caller.resolved.membership.id,
        actor: caller.actor(),
        client: &caller.client,
    }
}

#[server(prefix = "/sf", endpoint = "users/list", input = Json)]
pub async fn list_users(filter: UserFilter) -> Result<UsersPage, AppError> {
    respond(async move {
        let caller = Caller::require(Module::Users, Level::View).await?;
        members::list(&caller.state.db, caller.account_id(), &filter).await
    })
    .await
}

/// One member of the account (the member's details page).
#[server(prefix = "/sf", endpoint = "users/get", input = Json)]
pub async fn get_member(membership_id: String) -> Result<MemberRow, AppError> {
    respond(async move {
        let caller = Caller::require(Module::Users, Level::View).await?;
        members::row(&caller.state.db, caller.account_id(), membership_id.trim()).await
    })
    .await
}

/// The whole filtered list as CSV (every page, not just the one on screen).
#[server(prefix = "/sf", endpoint = "users/export", input = Json)]
pub async fn export_users_csv(filter: UserFilter) -> Result<String, AppError> {
    respond(async move {
        let caller = Caller::require(Module::Users, Level::View).await?;
        members::export_csv(&caller.state.db, caller.account_id(), &filter).await
    })
    .await
}

#[server(prefix = "/sf", endpoint = "users/groups", input = Json)]
pub async fn list_group_refs() -> Result<Vec<GroupRef>, AppError> {
    respond(async move {
        let caller = Caller::require(Module::Users, Level::View).await?;
        Ok(groups::list(&caller.state.db, caller.account_id())
            .await?
            .into_iter()
            .map(|g| GroupRef {
                id: g.id,
                name: g.name,
            })
            .collect())
    })
    .await
}

#[server(prefix = "/sf", endpoint = "users/invite", input = Json)]
pub async fn invite_users(input: InviteInput) -> Result<InviteOutcome, AppError> {
    respond(async move {
        let caller = Caller::require(Module::Users, Level::Edit).await?;
        let valid = input.validate().map_err(AppError::Validation)?;
        let base = base_url(&caller.state);
        invitations::invite(
            &caller.state,
            caller.account_id(),
            &caller.actor(),
            &caller.client,
            valid,
            &base,
        )
        .await
    })
    .await
}

/// New link by e-mail (also renews an expired invitation). Agents may do this too.
#[server(prefix = "/sf", endpoint = "users/resend", input = Json)]
pub async fn resend_invitation(membership_id: String) -> Result<bool, AppError> {
    respond(async move {
        let caller = Caller::require(Module::Users, Level::View).await?;
        if !caller.permissions.allows(Module::Users, Level::Edit) && caller.role() != Role::Agent {
            return Err(AppError::Forbidden);
        }
        let base = base_url(&caller.state);
        invitations::resend(
            &caller.state,
            caller.account_id(),
            &membership_id,
            &caller.actor(),
            &caller.client,
            &base,
        )
        .await
    })
    .await
}

#[server(prefix = "/sf", endpoint = "users/invitation_link", input = Json)]
pub async fn invitation_link(membership_id: String) -> Result<String, AppError> {
    respond(async move {
        let caller = Caller::require(Module::Users, Level::Edit).await?;
        let base = base_url(&caller.state);
        invitations::current_link(&caller.state, caller.account_id(), &membership_id, &base).await
    })
    .await
}

#[server(prefix = "/sf", endpoint = "users/revoke", input = Json)]
pub async fn revoke_invitation(membership_id: String) -> Result<(), AppError> {
    respond(async move {
        let caller = Caller::require(Module::Users, Level::Edit).await?;
        invitations::revoke(
            &caller.state,
            caller.account_id(),
            &membership_id,
            &caller.actor(),
            &caller.client,
        )
        .await
    })
    .await
}

#[server(prefix = "/sf", endpoint = "users/update", input = Json)]
pub async fn update_member(
    membership_id: String,
    role: String,
    group_ids: Vec<String>,
    updated_at: i64,
) -> Result<(), AppError> {
    respond(async move {
        let caller = Caller::require(Module::Users, Level::Edit).await?;
        let role = Role::parse(&role).ok_or_else(|| AppError::field("role", "Choose a role."))?;
        membership_admin::update(
            &caller.state,
            caller.account_id(),
            &acting(&caller),
            &membership_id,
            role,
            &group_ids,
            updated_at,
        )
        .await
    })
    .await
}

#[server(prefix = "/sf", endpoint = "users/set_enabled", input = Json)]
pub async fn set_member_enabled(
    membership_id: String,
    enabled: bool,
    updated_at: i64,
) -> Result<(), AppError> {
    respond(async move {
        let caller = Caller::require(Module::Users, Level::Edit).await?;
        membership_admin::set_enabled(
            &caller.state,
            caller.account_id(),
            &acting(&caller),
            &membership_id,
            enabled,
            updated_at,
        )
        .await
    })
    .await
}

#[server(prefix = "/sf", endpoint = "users/remove", input = Json)]
pub async fn remove_member(membership_id: String, updated_at: i64) -> Result<(), AppError> {
    respond(async move {
        let caller = Caller::require(Module::Users, Level::Edit).await?;
        membership_admin::remove(
            &caller.state,
            caller.account_id(),
            &acting(&caller),
            &membership_id,
            updated_at,
        )
        .await
    })
    .await
}
