use crate::error::AppError;
use crate::model::{AuditFilter, AuditPage};
#[cfg(feature = "ssr")]
use crate::{
    backend::{
        ctx::{respond, Caller},
        services::audit,
    },
    permissions::{Level, Module},
};
use leptos::prelude::*;
use server_fn::codec::Json;

#[server(prefix = "/sf", endpoint = "audit/list", input = Json)]
pub async fn list_audit(filter: AuditFilter) -> Result<AuditPage, AppError> {
    respond(async move {
        let caller = Caller::require(Module::Audit, Level::View).await?;
        audit::list(&caller.state.db, caller.account_id(), &filter).await
    })
    .await
}
