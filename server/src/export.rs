//! Streamed exports of the audit trail, for the console (`GET /export/audit`, session cookie)
//! and the REST API (`GET /api/v1/audit-records/export`).
//!
//! Records go out newest first in batches of 1,000 read by keyset, each batch written to the
//! response as soon as it is read, so an export of a million records holds one batch in
//! memory. Records appended while an export runs are newer than its first batch and are left
//! out, so an export is a consistent snapshot. Every export is itself recorded.

use app::backend::ctx::cookie_value;
use app::backend::services::audit::audit_export::Format;
use app::backend::services::audit::audit_query::Selection;
use app::backend::services::audit::{self, Actor, AuditEntry, ClientInfo};
use app::backend::services::{identity::sessions, people::groups};
use app::backend::AppState;
use app::error::AppError;
use app::model::AuditCriteria;
use app::permissions::{Level, Module};
use axum::body::{Body, Bytes};
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Extension;
use std::collections::HashMap;

const BATCH: u64 = 1000;

/// Checks the criteria, records the export, and starts streaming.
pub async fn audit_response(
    state: &AppState,
    account_id: &str,
    actor: &Actor,
    client: &ClientInfo,
    criteria: &AuditCriteria,
    format: Format,
) -> Result<Response, AppError> {
    let query = app::backend::services::audit::audit_zone::checked(criteria)?;
    let selection = Selection::new(&state.db, account_id, &query).await?;
    let scope = if criteria.is_empty() {
        "all records".to_string()
    } else {
        format!("records matching {}", criteria.to_query())
    };
    audit::record(
        &state.db,
        account_id,
        actor,
        client,
        AuditEntry {
            action: "audit.records.export".into(),
            object_type: "audit_trail".into(),
            object_id: account_id.into(),
            object_name: "Audit trail".into(),
            summary: format!("Exported {scope} as {}", format.label()),
            changes: vec![],
        },
    )
    .await?;
    let db = state.db.clone();
    let account = account_id.to_string();
    let body = futures_util::stream::unfold(Some((None::<i64>, true)), move |cursor| {
        let db = db.clone();
        let selection = selection.clone();
        let account = account.clone();
        async move {
            let (before, first) = cursor?;
            match selection.older(&db, before, BATCH).await {
                Ok(rows) => {
                    let mut chunk = String::new();
                    if first {
                        chunk.push_str(format.header());
                    }
                    let full = rows.len() as u64 == BATCH;
                    let last = rows.last().map(|r| r.seq);
                    for r in rows {
                        chunk.push_str(&format.line(r));
                    }
                    let next = (full && last.is_some()).then_some((last, false));
                    if chunk.is_empty() {
                        return None;
                    }
                    Some((Ok::<_, std::io::Error>(Bytes::from(chunk)), next))
                }
                Err(e) => {
                    // The status line is long gone; cutting the body short is all that is left.
                    tracing::error!(account = %account, error = ?e, "audit export failed mid-stream");
                    Some((Err(std::io::Error::other("export failed")), None))
                }
            }
        }
    });
    let day = app::util::format_day(app::backend::clock::now_ms());
    let filename = format!("audit-{account_id}-{day}.{}", format.extension());
    Response::builder()
        .header(header::CONTENT_TYPE, format.content_type())
        .header(
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{filename}\""),
        )
        .header(header::CACHE_CONTROL, "no-store")
        .body(Body::from_stream(body))
        .map_err(|e| {
            tracing::error!(error = %e, "could not build the export response");
            AppError::Internal
        })
}

fn plain(status: StatusCode, text: &str) -> Response {
    (
        status,
        [(header::CACHE_CONTROL, "no-store")],
        text.to_string(),
    )
        .into_response()
}

/// The console's download link: the signed-in member's current account, Audit view needed.
pub async fn console_audit(
    State(state): State<AppState>,
    headers: HeaderMap,
    client: Option<Extension<ClientInfo>>,
    Query(params): Query<HashMap<String, String>>,
) -> Response {
    let client = client.map(|Extension(c)| c).unwrap_or_default();
    let Some(token) = cookie_value(&headers, sessions::COOKIE) else {
        return plain(
            StatusCode::UNAUTHORIZED,
            "Sign in to export the audit trail.",
        );
    };
    let resolved = match sessions::resolve(&state.db, &token).await {
        Ok(Some(r)) => r,
        Ok(None) => {
            return plain(
                StatusCode::UNAUTHORIZED,
                "Sign in to export the audit trail.",
            )
        }
        Err(e) => return error_response(e),
    };
    if resolved.needs_two_step_setup() {
        return error_response(AppError::TwoStepSetupRequired);
    }
    let permissions = match groups::effective(&state.db, &resolved.membership).await {
        Ok(p) => p,
        Err(e) => return error_response(e),
    };
    let actor = app::backend::services::identity::auth::actor_of(&resolved.user);
    let account_id = resolved.account.id.clone();
    if !permissions.allows(Module::Audit, Level::View) {
        app::backend::services::audit::audit_security::permission_denied(
            &state.db,
            &account_id,
            &actor,
            &client,
            (Module::Audit, Level::View),
            "GET /export/audit",
        )
        .await;
        return plain(
            StatusCode::FORBIDDEN,
            "You don't have permission to do this.",
        );
    }
    let Some(format) = Format::parse(params.get("format").map(String::as_str).unwrap_or("csv"))
    else {
        return plain(StatusCode::BAD_REQUEST, "Choose the format csv or jsonl.");
    };
    let criteria = AuditCriteria::from_pairs(|k| params.get(k).cloned());
    match audit_response(&state, &account_id, &actor, &client, &criteria, format).await {
        Ok(r) => r,
        Err(e) => error_response(e),
    }
}

fn error_response(e: AppError) -> Response {
    let status = StatusCode::from_u16(e.status_code()).unwrap_or(StatusCode::BAD_REQUEST);
    let text = match &e {
        AppError::Validation(fields) => fields
            .iter()
            .map(|(k, v)| format!("{k}: {v}"))
            .collect::<Vec<_>>()
            .join("\n"),
        AppError::Internal => {
            tracing::error!("audit export failed");
            e.to_string()
        }
        other => other.to_string(),
    };
    plain(status, &text)
}
