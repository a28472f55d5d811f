use crate::error::AppError;
use crate::model::SellerDto;
#[cfg(feature = "ssr")]
use crate::{
    backend::{ctx::Caller, services::trading::sellers},
    permissions::{Level, Module},
};
use leptos::prelude::*;
use server_fn::codec::Json;

/// The platform operator's sellers linked to this account (read only for clients).
#[server(prefix = "/sf", endpoint = "sellers/list", input = Json, client = crate::offline::LastSeen)]
pub async fn list_sellers() -> Result<Vec<SellerDto>, AppError> {
    let caller = Caller::require(Module::Sellers, Level::View).await?;
    sellers::list_for_account(&caller.state.db, caller.account_id()).await
}

#[server(prefix = "/sf", endpoint = "sellers/get", input = Json, client = crate::offline::LastSeen)]
pub async fn get_seller(id: String) -> Result<SellerDto, AppError> {
    let caller = Caller::require(Module::Sellers, Level::View).await?;
    sellers::get_for_account(&caller.state.db, caller.account_id(), id.trim()).await
}
