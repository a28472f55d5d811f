//! Sign-in, sessions, throttling and CSRF over HTTP, on SQLite and PostgreSQL.

use crate::common::*;
use app::permissions::Role;
use axum::http::StatusCode;
use serde_json::json;

#[tokio::test]
async fn sign_in_sets_a_strict_http_only_session_and_sign_out_ends_it() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (account, email) = account_with(&app.state, "Acme", Role::Admin).await;
        let mut c = Client::new(&app);
        let r = c.sign_in(&email, PASSWORD).await;
        assert_eq!(r.status, StatusCode::OK, "{backend}: {:?}", r.body);
        assert_eq!(r.body["account_id"], account.as_str());
        let set = r
            .headers
            .get("set-cookie")
            .unwrap()
            .to_str()
            .unwrap()
            .to_string();
        assert!(
            set.contains("HttpOnly") && set.contains("SameSite=Strict"),
            "{backend}: {set}"
        );
        let first_cookie = c.cookie.clone().unwrap();

        let s = c.call("/sf/auth/session", json!({})).await;
        assert_eq!(s.body["email"], email.as_str(), "{backend}");

        // Signing in again issues a new session id.
        let mut c2 = Client::new(&app);
        c2.sign_in(&email, PASSWORD).await;
        assert_ne!(c2.cookie.clone().unwrap(), first_cookie, "{backend}");

        let out = c.call("/sf/auth/sign_out", json!({})).await;
        assert_eq!(out.status, StatusCode::OK, "{backend}");
        // The old cookie no longer works, even when replayed.
        let mut replay = Client::new(&app);
        replay.cookie = Some(first_cookie);
        let gone = replay.call("/sf/account/get", json!({})).await;
        assert_eq!(gone.status, StatusCode::UNAUTHORIZED, "{backend}");
        let session = replay.call("/sf/auth/session", json!({})).await;
        assert_eq!(session.body, serde_json::Value::Null, "{backend}");
        // The other session is untouched.
        assert_eq!(
            c2.call("/sf/account/get", json!({})).await.status,
            StatusCode::OK,
            "{backend}"
        );
    }
}

#[tokio::test]
async fn unknown_email_and_wrong_password_get_the_same_answer() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (_, email) = account_with(&app.state, "Acme", Role::Admin).await;
        let mut c = Client::new(&app);
        let wrong = c.sign_in(&email, "Wrong!pass1").await;
        let unknown = c.sign_in("nobody@example.com", "Wrong!pass1").await;
        assert_eq!(wrong.status, StatusCode::BAD_REQUEST, "{backend}");
        assert_eq!(wrong.status, unknown.status, "{backend}");
        assert_eq!(wrong.body, unknown.body, "{backend}");
        assert!(c.cookie.is_none(), "{backend}: no session after failures");
    }
}

#[tokio::test]
async fn repeated_failures_are_throttled_with_a_clear_wait() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (_, email) = account_with(&app.state, "Acme", Role::Admin).await;
        let mut c = Client::new(&app);
        for _ in 0..5 {
            c.sign_in(&email, "Wrong!pass1").await;
        }
        // Even the right password is refused while the lock lasts.
        let r = c.sign_in(&email, PASSWORD).await;
        assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS, "{backend}");
        let secs: u64 = r
            .headers
            .get("retry-after")
            .unwrap()
            .to_str()
            .unwrap()
            .parse()
            .unwrap();
        assert!(secs > 0 && secs <= 300, "{backend}: {secs}");
        assert!(
            r.body["Throttled"].as_u64().is_some(),
            "{backend}: {:?}",
            r.body
        );
        // Another person is not affected by this e-mail's lock.
        let (_, other) = account_with(&app.state, "Other", Role::Admin).await;
        assert_eq!(
            Client::new(&app).sign_in(&other, PASSWORD).await.status,
            StatusCode::OK,
            "{backend}"
        );
    }
}

#[tokio::test]
async fn state_changing_requests_from_another_origin_are_refused() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (_, email) = account_with(&app.state, "Acme", Role::Admin).await;
        let mut c = Client::new(&app);
        c.sign_in(&email, PASSWORD).await;
        let valid = json!({"input": {"name": "Hijacked"}, "revision": 1});

        c.origin = Some("https://evil.example".into());
        assert_eq!(
            c.call("/sf/account/update", valid.clone()).await.status,
            StatusCode::FORBIDDEN,
            "{backend}"
        );
        c.origin = None;
        assert_eq!(
            c.call("/sf/account/update", valid.clone()).await.status,
            StatusCode::FORBIDDEN,
            "{backend}"
        );
        c.origin = Some(ORIGIN.into());
        let ok = c.call("/sf/account/get", json!({})).await;
        assert_eq!(
            ok.body["fields"]["name"], "Acme",
            "{backend}: nothing changed"
        );
    }
}

#[tokio::test]
async fn health_and_metrics_answer() {
    for (backend, db) in databases().await {
        let app = app_with(db, |s| s.metrics_token = Some("scrape-secret".into())).await;
        let mut c = Client::new(&app);
        let h = c.get("/healthz").await;
        assert_eq!(h.status, StatusCode::OK, "{backend}");
        assert_eq!(h.body["status"], "ok");
        // On the console's address the metrics need the bearer secret.
        assert_eq!(c.get("/metrics").await.status, StatusCode::NOT_FOUND);
        let wrong = rest::api(&app, "GET", "/metrics", Some("Bearer guess"), None).await;
        assert_eq!(wrong.status, StatusCode::NOT_FOUND, "{backend}");
        let m = rest::api(&app, "GET", "/metrics", Some("Bearer scrape-secret"), None).await;
        assert_eq!(m.status, StatusCode::OK, "{backend}");
        let text = m.body.as_str().unwrap_or_default().to_string();
        assert!(
            text.contains("http_requests_total{route=\"/healthz\",status=\"2xx\"} 1"),
            "{backend}: {text}"
        );
        let api = c.get("/api/nothing-here").await;
        assert_eq!(api.status, StatusCode::NOT_FOUND, "{backend}");
        // Per route: the template, not the id a client sent; unknown paths share one label.
        c.get("/api/v1/users/AUSR-0000-0000-0000-0000").await;
        let m = rest::api(&app, "GET", "/metrics", Some("Bearer scrape-secret"), None).await;
        let text = m.body.as_str().unwrap_or_default().to_string();
        assert!(
            text.contains("http_requests_total{route=\"/api/v1/users/{id}\",status=\"4xx\"} 1"),
            "{backend}: {text}"
        );
        assert!(text.contains("route=\"/api/unknown\""), "{backend}: {text}");
        assert!(
            text.contains("http_request_duration_seconds_bucket{route=\"/healthz\",le=\"0.001\"}"),
            "{backend}: {text}"
        );
    }
}
