//! An account's rule on two-step verification, and resetting a member's.

use crate::error::AppError;
use crate::model::TwoStepPolicy;
#[cfg(feature = "ssr")]
use crate::{
    backend::{ctx::Caller, services::people::two_step_admin},
    permissions::{Level, Module},
};
use leptos::prelude::*;
use server_fn::codec::Json;

// The macro would name its argument struct `TwoStepPolicy`, taken by the DTO.
#[server(name = TwoStepPolicyCall, prefix = "/sf", endpoint = "account/two_step_policy", input = Json, client = crate::offline::LastSeen)]
pub async fn two_step_policy() -> Result<TwoStepPolicy, AppError> {
    let caller = Caller::require(Module::Account, Level::View).await?;
    two_step_admin::policy(&caller.state.db, caller.account_id()).await
}

/// Requires two-step verification of every member, or stops requiring it (audited).
#[server(prefix = "/sf", endpoint = "account/set_two_step_policy", input = Json)]
pub async fn set_two_step_policy(
    required: bool,
    account_revision: i64,
) -> Result<TwoStepPolicy, AppError> {
    let caller = Caller::require(Module::Account, Level::Edit).await?;
    two_step_admin::set_required(
        &caller.state.db,
        &caller.acting().await?,
        &caller.resolved.user,
        required,
        account_revision,
    )
    .await
}

/// Whether a member of this account uses two-step verification.
#[server(prefix = "/sf", endpoint = "users/two_step", input = Json, client = crate::offline::LastSeen)]
pub async fn member_two_step(membership_id: String) -> Result<bool, AppError> {
    let caller = Caller::require(Module::Users, Level::View).await?;
    two_step_admin::member_enabled(&caller.state.db, caller.account_id(), &membership_id).await
}

/// Turns off a member's two-step verification and signs them out everywhere; they set it up
/// again at their next sign-in if the account requires it.
#[server(prefix = "/sf", endpoint = "users/reset_two_step", input = Json)]
pub async fn reset_member_two_step(membership_id: String) -> Result<(), AppError> {
    let caller = Caller::require(Module::Users, Level::Edit).await?;
    two_step_admin::reset_member(&caller.state.db, &caller.acting().await?, &membership_id).await
}
