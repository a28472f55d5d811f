//! Request middleware: client info for the audit trail, the same-origin rule for
//! state-changing requests (CSRF), and request metrics.
//!
//! The client's address is the socket's, unless `TRUST_PROXY` says how many reverse proxies of
//! ours stand in front: then it is the entry the outermost of them appended to
//! X-Forwarded-For, counted from the right. Entries to its left came from the client, who can
//! write anything there, so they are never used.

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
    /// Reverse proxies of ours in front of the server (0: none, headers ignored).
    pub proxy_hops: usize,
}

/// The address our outermost proxy appended (see the module docs), else the socket's.
pub fn client_ip(headers: &HeaderMap, socket: Option<String>, hops: usize) -> String {
    if hops > 0 {
        let entries: Vec<&str> = headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .collect();
        if entries.len() >= hops {
            if let Ok(ip) = entries[entries.len() - hops].parse::<std::net::IpAddr>() {
                return ip.to_string();
            }
        }
    }
    socket.unwrap_or_else(|| "unknown".into())
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
    let ip = client_ip(req.headers(), socket_ip, cfg.proxy_hops);
    let user_agent = req
        .headers()
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    req.extensions_mut().insert(ClientInfo { ip, user_agent });
    next.run(req).await
}

/// Scheme, host and port must all be the console's: `PUBLIC_URL` when set, else this server
/// (plain HTTP, or what our proxy says it was when `TRUST_PROXY` is set).
fn origin_allowed(headers: &HeaderMap, cfg: &EdgeConfig) -> bool {
    match headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        Some(origin) => match &cfg.public_origin {
            Some(public) => origin == public,
            None => {
                let host = headers
                    .get(header::HOST)
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("");
                let scheme = if cfg.proxy_hops > 0 {
                    headers
                        .get("x-forwarded-proto")
                        .and_then(|v| v.to_str().ok())
                        .and_then(|v| v.rsplit(',').next())
                        .map(str::trim)
                        .filter(|s| *s == "https")
                        .unwrap_or("http")
                } else {
                    "http"
                };
                !host.is_empty() && origin == format!("{scheme}://{host}")
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
    let path = req.uri().path().to_owned();
    let start = Instant::now();
    let res = next.run(req).await;
    let matched = res
        .extensions()
        .get::<crate::metrics::RouteLabel>()
        .map(|r| r.0.as_str());
    let route = crate::metrics::route_label(&path, matched);
    metrics.observe(route, res.status().as_u16(), start.elapsed());
    res
}

/// Every request body has a limit (`BODY_LIMIT`, the picture upload `PICTURE_BODY_LIMIT`):
/// a declared length over it is refused at once, a longer stream fails when it passes it.
pub async fn limit_body(req: Request, next: Next) -> Response {
    let limit = if req.uri().path() == "/sf/me/picture" {
        crate::PICTURE_BODY_LIMIT
    } else {
        crate::BODY_LIMIT
    };
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        return StatusCode::PAYLOAD_TOO_LARGE.into_response();
    }
    let (parts, body) = req.into_parts();
    let body = axum::body::Body::new(http_body_util::Limited::new(body, limit));
    next.run(Request::from_parts(parts, body)).await
}

/// A body over the limit is refused with 413, as plain text; clients of the
/// REST API and the console get an RFC 9457 problem document like every other error.
pub async fn too_large_as_problem(req: Request, next: Next) -> Response {
    let res = next.run(req).await;
    if res.status() != StatusCode::PAYLOAD_TOO_LARGE {
        return res;
    }
    crate::rest::problem_response(
        StatusCode::PAYLOAD_TOO_LARGE,
        "too-large",
        "Request body too large",
        "The request body is larger than this operation takes (2 MB; a profile picture 8 MB)."
            .into(),
        None,
    )
}
