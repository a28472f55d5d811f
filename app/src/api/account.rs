use crate::error::AppError;
use crate::model::{AccountDto, Credentials};
use crate::validation::AccountInput;
#[cfg(feature = "ssr")]
use crate::{
    backend::{ctx::Caller, services::tenancy::accounts},
    permissions::{Level, Module},
};
use leptos::prelude::*;
use server_fn::codec::Json;

#[server(prefix = "/sf", endpoint = "account/get", input = Json, client = crate::offline::LastSeen)]
pub async fn get_account() -> Result<AccountDto, AppError> {
    let caller = Caller::require(Module::Account, Level::View).await?;
    Ok(accounts::to_dto(
        &accounts::find(&caller.state.db, caller.account_id()).await?,
    ))
}

/// Saves the Account form; `revision` is the one the form was loaded with.
#[server(prefix = "/sf", endpoint = "account/update", input = Json)]
pub async fn update_account(input: AccountInput, revision: i64) -> Result<AccountDto, AppError> {
    let caller = Caller::require(Module::Account, Level::Edit).await?;
    let valid = input.validate().map_err(AppError::Validation)?;
    let updated =
        accounts::update(&caller.state.db, &caller.acting().await?, revision, valid).await?;
    let by = caller.actor().name;
    if let Err(e) = crate::backend::services::tenancy::account_notice::details_changed(
        &caller.state,
        &updated.id,
        &updated.name,
        &by,
    )
    .await
    {
        tracing::warn!(error = ?e, "could not queue the account-changed notice");
    }
    Ok(accounts::to_dto(&updated))
}

/// Uploads a logo given as a `data:` URL (what the browser's FileReader produces).
#[server(prefix = "/sf", endpoint = "account/logo", input = Json)]
pub async fn upload_logo(data_url: String) -> Result<AccountDto, AppError> {
    let caller = Caller::require(Module::Account, Level::Edit).await?;
    let (bytes, kind) = crate::backend::services::logos::decode_data_url(&data_url)?;
    let updated = accounts::set_logo(
        &caller.state.db,
        &caller.acting().await?,
        Some((bytes, kind)),
    )
    .await?;
    Ok(accounts::to_dto(&updated))
}

#[server(prefix = "/sf", endpoint = "account/logo_remove", input = Json)]
pub async fn remove_logo() -> Result<AccountDto, AppError> {
    let caller = Caller::require(Module::Account, Level::Edit).await?;
    let updated = accounts::set_logo(&caller.state.db, &caller.acting().await?, None).await?;
    Ok(accounts::to_dto(&updated))
}

/// The passcode in clear, for Admins only; every reveal is audited.
#[server(prefix = "/sf", endpoint = "account/credentials", input = Json)]
pub async fn reveal_credentials() -> Result<Credentials, AppError> {
    let caller = Caller::require(Module::Account, Level::Edit).await?;
    let s = &caller.state;
    accounts::reveal_credentials(&s.db, &s.config.secret_key, &caller.acting().await?).await
}

#[server(prefix = "/sf", endpoint = "account/credentials_regenerate", input = Json)]
pub async fn regenerate_passcode() -> Result<Credentials, AppError> {
    let caller = Caller::require(Module::Account, Level::Edit).await?;
    let s = &caller.state;
    accounts::regenerate_passcode(&s.db, &s.config.secret_key, &caller.acting().await?).await
}
