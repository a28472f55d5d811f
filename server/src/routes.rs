//! Small handlers: health, metrics, account logos, profile pictures.

use crate::metrics::Metrics;
use app::backend::ctx::cookie_value;
use app::backend::services::{identity::picture, identity::sessions, tenancy::accounts};
use app::backend::AppState;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use std::sync::Arc;

pub async fn healthz(State(state): State<AppState>) -> Response {
    match state.db.ping().await {
        Ok(()) => (
            [(header::CACHE_CONTROL, "no-store")],
            axum::Json(serde_json::json!({"status": "ok"})),
        )
            .into_response(),
        Err(e) => {
            tracing::error!(error = %e, "health check: database unreachable");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                axum::Json(serde_json::json!({"status": "unavailable"})),
            )
                .into_response()
        }
    }
}

pub async fn metrics(State(metrics): State<Arc<Metrics>>) -> Response {
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        metrics.render(),
    )
        .into_response()
}

/// `/metrics` on the console's own address: only with `Authorization: Bearer <METRICS_TOKEN>`
/// (compared in constant time). Without a configured token it does not exist here; the
/// metrics are then served on `METRICS_BIND` only.
pub async fn metrics_with_token(
    State((metrics, token)): State<(Arc<Metrics>, Option<String>)>,
    headers: HeaderMap,
) -> Response {
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    match (token, given) {
        (Some(want), Some(got))
            if app::backend::crypto::constant_time_eq(want.as_bytes(), got.as_bytes()) =>
        {
            self::metrics(State(metrics)).await
        }
        _ => (StatusCode::NOT_FOUND, "Not found").into_response(),
    }
}

/// A logo is only served to signed-in members of its account. It is shown through `<img>` and
/// sandboxed by CSP, so even an SVG cannot run anything.
pub async fn logo(
    State(state): State<AppState>,
    Path(account_id): Path<String>,
    headers: HeaderMap,
) -> Response {
    let not_found = || (StatusCode::NOT_FOUND, "Not found").into_response();
    let Some(token) = cookie_value(&headers, sessions::COOKIE) else {
        return (StatusCode::UNAUTHORIZED, "Sign in").into_response();
    };
    let Ok(Some(resolved)) = sessions::resolve(&state.db, &token).await else {
        return (StatusCode::UNAUTHORIZED, "Sign in").into_response();
    };
    let member = sessions::memberships_of(&state.db, &resolved.user.id)
        .await
        .map(|ms| ms.iter().any(|m| m.account_id == account_id))
        .unwrap_or(false);
    if !member {
        return not_found();
    }
    let Ok(acc) = accounts::find(&state.db, &account_id).await else {
        return not_found();
    };
    match (acc.logo, acc.logo_type) {
        (Some(bytes), Some(kind)) => (
            [
                (header::CONTENT_TYPE, kind),
                (header::CACHE_CONTROL, "private, max-age=300".to_string()),
                (
                    header::CONTENT_SECURITY_POLICY,
                    "default-src 'none'; style-src 'unsafe-inline'; sandbox".to_string(),
                ),
                (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_string()),
            ],
            bytes,
        )
            .into_response(),
        _ => not_found(),
    }
}

/// A profile picture, to the person and to whoever shares an account with them; anyone else
/// gets the same 404 as for a person without a picture. Always a PNG we encoded ourselves.
pub async fn avatar(
    State(state): State<AppState>,
    Path(user_id): Path<String>,
    headers: HeaderMap,
) -> Response {
    let Some(token) = cookie_value(&headers, sessions::COOKIE) else {
        return (StatusCode::UNAUTHORIZED, "Sign in").into_response();
    };
    let Ok(Some(resolved)) = sessions::resolve(&state.db, &token).await else {
        return (StatusCode::UNAUTHORIZED, "Sign in").into_response();
    };
    match picture::for_viewer(&state.db, &resolved.user.id, &user_id).await {
        Ok(Some(png)) => (
            [
                (header::CONTENT_TYPE, "image/png"),
                (header::CACHE_CONTROL, "private, max-age=300"),
                (
                    header::CONTENT_SECURITY_POLICY,
                    "default-src 'none'; sandbox",
                ),
                (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
            ],
            png,
        )
            .into_response(),
        Ok(None) => (StatusCode::NOT_FOUND, "Not found").into_response(),
        Err(_) => (StatusCode::INTERNAL_SERVER_ERROR, "Error").into_response(),
    }
}
