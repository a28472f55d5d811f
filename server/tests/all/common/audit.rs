//! Helpers for the audit trail tests: requests from a known address and browser, and the
//! whole trail of an account.

use super::{TestApp, ORIGIN};
use app::backend::entities::audit_record;
use app::backend::services::audit::audit_query::Selection;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{header, Request, StatusCode};
use serde_json::Value;
use std::net::SocketAddr;
use tower::ServiceExt;

pub const UA: &str = "audit-test-agent/1.0";
pub const FROM_IP: &str = "203.0.113.77";

/// A request from a known address and browser, with optional session cookie or credentials.
pub async fn send(
    app: &TestApp,
    method: &str,
    path: &str,
    cookie: Option<&str>,
    auth: Option<&str>,
    body: Option<Value>,
) -> (StatusCode, String) {
    let mut req = Request::builder()
        .method(method)
        .uri(path)
        .header(header::HOST, "console.test")
        .header(header::ORIGIN, ORIGIN)
        .header(header::USER_AGENT, UA);
    if let Some(c) = cookie {
        req = req.header(header::COOKIE, c);
    }
    if let Some(a) = auth {
        req = req.header(header::AUTHORIZATION, a);
    }
    let mut req = match body {
        Some(b) => req
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(b.to_string())),
        None => req.body(Body::empty()),
    }
    .unwrap();
    let addr: SocketAddr = format!("{FROM_IP}:40000").parse().unwrap();
    req.extensions_mut().insert(ConnectInfo(addr));
    let res = app.router.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let bytes = axum::body::to_bytes(res.into_body(), 64 << 20)
        .await
        .unwrap();
    (status, String::from_utf8_lossy(&bytes).into_owned())
}

pub async fn all_records(app: &TestApp, account: &str) -> Vec<audit_record::Model> {
    let sel = Selection::new(&app.state.db, account, &Default::default())
        .await
        .unwrap();
    sel.older(&app.state.db, None, 1_000_000).await.unwrap()
}

pub async fn records_of(app: &TestApp, account: &str, action: &str) -> Vec<audit_record::Model> {
    all_records(app, account)
        .await
        .into_iter()
        .filter(|r| r.action == action)
        .collect()
}
