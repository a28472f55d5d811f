//! Billing's server functions: an account's plan and usage (Billing at view), and the
//! operator's plan catalogue and assignments (Operations only; the services check again).

use crate::error::AppError;
use crate::model::{BillingOverview, PlanDto};
use crate::validation::PlanInput;
#[cfg(feature = "ssr")]
use crate::{
    backend::{
        clock::now_ms,
        ctx::Caller,
        services::billing::{account_billing, plans, usage},
    },
    permissions::{Level, Module},
};
use leptos::prelude::*;
use server_fn::codec::Json;

/// The account's plan, price, period and usage so far.
#[server(prefix = "/sf", endpoint = "billing/overview", input = Json, client = crate::offline::LastSeen)]
pub async fn get_billing_overview() -> Result<BillingOverview, AppError> {
    let caller = Caller::require(Module::Billing, Level::View).await?;
    usage::overview(&caller.state.db, caller.account_id(), now_ms()).await
}

/// The plan catalogue with the number of accounts on each plan (Operations).
#[server(prefix = "/sf", endpoint = "operations/plans", input = Json, client = crate::offline::LastSeen)]
pub async fn ops_list_plans() -> Result<Vec<PlanDto>, AppError> {
    let caller = Caller::require_operations().await?;
    plans::list(&caller.state.db, false).await
}

/// A new plan (`id` empty) or a change to one loaded at `revision`.
#[server(prefix = "/sf", endpoint = "operations/save_plan", input = Json)]
pub async fn ops_save_plan(
    id: String,
    revision: i64,
    input: PlanInput,
) -> Result<PlanDto, AppError> {
    let caller = Caller::require_operations().await?;
    let valid = input.validate().map_err(AppError::Validation)?;
    let who = caller.acting().await?;
    if id.trim().is_empty() {
        plans::create(&caller.state.db, &who, valid).await
    } else {
        plans::update(&caller.state.db, &who, &id, revision, valid).await
    }
}

/// Puts a client account on an active plan (Operations).
#[server(prefix = "/sf", endpoint = "operations/set_account_plan", input = Json)]
pub async fn ops_set_account_plan(
    account_id: String,
    plan_id: String,
) -> Result<PlanDto, AppError> {
    let caller = Caller::require_operations().await?;
    plans::assign(
        &caller.state.db,
        &caller.acting().await?,
        &account_id,
        &plan_id,
    )
    .await
}

/// One measure day by day over the last `days` days (30, 90 or 365) for the usage chart.
#[server(prefix = "/sf", endpoint = "billing/usage", input = Json, client = crate::offline::LastSeen)]
pub async fn get_usage_series(
    metric: crate::model::Metric,
    days: i64,
) -> Result<crate::model::UsageSeries, AppError> {
    let caller = Caller::require(Module::Billing, Level::View).await?;
    if ![30, 90, 365].contains(&days) {
        return Err(AppError::field("days", "Choose 30, 90 or 365 days."));
    }
    let db = &caller.state.db;
    let now = now_ms();
    let tz = crate::backend::services::tenancy::accounts::find(db, caller.account_id())
        .await?
        .timezone;
    let from = crate::backend::services::billing::periods::days_back(now, &tz, days);
    usage::series(db, caller.account_id(), metric, &from, "", now).await
}

/// The active plans to compare and move to (Billing at view).
#[server(prefix = "/sf", endpoint = "billing/plans", input = Json, client = crate::offline::LastSeen)]
pub async fn billing_plans() -> Result<Vec<PlanDto>, AppError> {
    let caller = Caller::require(Module::Billing, Level::View).await?;
    let mut all = plans::list(&caller.state.db, true).await?;
    // How many accounts are on a plan is the operator's business.
    all.iter_mut().for_each(|p| p.accounts = 0);
    Ok(all)
}

/// An upgrade (at once) or a downgrade (at the period's end) of the account's plan.
#[server(prefix = "/sf", endpoint = "billing/change_plan", input = Json)]
pub async fn billing_change_plan(plan_id: String, revision: i64) -> Result<(), AppError> {
    let caller = Caller::require(Module::Billing, Level::Edit).await?;
    account_billing::change_plan(
        &caller.state.db,
        &caller.acting().await?,
        &plan_id,
        revision,
    )
    .await
}

#[server(prefix = "/sf", endpoint = "billing/cancel_downgrade", input = Json)]
pub async fn billing_cancel_downgrade(revision: i64) -> Result<(), AppError> {
    let caller = Caller::require(Module::Billing, Level::Edit).await?;
    account_billing::cancel_downgrade(&caller.state.db, &caller.acting().await?, revision).await
}

/// The payment card: checked here again, and only its brand, last four digits, expiry and
/// holder are kept.
#[server(prefix = "/sf", endpoint = "billing/set_card", input = Json)]
pub async fn billing_set_card(
    card: crate::validation::CardInput,
    revision: i64,
) -> Result<crate::validation::CardSummary, AppError> {
    let caller = Caller::require(Module::Billing, Level::Edit).await?;
    let today = crate::backend::services::billing::periods::year_month(now_ms());
    account_billing::set_card(
        &caller.state.db,
        &caller.acting().await?,
        &account_billing::RecordOnly,
        &card,
        revision,
        today,
    )
    .await
}

#[server(prefix = "/sf", endpoint = "billing/set_contact", input = Json)]
pub async fn billing_set_contact(
    input: crate::validation::BillingContactInput,
    revision: i64,
) -> Result<(), AppError> {
    let caller = Caller::require(Module::Billing, Level::Edit).await?;
    let valid = input.validate().map_err(AppError::Validation)?;
    account_billing::set_contact(&caller.state.db, &caller.acting().await?, valid, revision).await
}

/// One invoice with its lines (Billing at view; only the caller's account's).
#[server(prefix = "/sf", endpoint = "billing/invoice", input = Json, client = crate::offline::LastSeen)]
pub async fn billing_invoice(id: String) -> Result<crate::model::InvoiceDto, AppError> {
    let caller = Caller::require(Module::Billing, Level::View).await?;
    crate::backend::services::billing::invoicing::get(&caller.state.db, caller.account_id(), &id)
        .await
}
