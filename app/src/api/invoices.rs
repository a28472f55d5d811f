//! Invoices' server functions: the account's list (filters and keyset paging), CSV and PDF
//! (Billing at view), and the operator's status changes and tax rate (Operations only; the
//! services check again).

use crate::error::AppError;
use crate::model::{BillingAdminView, InvoiceDto, InvoiceStatus, ListPage, ListParams};
#[cfg(feature = "ssr")]
use crate::{
    backend::{
        ctx::Caller,
        services::billing::{invoice_admin, invoice_delivery, invoice_list, plans},
    },
    permissions::{Level, Module},
};
use leptos::prelude::*;
use server_fn::codec::Json;

/// One page of the account's invoices (filters `status`, `from`, `to`).
#[server(prefix = "/sf", endpoint = "billing/invoices_page", input = Json, client = crate::offline::LastSeen)]
pub async fn billing_invoices_page(params: ListParams) -> Result<ListPage<InvoiceDto>, AppError> {
    let caller = Caller::require(Module::Billing, Level::View).await?;
    invoice_list::list_page(&caller.state.db, caller.account_id(), &params).await
}

/// Every invoice matching the list's filters, as CSV.
#[server(prefix = "/sf", endpoint = "billing/invoices_export", input = Json)]
pub async fn export_invoices_csv(params: ListParams) -> Result<String, AppError> {
    let caller = Caller::require(Module::Billing, Level::View).await?;
    invoice_list::export_csv(&caller.state.db, caller.account_id(), &params).await
}

/// One of the account's invoices as a PDF in `lang` (base64).
#[server(prefix = "/sf", endpoint = "billing/invoice_pdf", input = Json)]
pub async fn billing_invoice_pdf(id: String, lang: String) -> Result<String, AppError> {
    use base64::Engine;
    let caller = Caller::require(Module::Billing, Level::View).await?;
    let lang = crate::i18n::Lang::parse(&lang).unwrap_or_default();
    let bytes = invoice_delivery::pdf(&caller.state.db, caller.account_id(), &id, lang).await?;
    Ok(base64::engine::general_purpose::STANDARD.encode(bytes))
}

/// A client account's tax rate and latest invoices (Operations).
#[server(prefix = "/sf", endpoint = "operations/account_billing", input = Json, client = crate::offline::LastSeen)]
pub async fn ops_account_billing(account_id: String) -> Result<BillingAdminView, AppError> {
    let caller = Caller::require_operations().await?;
    let db = &caller.state.db;
    let client = crate::backend::services::tenancy::accounts::find(db, &account_id).await?;
    let profile = plans::profile_of(db, &client.id).await?;
    let params = ListParams {
        limit: 12,
        ..Default::default()
    };
    Ok(BillingAdminView {
        tax_rate_bp: profile.tax_rate_bp,
        revision: profile.revision,
        invoices: invoice_list::list_page(db, &client.id, &params).await?.rows,
    })
}

/// Records a client account's open invoice as Paid or Void (Operations).
#[server(prefix = "/sf", endpoint = "operations/set_invoice_status", input = Json)]
pub async fn ops_set_invoice_status(
    account_id: String,
    id: String,
    status: InvoiceStatus,
    revision: i64,
) -> Result<InvoiceDto, AppError> {
    let caller = Caller::require_operations().await?;
    let who = caller.acting().await?;
    invoice_admin::set_status(&caller.state.db, &who, &account_id, &id, status, revision).await
}

/// The tax rate of a client account's next invoices, typed as a percentage (Operations).
#[server(prefix = "/sf", endpoint = "operations/set_tax_rate", input = Json)]
pub async fn ops_set_tax_rate(
    account_id: String,
    rate: String,
    revision: i64,
) -> Result<(), AppError> {
    let caller = Caller::require_operations().await?;
    let bp =
        crate::validation::parse_tax_rate(&rate).map_err(|m| AppError::field("tax_rate", m))?;
    let who = caller.acting().await?;
    invoice_admin::set_tax_rate(&caller.state.db, &who, &account_id, bp, revision).await
}
