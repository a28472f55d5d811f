//! Billing over REST, read only: the account's plan with this period's usage, and a measure
//! day by day (a token needs Billing at view).

use super::extract::Query;
use super::problem::ApiResult;
use super::Api;
use app::backend::clock::now_ms;
use app::backend::services::billing::usage;
use app::model::{BillingOverview, Metric, UsageSeries};
use app::permissions::{Level, Module};
use axum::Json;
use serde::Deserialize;
use utoipa::IntoParams;

/// The account's plan, its price, this period and its usage so far.
#[utoipa::path(get, operation_id = "getBilling", path = "/api/v1/billing", tag = "billing",
    responses((status = 200, body = BillingOverview)))]
pub async fn overview(api: Api) -> ApiResult<Json<BillingOverview>> {
    api.require(Module::Billing, Level::View).await?;
    Ok(Json(
        usage::overview(&api.state.db, api.account_id(), now_ms()).await?,
    ))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct UsageQuery {
    /// The measure.
    pub metric: Metric,
    /// First day, `YYYY-MM-DD` in the account's time zone (default: 29 days before `to`).
    pub from: Option<String>,
    /// Last day, inclusive (default: today); at most 366 days after `from`.
    pub to: Option<String>,
}

/// One measure day by day, every day of the range present.
#[utoipa::path(get, operation_id = "getUsage", path = "/api/v1/billing/usage", tag = "billing",
    params(UsageQuery), responses((status = 200, body = UsageSeries)))]
pub async fn usage_series(api: Api, Query(q): Query<UsageQuery>) -> ApiResult<Json<UsageSeries>> {
    api.require(Module::Billing, Level::View).await?;
    Ok(Json(
        usage::series(
            &api.state.db,
            api.account_id(),
            q.metric,
            q.from.as_deref().unwrap_or(""),
            q.to.as_deref().unwrap_or(""),
            now_ms(),
        )
        .await?,
    ))
}

/// The account's invoices, newest first.
#[utoipa::path(get, operation_id = "listInvoices", path = "/api/v1/billing/invoices", tag = "billing",
    responses((status = 200, body = Vec<app::model::InvoiceDto>)))]
pub async fn invoices(api: Api) -> ApiResult<Json<Vec<app::model::InvoiceDto>>> {
    api.require(Module::Billing, Level::View).await?;
    Ok(Json(
        app::backend::services::billing::invoicing::list(&api.state.db, api.account_id()).await?,
    ))
}

/// One invoice with its lines.
#[utoipa::path(get, operation_id = "getInvoice", path = "/api/v1/billing/invoices/{id}", tag = "billing",
    params(("id" = String, Path, description = "Invoice number (INV-2026-000123)")),
    responses((status = 200, body = app::model::InvoiceDto)))]
pub async fn invoice(
    api: Api,
    axum::extract::Path(id): axum::extract::Path<String>,
) -> ApiResult<Json<app::model::InvoiceDto>> {
    api.require(Module::Billing, Level::View).await?;
    Ok(Json(
        app::backend::services::billing::invoicing::get(&api.state.db, api.account_id(), &id)
            .await?,
    ))
}
