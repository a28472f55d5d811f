//! REST calls as a script makes them: a bearer token or HTTP Basic, JSON in, problem details out.

use super::{account_with, Client, Reply, TestApp, PASSWORD};
use app::permissions::Role;
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use serde_json::{json, Value};
use tower::ServiceExt;

/// One REST call: `auth` is the whole Authorization header value.
pub async fn api(
    app: &TestApp,
    method: &str,
    path: &str,
    auth: Option<&str>,
    body: Option<Value>,
) -> Reply {
    let mut req = Request::builder()
        .method(method)
        .uri(path)
        .header(header::HOST, "console.test")
        .header(header::USER_AGENT, "api-test");
    if let Some(a) = auth {
        req = req.header(header::AUTHORIZATION, a);
    }
    let req = match body {
        Some(b) => req
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(b.to_string())),
        None => req.body(Body::empty()),
    };
    let res = app.router.clone().oneshot(req.unwrap()).await.unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let bytes = axum::body::to_bytes(res.into_body(), 10 << 20)
        .await
        .unwrap();
    let body = serde_json::from_slice(&bytes).unwrap_or_else(|_| {
        if bytes.is_empty() {
            Value::Null
        } else {
            Value::String(String::from_utf8_lossy(&bytes).into())
        }
    });
    Reply {
        status,
        headers,
        body,
    }
}

/// Every module that exists at edit (a token of an Admin that acts as a full Admin).
pub fn all_modules() -> Value {
    Value::Object(
        app::permissions::Module::ALL
            .iter()
            .filter(|m| m.exists())
            .map(|m| {
                let key = serde_json::to_value(m)
                    .unwrap()
                    .as_str()
                    .unwrap()
                    .to_string();
                (key, json!("edit"))
            })
            .collect(),
    )
}

/// Exactly the rights the signed-in client holds, as token modules.
pub async fn my_modules(c: &mut Client) -> Value {
    let s = c.call("/sf/auth/session", json!({})).await.body;
    let perms: app::permissions::Permissions =
        serde_json::from_value(s["permissions"].clone()).unwrap();
    Value::Object(
        perms
            .levels
            .iter()
            .filter(|(m, l)| **l != app::permissions::Level::None && m.exists())
            .map(|(m, l)| {
                let key = serde_json::to_value(m)
                    .unwrap()
                    .as_str()
                    .unwrap()
                    .to_string();
                (key, json!(l.as_str()))
            })
            .collect(),
    )
}

pub fn bearer(secret: &str) -> String {
    format!("Bearer {secret}")
}

pub async fn admin(app: &TestApp) -> (String, String, Client) {
    let (account, email) = account_with(&app.state, "Acme", Role::Admin).await;
    let mut c = Client::new(app);
    assert_eq!(c.sign_in(&email, PASSWORD).await.status, StatusCode::OK);
    (account, email, c)
}

pub async fn create_token(c: &mut Client, modules: Value) -> (String, String) {
    let r = c
        .call(
            "/sf/tokens/create",
            json!({"input": {"name": "CI", "modules": modules, "expires_in_days": 30}}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    (
        r.body["token"]["id"].as_str().unwrap().to_string(),
        r.body["secret"].as_str().unwrap().to_string(),
    )
}

pub fn is_problem(r: &Reply, status: u16) {
    assert_eq!(r.status.as_u16(), status, "{:?}", r.body);
    assert_eq!(r.headers[header::CONTENT_TYPE], "application/problem+json");
    assert_eq!(r.body["status"], status);
    assert!(r.body["type"]
        .as_str()
        .unwrap()
        .starts_with("/api/v1/problems/"));
}

/// A script with one Authorization header, for tests that make many calls as one caller.
pub struct Script<'a> {
    pub app: &'a TestApp,
    pub auth: String,
}

impl<'a> Script<'a> {
    pub fn token(app: &'a TestApp, secret: &str) -> Self {
        Script {
            app,
            auth: bearer(secret),
        }
    }

    pub async fn get(&self, path: &str) -> Reply {
        api(self.app, "GET", path, Some(&self.auth), None).await
    }

    /// `Value::Null` sends no body.
    pub async fn send(&self, method: &str, path: &str, body: Value) -> Reply {
        let body = (!body.is_null()).then_some(body);
        api(self.app, method, path, Some(&self.auth), body).await
    }

    /// Sends, and checks that the answer is a problem with `status`.
    pub async fn problem(&self, method: &str, path: &str, body: Value, status: u16) -> Reply {
        let r = self.send(method, path, body).await;
        is_problem(&r, status);
        r
    }
}
