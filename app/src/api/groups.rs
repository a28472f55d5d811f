use crate::error::AppError;
use crate::model::{GroupDto, Named};
use crate::validation::GroupInput;
#[cfg(feature = "ssr")]
use crate::{
    backend::{
        ctx::Caller,
        services::{people::group_admin, people::groups},
    },
    permissions::{Level, Module},
};
use leptos::prelude::*;
use server_fn::codec::Json;

#[server(prefix = "/sf", endpoint = "groups/list", input = Json, client = crate::offline::LastSeen)]
pub async fn list_groups() -> Result<Vec<GroupDto>, AppError> {
    let caller = Caller::require(Module::Groups, Level::View).await?;
    groups::details(&caller.state.db, caller.account_id()).await
}

/// The account's buyers a group can be limited to: only id and name, for the group editor,
/// which needs them even without the Buyers module.
#[server(prefix = "/sf", endpoint = "groups/buyer_choices", input = Json, client = crate::offline::LastSeen)]
pub async fn group_buyer_choices() -> Result<Vec<Named>, AppError> {
    let caller = Caller::require(Module::Groups, Level::View).await?;
    // Only the buyers the caller sees: nobody limits a group to buyers they cannot see.
    let scope = caller.buyer_scope().await?;
    groups::buyer_choices(&caller.state.db, caller.account_id(), &scope).await
}

#[server(prefix = "/sf", endpoint = "groups/create", input = Json)]
pub async fn create_group(input: GroupInput) -> Result<String, AppError> {
    let caller = Caller::require(Module::Groups, Level::Edit).await?;
    let valid = input.validate().map_err(AppError::Validation)?;
    group_admin::create(&caller.state.db, &caller.acting().await?, valid).await
}

#[server(prefix = "/sf", endpoint = "groups/update", input = Json)]
pub async fn update_group(
    group_id: String,
    revision: i64,
    input: GroupInput,
) -> Result<(), AppError> {
    let caller = Caller::require(Module::Groups, Level::Edit).await?;
    let valid = input.validate().map_err(AppError::Validation)?;
    group_admin::update(
        &caller.state.db,
        &group_id,
        revision,
        &caller.acting().await?,
        valid,
    )
    .await
}

#[server(prefix = "/sf", endpoint = "groups/delete", input = Json)]
pub async fn delete_group(group_id: String) -> Result<(), AppError> {
    let caller = Caller::require(Module::Groups, Level::Edit).await?;
    group_admin::delete(&caller.state.db, &group_id, &caller.acting().await?).await
}
