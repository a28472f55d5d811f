use crate::error::AppError;
use crate::model::{LicenseeDto, ListPage, ListParams};
use crate::validation::{LicenseeEdit, LicenseeInput};
#[cfg(feature = "ssr")]
use crate::{
    backend::{
        ctx::Caller,
        services::{logos::decode_data_url, trading::licensee_logo, trading::licensees},
    },
    permissions::{Level, Module},
};
use leptos::prelude::*;
use server_fn::codec::Json;

/// The licensees the caller may see, optionally of one buyer.
#[server(prefix = "/sf", endpoint = "licensees/list", input = Json, client = crate::offline::LastSeen)]
pub async fn list_licensees(buyer_id: Option<String>) -> Result<Vec<LicenseeDto>, AppError> {
    let caller = Caller::require(Module::Licensees, Level::View).await?;
    let scope = caller.buyer_scope().await?;
    licensees::list(
        &caller.state.db,
        caller.account_id(),
        &scope,
        buyer_id.as_deref().map(str::trim),
    )
    .await
}

#[server(prefix = "/sf", endpoint = "licensees/get", input = Json, client = crate::offline::LastSeen)]
pub async fn get_licensee(id: String) -> Result<LicenseeDto, AppError> {
    let caller = Caller::require(Module::Licensees, Level::View).await?;
    let scope = caller.buyer_scope().await?;
    licensees::get(&caller.state.db, caller.account_id(), &scope, id.trim()).await
}

#[server(prefix = "/sf", endpoint = "licensees/create", input = Json)]
pub async fn create_licensee(input: LicenseeInput) -> Result<LicenseeDto, AppError> {
    let caller = Caller::require(Module::Licensees, Level::Edit).await?;
    let who = caller.acting().await?;
    licensee_logo::create_with_logo(&caller.state.db, &who, &who.grantor.buyers, &input).await
}

/// The licensee's logo as a `data:` URL (None when it has none).
#[server(prefix = "/sf", endpoint = "licensees/logo", input = Json, client = crate::offline::LastSeen)]
pub async fn get_licensee_logo(id: String) -> Result<Option<String>, AppError> {
    let caller = Caller::require(Module::Licensees, Level::View).await?;
    let scope = caller.buyer_scope().await?;
    licensee_logo::data_url(&caller.state.db, caller.account_id(), &scope, id.trim()).await
}

/// Sets the logo from a `data:` URL, or removes it when `data_url` is None.
#[server(prefix = "/sf", endpoint = "licensees/set_logo", input = Json)]
pub async fn set_licensee_logo(
    id: String,
    data_url: Option<String>,
) -> Result<LicenseeDto, AppError> {
    let caller = Caller::require(Module::Licensees, Level::Edit).await?;
    let who = caller.acting().await?;
    let logo = data_url.as_deref().map(decode_data_url).transpose()?;
    licensee_logo::set(&caller.state.db, &who, &who.grantor.buyers, id.trim(), logo).await
}

/// The edit form: everything but the buyer and seller, revision-checked.
#[server(prefix = "/sf", endpoint = "licensees/update", input = Json)]
pub async fn update_licensee(
    id: String,
    edit: LicenseeEdit,
    revision: i64,
) -> Result<LicenseeDto, AppError> {
    let caller = Caller::require(Module::Licensees, Level::Edit).await?;
    let who = caller.acting().await?;
    licensees::update(
        &caller.state.db,
        &who,
        &who.grantor.buyers,
        id.trim(),
        &edit,
        revision,
    )
    .await
}

#[server(prefix = "/sf", endpoint = "licensees/set_enabled", input = Json)]
pub async fn set_licensee_enabled(id: String, enabled: bool) -> Result<LicenseeDto, AppError> {
    let caller = Caller::require(Module::Licensees, Level::Edit).await?;
    let who = caller.acting().await?;
    licensees::set_enabled(
        &caller.state.db,
        &who,
        &who.grantor.buyers,
        id.trim(),
        enabled,
    )
    .await
}

/// One page of the licensees list (the list kit: search, buyer, status, sort, keyset paging).
#[server(prefix = "/sf", endpoint = "licensees/page", input = Json, client = crate::offline::LastSeen)]
pub async fn licensees_page(params: ListParams) -> Result<ListPage<LicenseeDto>, AppError> {
    let caller = Caller::require(Module::Licensees, Level::View).await?;
    let scope = caller.buyer_scope().await?;
    licensees::list_page(&caller.state.db, caller.account_id(), &scope, &params).await
}

/// Every licensee that matches the list's filters, as CSV (all pages, not only the one shown).
#[server(prefix = "/sf", endpoint = "licensees/export", input = Json)]
pub async fn export_licensees_csv(params: ListParams) -> Result<String, AppError> {
    let caller = Caller::require(Module::Licensees, Level::View).await?;
    let scope = caller.buyer_scope().await?;
    let (db, account) = (&caller.state.db, caller.account_id());
    crate::util::exports::all_pages(
        crate::util::exports::LICENSEES_HEADER,
        crate::util::exports::licensee_line,
        |cursor| {
            let p = ListParams {
                limit: 100,
                cursor,
                ..params.clone()
            };
            let scope = &scope;
            async move {
                let page = licensees::list_page(db, account, scope, &p).await?;
                Ok((page.rows, page.next_cursor))
            }
        },
    )
    .await
}

/// The buyers the caller sees (id and name), for the list's buyer filter.
#[server(prefix = "/sf", endpoint = "licensees/buyer_choices", input = Json, client = crate::offline::LastSeen)]
pub async fn licensee_buyer_choices() -> Result<Vec<crate::model::Named>, AppError> {
    let caller = Caller::require(Module::Licensees, Level::View).await?;
    let scope = caller.buyer_scope().await?;
    crate::backend::services::people::groups::buyer_choices(
        &caller.state.db,
        caller.account_id(),
        &scope,
    )
    .await
}
