use crate::error::AppError;
use crate::model::{
    NewToken, TokenDto, TokenFilter, TokenPolicy, TokenStatusChange, TokenUpdate, TokensPage,
};
use crate::validation::TokenInput;
#[cfg(feature = "ssr")]
use crate::{
    backend::{
        clock::now_ms,
        ctx::Caller,
        services::{
            tokens::api_tokens::{self, Creator},
            tokens::token_list,
            tokens::token_policy,
        },
    },
    permissions::{Level, Module},
};
use leptos::prelude::*;
use server_fn::codec::Json;

#[server(prefix = "/sf", endpoint = "tokens/list", input = Json, client = crate::offline::LastSeen)]
pub async fn list_tokens(filter: TokenFilter) -> Result<TokensPage, AppError> {
    let caller = Caller::require(Module::ApiTokens, Level::View).await?;
    token_list::list(&caller.state.db, caller.account_id(), &filter).await
}

/// Every token that matches the list's filters, as CSV (all pages, not only the one shown).
#[server(prefix = "/sf", endpoint = "tokens/export", input = Json)]
pub async fn export_tokens_csv(filter: TokenFilter) -> Result<String, AppError> {
    let caller = Caller::require(Module::ApiTokens, Level::View).await?;
    let (db, account) = (&caller.state.db, caller.account_id());
    crate::util::exports::all_pages(
        crate::util::exports::TOKENS_HEADER,
        crate::util::exports::token_line,
        |cursor| {
            let f = TokenFilter {
                limit: 100,
                cursor,
                ..filter.clone()
            };
            async move {
                let page = token_list::list(db, account, &f).await?;
                Ok((page.rows, page.next_cursor))
            }
        },
    )
    .await
}

/// One token of the account (the token's details page).
#[server(prefix = "/sf", endpoint = "tokens/get", input = Json, client = crate::offline::LastSeen)]
pub async fn get_token(id: String) -> Result<TokenDto, AppError> {
    let caller = Caller::require(Module::ApiTokens, Level::View).await?;
    api_tokens::get(&caller.state.db, caller.account_id(), id.trim()).await
}

#[server(prefix = "/sf", endpoint = "tokens/create", input = Json)]
pub async fn create_token(input: TokenInput) -> Result<NewToken, AppError> {
    let caller = Caller::require(Module::ApiTokens, Level::Edit).await?;
    let db = &caller.state.db;
    let policy = token_policy::policy(db, caller.account_id()).await?;
    let valid = input
        .validate(now_ms(), policy.max_days)
        .map_err(AppError::Validation)?;
    let creator = Creator {
        membership: caller.resolved.membership.clone(),
        user: caller.resolved.user.clone(),
        permissions: caller.permissions.clone(),
    };
    api_tokens::create(db, &caller.acting().await?, &creator, valid).await
}

#[server(prefix = "/sf", endpoint = "tokens/update", input = Json)]
pub async fn update_token(id: String, input: TokenUpdate) -> Result<TokenDto, AppError> {
    let caller = Caller::require(Module::ApiTokens, Level::Edit).await?;
    api_tokens::update(&caller.state.db, &id, &caller.acting().await?, &input).await
}

/// Enable ("Active"), disable ("Disabled") or delete ("Deleted").
#[server(prefix = "/sf", endpoint = "tokens/set_status", input = Json)]
pub async fn set_token_status(id: String, status: TokenStatusChange) -> Result<TokenDto, AppError> {
    let caller = Caller::require(Module::ApiTokens, Level::Edit).await?;
    api_tokens::set_status(&caller.state.db, &id, status, &caller.acting().await?).await
}

/// New secret; the old one stops at once (`grace_hours` 0) or after up to 168 hours.
#[server(prefix = "/sf", endpoint = "tokens/rotate", input = Json)]
pub async fn rotate_token(id: String, grace_hours: i64) -> Result<NewToken, AppError> {
    let caller = Caller::require(Module::ApiTokens, Level::Edit).await?;
    api_tokens::rotate(
        &caller.state.db,
        &id,
        grace_hours.saturating_mul(3_600_000),
        &caller.acting().await?,
    )
    .await
}

#[server(prefix = "/sf", endpoint = "tokens/policy", input = Json, client = crate::offline::LastSeen)]
pub async fn get_token_policy() -> Result<TokenPolicy, AppError> {
    let caller = Caller::require(Module::ApiTokens, Level::View).await?;
    token_policy::policy(&caller.state.db, caller.account_id()).await
}

/// The account's cap on token lifetimes: an account setting, so it needs Account edit rights.
#[server(prefix = "/sf", endpoint = "tokens/set_policy", input = Json)]
pub async fn set_token_policy(
    max_days: Option<i64>,
    account_revision: i64,
) -> Result<TokenPolicy, AppError> {
    let caller = Caller::require(Module::Account, Level::Edit).await?;
    if !caller.permissions.allows(Module::ApiTokens, Level::Edit) {
        return Err(AppError::Forbidden);
    }
    token_policy::set_policy(
        &caller.state.db,
        &caller.acting().await?,
        max_days,
        account_revision,
    )
    .await
}
