//! The Operations pages' server functions: only Admins of the platform operator's account.

#[cfg(feature = "ssr")]
use crate::backend::{
    ctx::Caller,
    services::tenancy::{identities, operations},
};
use crate::error::AppError;
use crate::model::{
    BuyerDto, IdentityDto, IdentityStatus, NewClientAccount, OpsAccountDetails, OpsAccountRow,
    OpsSellerRow,
};
use crate::validation::{ClientAccountInput, NewBuyerInput, SellerInput, SellerLinkInput};
use leptos::prelude::*;
use server_fn::codec::Json;

#[server(prefix = "/sf", endpoint = "operations/accounts", input = Json, client = crate::offline::LastSeen)]
pub async fn ops_list_accounts(q: String) -> Result<Vec<OpsAccountRow>, AppError> {
    let caller = Caller::require_operations().await?;
    operations::list_accounts(&caller.state.db, &q).await
}

#[server(prefix = "/sf", endpoint = "operations/account", input = Json, client = crate::offline::LastSeen)]
pub async fn ops_get_account(id: String) -> Result<OpsAccountDetails, AppError> {
    let caller = Caller::require_operations().await?;
    operations::account_details(&caller.state.db, &id).await
}

#[server(prefix = "/sf", endpoint = "operations/create_account", input = Json)]
pub async fn ops_create_account(input: ClientAccountInput) -> Result<NewClientAccount, AppError> {
    let caller = Caller::require_operations().await?;
    let valid = input.validate().map_err(AppError::Validation)?;
    operations::create_client_account(&caller.state, &caller.acting().await?, valid).await
}

#[server(prefix = "/sf", endpoint = "operations/set_account_enabled", input = Json)]
pub async fn ops_set_account_enabled(id: String, enabled: bool) -> Result<OpsAccountRow, AppError> {
    let caller = Caller::require_operations().await?;
    operations::set_account_enabled(&caller.state.db, &caller.acting().await?, &id, enabled).await
}

/// The modules a client account is entitled to (Operations only).
#[server(prefix = "/sf", endpoint = "operations/set_account_modules", input = Json)]
pub async fn ops_set_account_modules(
    id: String,
    modules: Vec<crate::permissions::Module>,
) -> Result<Vec<crate::permissions::Module>, AppError> {
    let caller = Caller::require_operations().await?;
    operations::set_account_modules(&caller.state.db, &caller.acting().await?, &id, &modules).await
}

#[server(prefix = "/sf", endpoint = "operations/create_buyer", input = Json)]
pub async fn ops_create_buyer(
    account_id: String,
    input: NewBuyerInput,
) -> Result<BuyerDto, AppError> {
    let caller = Caller::require_operations().await?;
    let valid = input.validate().map_err(AppError::Validation)?;
    operations::create_buyer(
        &caller.state.db,
        &caller.acting().await?,
        &account_id,
        valid,
    )
    .await
}

#[server(prefix = "/sf", endpoint = "operations/set_buyer_enabled", input = Json)]
pub async fn ops_set_buyer_enabled(
    account_id: String,
    buyer_id: String,
    enabled: bool,
) -> Result<BuyerDto, AppError> {
    let caller = Caller::require_operations().await?;
    operations::set_buyer_enabled(
        &caller.state.db,
        &caller.acting().await?,
        &account_id,
        &buyer_id,
        enabled,
    )
    .await
}

#[server(prefix = "/sf", endpoint = "operations/sellers", input = Json, client = crate::offline::LastSeen)]
pub async fn ops_list_sellers() -> Result<Vec<OpsSellerRow>, AppError> {
    let caller = Caller::require_operations().await?;
    operations::list_sellers(&caller.state.db, caller.account_id()).await
}

#[server(prefix = "/sf", endpoint = "operations/create_seller", input = Json)]
pub async fn ops_create_seller(input: SellerInput) -> Result<OpsSellerRow, AppError> {
    let caller = Caller::require_operations().await?;
    let valid = input.validate().map_err(AppError::Validation)?;
    operations::create_seller(&caller.state.db, &caller.acting().await?, valid).await
}

#[server(prefix = "/sf", endpoint = "operations/link_seller", input = Json)]
pub async fn ops_link_seller(input: SellerLinkInput) -> Result<OpsAccountDetails, AppError> {
    let caller = Caller::require_operations().await?;
    let valid = input.validate().map_err(AppError::Validation)?;
    operations::link_seller(&caller.state.db, &caller.acting().await?, valid).await
}

#[server(prefix = "/sf", endpoint = "operations/set_seller_status", input = Json)]
pub async fn ops_set_seller_status(id: String, status: String) -> Result<OpsSellerRow, AppError> {
    let caller = Caller::require_operations().await?;
    operations::set_seller_status(&caller.state.db, &caller.acting().await?, &id, &status).await
}

/// A person (global sign-in identity) found by exact e-mail address.
#[server(prefix = "/sf", endpoint = "operations/find_identity", input = Json)]
pub async fn ops_find_identity(email: String) -> Result<IdentityDto, AppError> {
    let caller = Caller::require_operations().await?;
    identities::find_by_email(&caller.state.db, &email).await
}

/// Blocks, unblocks (`Active`) or deletes a person everywhere.
#[server(prefix = "/sf", endpoint = "operations/set_identity_status", input = Json)]
pub async fn ops_set_identity_status(
    id: String,
    status: IdentityStatus,
) -> Result<IdentityDto, AppError> {
    let caller = Caller::require_operations().await?;
    identities::set_status(&caller.state.db, &caller.acting().await?, &id, status).await
}
