use super::extract::Query;
use super::paging::{self, Page};
use super::problem::ApiResult;
use super::Api;
use app::backend::entities::audit_record;
use app::backend::services::audit;
use app::error::AppError;
use app::model::{AuditFilter, AuditRecordDto};
use app::permissions::{Level, Module};
use axum::extract::Path;
use axum::Json;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde::Deserialize;
use utoipa::IntoParams;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AuditQuery {
    #[param(minimum = 1, maximum = 100)]
    pub limit: Option<u64>,
    pub cursor: Option<String>,
}

/// The account's audit trail, newest first.
#[utoipa::path(get, path = "/api/v1/audit-records", tag = "audit", params(AuditQuery),
    responses((status = 200, body = Page<AuditRecordDto>)))]
pub async fn list(api: Api, Query(q): Query<AuditQuery>) -> ApiResult<Json<Page<AuditRecordDto>>> {
    api.require(Module::Audit, Level::View)?;
    let limit = paging::limit(q.limit)?;
    let before = paging::cursor(q.cursor.as_deref())?
        .map(|c| c.parse::<i64>())
        .transpose()
        .map_err(|_| AppError::field("cursor", "This cursor is not valid."))?;
    let filter = AuditFilter {
        limit,
        before,
        after: None,
    };
    let page = audit::list(&api.state.db, api.account_id(), &filter).await?;
    let next = if page.has_older {
        page.records.last().map(|r| r.seq.to_string())
    } else {
        None
    };
    Ok(Json(Page::new(page.records, limit, next)))
}

#[utoipa::path(get, path = "/api/v1/audit-records/{id}", tag = "audit",
    params(("id" = String, Path, description = "Audit record id")),
    responses((status = 200, body = AuditRecordDto)))]
pub async fn get(api: Api, Path(id): Path<String>) -> ApiResult<Json<AuditRecordDto>> {
    api.require(Module::Audit, Level::View)?;
    let r = audit_record::Entity::find()
        .filter(audit_record::Column::AccountId.eq(api.account_id()))
        .filter(audit_record::Column::Id.eq(id))
        .one(&api.state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Json(audit::to_dto(r)))
}
