use super::extract::Query;
use super::paging::{self, Page};
use super::problem::{ApiError, ApiResult};
use super::Api;
use app::backend::services::audit::audit_export::Format;
use app::backend::services::{audit, audit::audit_query};
use app::error::AppError;
use app::model::{AuditCriteria, AuditFilter, AuditRecordDto};
use app::permissions::{Level, Module};
use axum::extract::Path;
use axum::response::Response;
use axum::Json;
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

/// Kinds of object the trail records.
#[derive(Debug, Clone, Copy, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AuditObjectType {
    Account,
    Membership,
    User,
    Group,
    ApiToken,
    AuditTrail,
    Buyer,
    Licensee,
    Seller,
}

impl AuditObjectType {
    fn key(self) -> &'static str {
        match self {
            AuditObjectType::Account => "account",
            AuditObjectType::Membership => "membership",
            AuditObjectType::User => "user",
            AuditObjectType::Group => "group",
            AuditObjectType::ApiToken => "api_token",
            AuditObjectType::AuditTrail => "audit_trail",
            AuditObjectType::Buyer => "buyer",
            AuditObjectType::Licensee => "licensee",
            AuditObjectType::Seller => "seller",
        }
    }
}

/// The filters, all optional and combinable; the same as the console's.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AuditFilters {
    /// First day included (in `tz`, else UTC).
    #[param(format = Date)]
    pub from: Option<String>,
    /// Last day included (in `tz`, else UTC).
    #[param(format = Date)]
    pub to: Option<String>,
    /// A user or token id (`USR-…`, `TKN-…`), or part of a member's or token's name.
    pub actor: Option<String>,
    /// An action (`users.membership.update`) or a prefix (`users`, `users.invitation`).
    pub action: Option<String>,
    pub object_type: Option<AuditObjectType>,
    pub object_id: Option<String>,
    /// The caller's IP address, exactly.
    pub ip: Option<String>,
    /// Text in the summary.
    pub q: Option<String>,
    /// The IANA time zone `from` and `to` are days in (`Europe/Berlin`); UTC when left out.
    pub tz: Option<String>,
}

impl AuditFilters {
    fn criteria(&self) -> AuditCriteria {
        let s = |v: &Option<String>| v.clone().unwrap_or_default();
        AuditCriteria {
            from: s(&self.from),
            to: s(&self.to),
            actor: s(&self.actor),
            action: s(&self.action),
            object_type: self
                .object_type
                .map(|t| t.key().to_string())
                .unwrap_or_default(),
            object_id: s(&self.object_id),
            ip: s(&self.ip),
            q: s(&self.q),
            tz: s(&self.tz),
        }
    }
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AuditPaging {
    #[param(minimum = 1, maximum = 100)]
    pub limit: Option<u64>,
    pub cursor: Option<String>,
}

/// The account's audit trail, newest first, optionally filtered.
#[utoipa::path(get, operation_id = "listAuditRecords", path = "/api/v1/audit-records", tag = "audit", params(AuditPaging, AuditFilters),
    responses((status = 200, body = Page<AuditRecordDto>)))]
pub async fn list(
    api: Api,
    Query(p): Query<AuditPaging>,
    Query(f): Query<AuditFilters>,
) -> ApiResult<Json<Page<AuditRecordDto>>> {
    api.require(Module::Audit, Level::View).await?;
    let limit = paging::limit(p.limit)?;
    let before = paging::cursor(p.cursor.as_deref())?
        .map(|c| c.parse::<i64>())
        .transpose()
        .map_err(|_| AppError::field("cursor", "This cursor is not valid."))?;
    let filter = AuditFilter {
        limit,
        before,
        after: None,
        criteria: f.criteria(),
    };
    let page = audit_query::list(&api.state.db, api.account_id(), &filter).await?;
    let next = if page.has_older {
        page.records.last().map(|r| r.seq.to_string())
    } else {
        None
    };
    Ok(Json(Page::new(page.records, limit, next)))
}

#[derive(Debug, Clone, Copy, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum ExportFormat {
    Csv,
    Jsonl,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ExportParams {
    /// CSV for spreadsheets, or JSON Lines (every column as recorded, for re-verifying the
    /// hash chain).
    pub format: ExportFormat,
}

/// Every record matching the filters, newest first, streamed.
#[utoipa::path(get, operation_id = "exportAuditRecords", path = "/api/v1/audit-records/export", tag = "audit",
    params(ExportParams, AuditFilters),
    responses((status = 200, description = "The records, one per line", content(
        (String = "text/csv"),
        (String = "application/x-ndjson"),
    ))))]
pub async fn export(
    api: Api,
    Query(e): Query<ExportParams>,
    Query(f): Query<AuditFilters>,
) -> Result<Response, ApiError> {
    api.require(Module::Audit, Level::View).await?;
    let format = match e.format {
        ExportFormat::Csv => Format::Csv,
        ExportFormat::Jsonl => Format::JsonLines,
    };
    Ok(crate::export::audit_response(
        &api.state,
        api.account_id(),
        api.actor(),
        &api.client,
        &f.criteria(),
        format,
    )
    .await?)
}

#[utoipa::path(get, operation_id = "getAuditRecord", path = "/api/v1/audit-records/{id}", tag = "audit",
    params(("id" = String, Path, description = "Audit record id")),
    responses((status = 200, body = AuditRecordDto)))]
pub async fn get(api: Api, Path(id): Path<String>) -> ApiResult<Json<AuditRecordDto>> {
    api.require(Module::Audit, Level::View).await?;
    let r = audit_query::get(&api.state.db, api.account_id(), &id).await?;
    Ok(Json(audit::to_dto(r)))
}
