//! Request middleware: client info for the audit trail, the same-origin rule for
//! state-changing requests (CSRF), and request metrics.

use crate::metrics::Metrics;
use app::backend::services::audit::ClientInfo;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{header, HeaderMap, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Instant;

#[derive(Clone)]
pub struct EdgeConfig {
    pub public_origin: Option<String>,
    pub trust_proxy: bool,
}

pub async fn client_info(
    State(cfg): State<Arc<EdgeConfig>>,
    mut req: Request,
    next: Next,
) -> Response {
    let socket_ip = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip().to_string());
    let forwarded = cfg
        .trust_proxy
        .then(|| {
            req.headers()
                .get("x-forwarded-for")
                .and_then(|v| v.to_str().ok())
        })
        .flatten()
        .and_then(|v| v.split(',').next())
        .map(|v| v.trim().to_string());
    let ip = forwarded.or(socket_ip).unwrap_or_else(|| "unknown".into());
    let user_agent = req
        .headers()
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    req.extensions_mut().insert(ClientInfo { ip, user_agent });
    next.run(req).await
}

fn origin_allowed(headers: &HeaderMap, cfg: &EdgeConfig) -> bool {
    match headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        Some(origin) => match &cfg.public_origin {
            Some(public) => origin == public,
            None => {
                let host = headers
                    .get(header::HOST)
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("");
                let origin_host = origin.split_once("://").map(|(_, h)| h).unwrap_or("");
                !host.is_empty() && origin_host == host
            }
        },
        // Browsers always send Origin on cross-site POSTs; without it, only trust the fetch
        // metadata that says the request came from this site.
        None => headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) == Some("same-origin"),
    }
}

/// Refuses every state-changing request that does not come from the console's own origin.
pub async fn same_origin_only(
    State(cfg): State<Arc<EdgeConfig>>,
    req: Request,
    next: Next,
) -> Response {
    let safe = matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if !safe && !origin_allowed(req.headers(), &cfg) {
        tracing::warn!(path = %req.uri().path(), origin = ?req.headers().get(header::ORIGIN), "cross-origin request refused");
        return (
            StatusCode::FORBIDDEN,
            [(header::CONTENT_TYPE, "application/json")],
            r#"{"error":"cross-origin request refused"}"#,
        )
            .into_response();
    }
    next.run(req).await
}

pub async fn track(State(metrics): State<Arc<Metrics>>, req: Request, next: Next) -> Response {
    let class = crate::metrics::route_class(req.uri().path());
    let start = Instant::now();
    let res = next.run(req).await;
    metrics.observe(class, res.status().as_u16(), start.elapsed());
    res
}
