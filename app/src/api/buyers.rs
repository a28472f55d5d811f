use crate::error::AppError;
use crate::model::{BuyerDto, ListPage, ListParams};
use crate::validation::BuyerDetails;
#[cfg(feature = "ssr")]
use crate::{
    backend::{
        ctx::Caller,
        services::{logos::decode_data_url, trading::buyer_logo, trading::buyers},
    },
    permissions::{Level, Module},
};
use leptos::prelude::*;
use server_fn::codec::Json;

#[server(prefix = "/sf", endpoint = "buyers/list", input = Json, client = crate::offline::LastSeen)]
pub async fn list_buyers() -> Result<Vec<BuyerDto>, AppError> {
    let caller = Caller::require(Module::Buyers, Level::View).await?;
    let scope = caller.buyer_scope().await?;
    buyers::list(&caller.state.db, caller.account_id(), &scope).await
}

#[server(prefix = "/sf", endpoint = "buyers/get", input = Json, client = crate::offline::LastSeen)]
pub async fn get_buyer(id: String) -> Result<BuyerDto, AppError> {
    let caller = Caller::require(Module::Buyers, Level::View).await?;
    let scope = caller.buyer_scope().await?;
    let db = &caller.state.db;
    let b = buyers::find(db, caller.account_id(), &scope, id.trim()).await?;
    buyers::to_dto(db, b).await
}

#[server(prefix = "/sf", endpoint = "buyers/update", input = Json)]
pub async fn update_buyer(
    id: String,
    details: BuyerDetails,
    revision: i64,
) -> Result<BuyerDto, AppError> {
    let caller = Caller::require(Module::Buyers, Level::Edit).await?;
    let who = caller.acting().await?;
    buyers::update_details(
        &caller.state.db,
        &who,
        &who.grantor.buyers,
        id.trim(),
        &details,
        revision,
    )
    .await
}

#[server(prefix = "/sf", endpoint = "buyers/set_enabled", input = Json)]
pub async fn set_buyer_enabled(id: String, enabled: bool) -> Result<BuyerDto, AppError> {
    let caller = Caller::require(Module::Buyers, Level::Edit).await?;
    let who = caller.acting().await?;
    buyers::set_enabled(
        &caller.state.db,
        &who,
        &who.grantor.buyers,
        id.trim(),
        enabled,
    )
    .await
}

/// The buyer's logo as a `data:` URL (None when it has none).
#[server(prefix = "/sf", endpoint = "buyers/logo", input = Json, client = crate::offline::LastSeen)]
pub async fn get_buyer_logo(id: String) -> Result<Option<String>, AppError> {
    let caller = Caller::require(Module::Buyers, Level::View).await?;
    let scope = caller.buyer_scope().await?;
    buyer_logo::data_url(&caller.state.db, caller.account_id(), &scope, id.trim()).await
}

/// Sets the logo from a `data:` URL, or removes it when `data_url` is None.
#[server(prefix = "/sf", endpoint = "buyers/set_logo", input = Json)]
pub async fn set_buyer_logo(id: String, data_url: Option<String>) -> Result<BuyerDto, AppError> {
    let caller = Caller::require(Module::Buyers, Level::Edit).await?;
    let who = caller.acting().await?;
    let logo = data_url.as_deref().map(decode_data_url).transpose()?;
    buyer_logo::set(&caller.state.db, &who, &who.grantor.buyers, id.trim(), logo).await
}

/// One page of the buyers list (the list kit: search, status, sort, keyset paging).
#[server(prefix = "/sf", endpoint = "buyers/page", input = Json, client = crate::offline::LastSeen)]
pub async fn buyers_page(params: ListParams) -> Result<ListPage<BuyerDto>, AppError> {
    let caller = Caller::require(Module::Buyers, Level::View).await?;
    let scope = caller.buyer_scope().await?;
    buyers::page(&caller.state.db, caller.account_id(), &scope, &params).await
}

/// Every buyer that matches the list's filters, as CSV (all pages, not only the one shown).
#[server(prefix = "/sf", endpoint = "buyers/export", input = Json)]
pub async fn export_buyers_csv(params: ListParams) -> Result<String, AppError> {
    let caller = Caller::require(Module::Buyers, Level::View).await?;
    let scope = caller.buyer_scope().await?;
    let (db, account) = (&caller.state.db, caller.account_id());
    crate::util::exports::all_pages(
        crate::util::exports::BUYERS_HEADER,
        crate::util::exports::buyer_line,
        |cursor| {
            let p = ListParams {
                limit: 100,
                cursor,
                ..params.clone()
            };
            let scope = &scope;
            async move {
                let page = buyers::page(db, account, scope, &p).await?;
                Ok((page.rows, page.next_cursor))
            }
        },
    )
    .await
}
