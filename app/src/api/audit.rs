use crate::error::AppError;
use crate::model::{AuditFilter, AuditPage, AuditRecordDto, AuditRetention, ChainReport};
#[cfg(feature = "ssr")]
use crate::{
    backend::{
        ctx::Caller,
        services::{
            audit::audit_query,
            audit::audit_retention,
            audit::audit_verify,
            audit::{self, AuditEntry},
        },
    },
    permissions::{Level, Module},
};
use leptos::prelude::*;
use server_fn::codec::Json;

#[server(prefix = "/sf", endpoint = "audit/list", input = Json, client = crate::offline::LastSeen)]
pub async fn list_audit(filter: AuditFilter) -> Result<AuditPage, AppError> {
    let caller = Caller::require(Module::Audit, Level::View).await?;
    audit_query::list(&caller.state.db, caller.account_id(), &filter).await
}

#[server(prefix = "/sf", endpoint = "audit/get", input = Json, client = crate::offline::LastSeen)]
pub async fn get_audit_record(id: String) -> Result<AuditRecordDto, AppError> {
    let caller = Caller::require(Module::Audit, Level::View).await?;
    let r = audit_query::get(&caller.state.db, caller.account_id(), id.trim()).await?;
    Ok(audit::to_dto(r))
}

/// Re-computes the chain now; the check itself is recorded, with its outcome.
#[server(prefix = "/sf", endpoint = "audit/verify", input = Json)]
pub async fn verify_audit_chain() -> Result<ChainReport, AppError> {
    let caller = Caller::require(Module::Audit, Level::View).await?;
    let db = &caller.state.db;
    let report = audit_verify::verify(db, caller.account_id()).await?;
    let summary = match (&report.first_broken, &report.problem) {
        (None, None) => format!("Verified {} records: the chain is intact", report.checked),
        (Some(id), _) => format!("Verification failed at record {id}"),
        (None, Some(p)) => format!("Verification failed: {p}"),
    };
    if !report.intact() {
        tracing::error!(account = %caller.account_id(), ?report, "audit chain verification failed");
    }
    audit::record(
        db,
        caller.account_id(),
        &caller.actor(),
        &caller.client,
        AuditEntry {
            action: "audit.chain.verify".into(),
            object_type: "audit_trail".into(),
            object_id: caller.account_id().into(),
            object_name: "Audit trail".into(),
            summary,
            changes: vec![],
        },
    )
    .await?;
    Ok(report)
}

#[server(prefix = "/sf", endpoint = "audit/retention", input = Json, client = crate::offline::LastSeen)]
pub async fn get_audit_retention() -> Result<AuditRetention, AppError> {
    let caller = Caller::require(Module::Audit, Level::View).await?;
    audit_retention::retention(&caller.state.db, caller.account_id()).await
}

#[server(prefix = "/sf", endpoint = "audit/set_retention", input = Json)]
pub async fn set_audit_retention(
    days: Option<i64>,
    account_revision: i64,
) -> Result<AuditRetention, AppError> {
    let caller = Caller::require(Module::Audit, Level::Edit).await?;
    audit_retention::set_retention(
        &caller.state.db,
        &caller.acting().await?,
        days,
        account_revision,
    )
    .await
}
