//! Billing over REST, read only: the account's plan with this period's usage, a measure day
//! by day, and the invoices (list, one, its PDF). A token needs Billing at view.

use super::extract::Query;
use super::paging::{self, Page};
use super::problem::ApiResult;
use super::Api;
use app::backend::clock::now_ms;
use app::backend::services::billing::{invoice_delivery, invoice_list, invoicing, usage};
use app::error::AppError;
use app::i18n::Lang;
use app::model::{BillingOverview, InvoiceDto, InvoiceStatus, ListParams, Metric, UsageSeries};
use app::permissions::{Level, Module};
use axum::extract::Path;
use axum::http::header;
use axum::response::{IntoResponse, Response};
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

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct InvoiceQuery {
    /// Only invoices with this status.
    pub status: Option<InvoiceStatus>,
    /// Issued on or after this day, `YYYY-MM-DD` in the account's time zone.
    pub from: Option<String>,
    /// Issued on or before this day (inclusive).
    pub to: Option<String>,
    /// Page size, 1 to 100 (default 25).
    pub limit: Option<u64>,
    /// The `next_cursor` of the page before.
    pub cursor: Option<String>,
}

/// The account's invoices, newest first, keyset-paged.
#[utoipa::path(get, operation_id = "listInvoices", path = "/api/v1/billing/invoices", tag = "billing",
    params(InvoiceQuery), responses((status = 200, body = Page<InvoiceDto>)))]
pub async fn invoices(
    api: Api,
    Query(q): Query<InvoiceQuery>,
) -> ApiResult<Json<Page<InvoiceDto>>> {
    api.require(Module::Billing, Level::View).await?;
    let limit = paging::limit(q.limit)?;
    let mut params = ListParams {
        limit,
        cursor: paging::cursor(q.cursor.as_deref())?,
        ..Default::default()
    };
    let mut filter = |name: &str, v: Option<String>| {
        if let Some(v) = v.filter(|v| !v.trim().is_empty()) {
            params.filters.insert(name.into(), v);
        }
    };
    filter("status", q.status.map(|s| s.as_str().to_string()));
    filter("from", q.from);
    filter("to", q.to);
    let page = invoice_list::list_page(&api.state.db, api.account_id(), &params).await?;
    Ok(Json(Page::new(page.rows, limit, page.next_cursor)))
}

/// One invoice with its lines.
#[utoipa::path(get, operation_id = "getInvoice", path = "/api/v1/billing/invoices/{id}", tag = "billing",
    params(("id" = String, Path, description = "Invoice number (INV-2026-000123)")),
    responses((status = 200, body = InvoiceDto)))]
pub async fn invoice(api: Api, Path(id): Path<String>) -> ApiResult<Json<InvoiceDto>> {
    api.require(Module::Billing, Level::View).await?;
    Ok(Json(
        invoicing::get(&api.state.db, api.account_id(), &id).await?,
    ))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PdfQuery {
    /// The language of the labels and amounts: en (default), de, es or fr.
    pub lang: Option<String>,
}

/// One invoice as a PDF (fonts embedded, text extractable).
#[utoipa::path(get, operation_id = "getInvoicePdf", path = "/api/v1/billing/invoices/{id}/pdf", tag = "billing",
    params(("id" = String, Path, description = "Invoice number (INV-2026-000123)"), PdfQuery),
    responses((status = 200, description = "The invoice as PDF", content((String = "application/pdf")))))]
pub async fn invoice_pdf(
    api: Api,
    Path(id): Path<String>,
    Query(q): Query<PdfQuery>,
) -> ApiResult<Response> {
    api.require(Module::Billing, Level::View).await?;
    let lang = match q.lang.as_deref().map(str::trim).filter(|l| !l.is_empty()) {
        None => Lang::default(),
        Some(l) => {
            Lang::parse(l).ok_or_else(|| AppError::field("lang", "Choose en, de, es or fr."))?
        }
    };
    let bytes = invoice_delivery::pdf(&api.state.db, api.account_id(), &id, lang).await?;
    let name = invoice_delivery::file_name(id.trim());
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        bytes,
    )
        .into_response())
}
