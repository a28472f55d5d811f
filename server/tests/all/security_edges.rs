//! The edges an attacker probes: links in e-mails, throttling, the client address behind a
//! proxy, a lock that keeps an owner out, response headers, the same-origin rule, SVG logos,
//! hidden characters in names, oversized bodies and the modes of the files with secrets.

use crate::common::audit::records_of;
use crate::common::rest::*;
use crate::common::*;
use app::permissions::Role;
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use serde_json::{json, Value};
use tower::ServiceExt;

/// A POST with the headers given (no defaults but the JSON content type).
async fn post(app: &TestApp, path: &str, body: Value, headers: &[(&str, &str)]) -> Reply {
    let body = body.to_string();
    let mut req = Request::post(path)
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::CONTENT_LENGTH, body.len());
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let res = app
        .router
        .clone()
        .oneshot(req.body(Body::from(body)).unwrap())
        .await
        .unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let bytes = axum::body::to_bytes(res.into_body(), 1 << 20)
        .await
        .unwrap();
    Reply {
        status,
        headers,
        body: serde_json::from_slice(&bytes)
            .unwrap_or(Value::String(String::from_utf8_lossy(&bytes).into())),
    }
}

/// Waits for the background queueing of reset mails, then returns every reset token mailed.
async fn reset_tokens(app: &TestApp, to: &str, at_least: usize) -> Vec<String> {
    for _ in 0..100 {
        let tokens: Vec<String> = mails_to(&app.state, to)
            .await
            .iter()
            .flat_map(|m| link_tokens(m, "reset-password?token"))
            .collect();
        if tokens.len() >= at_least {
            return tokens;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    panic!("fewer than {at_least} reset mails to {to}");
}

#[tokio::test]
async fn reset_links_never_come_from_the_host_header() {
    for (backend, db) in databases().await {
        let app = app_with(db, |s| s.bind = "127.0.0.1:8080".parse().unwrap()).await;
        let (_, email) = account_with(&app.state, "Acme", Role::Admin).await;
        let forged = [("host", "evil.example"), ("origin", "http://evil.example")];
        let r = post(
            &app,
            "/sf/auth/forgot_password",
            json!({"email": email}),
            &forged,
        )
        .await;
        assert_eq!(r.status, StatusCode::OK, "{backend}: {:?}", r.body);
        reset_tokens(&app, &email, 1).await;
        let mails = mails_to(&app.state, &email).await;
        assert!(
            mails[0].contains("http://127.0.0.1:8080/reset-password?token="),
            "{backend}: {}",
            mails[0]
        );
        assert!(
            !mails.iter().any(|m| m.contains("evil.example")),
            "{backend}"
        );
    }
}

#[tokio::test]
async fn forgot_password_is_limited_and_only_the_newest_link_works() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (_, email) = account_with(&app.state, "Acme", Role::Admin).await;
        let mut c = Client::new(&app);
        let mut answers = vec![];
        for who in [email.as_str(), "ghost@example.com"] {
            for _ in 0..4 {
                answers.push((
                    who,
                    c.call("/sf/auth/forgot_password", json!({"email": who}))
                        .await
                        .status,
                ));
            }
        }
        let statuses: Vec<StatusCode> = answers.iter().map(|(_, s)| *s).collect();
        let four = [
            StatusCode::OK,
            StatusCode::OK,
            StatusCode::OK,
            StatusCode::TOO_MANY_REQUESTS,
        ];
        assert_eq!(statuses[..4], four, "{backend}: a known e-mail");
        assert_eq!(
            statuses[4..],
            four,
            "{backend}: an unknown one answers the same"
        );
        // Three mails, three links: only the newest resets the password.
        let tokens = reset_tokens(&app, &email, 3).await;
        let mut worked = 0;
        for t in &tokens {
            let r = c
                .call(
                    "/sf/auth/reset_password",
                    json!({"token": t, "password": "N3w!password"}),
                )
                .await;
            if r.status == StatusCode::OK {
                worked += 1;
            }
        }
        assert_eq!(worked, 1, "{backend}: {} links, one valid", tokens.len());
    }
}

#[tokio::test]
async fn behind_a_proxy_the_client_address_is_the_one_the_proxy_saw() {
    for (backend, db) in databases().await {
        let app = app_with(db, |s| s.proxy_hops = 1).await;
        let (account, email) = account_with(&app.state, "Acme", Role::Admin).await;
        let mut locked = 0;
        for i in 0..40 {
            // The client writes whatever it likes on the left; our proxy appends the truth.
            let xff = format!("203.0.113.{i}, 198.51.100.7");
            let r = post(
                &app,
                "/sf/auth/sign_in",
                json!({"email": format!("nobody{i}@example.com"), "password": "wrong"}),
                &[
                    ("host", "console.test"),
                    ("origin", "http://console.test"),
                    ("x-forwarded-for", &xff),
                ],
            )
            .await;
            if r.status == StatusCode::TOO_MANY_REQUESTS {
                locked += 1;
            }
        }
        assert_eq!(locked, 10, "{backend}: the IP is locked after 30 failures");
        post(
            &app,
            "/sf/auth/sign_in",
            json!({"email": email, "password": "wrong"}),
            &[
                ("host", "console.test"),
                ("origin", "http://console.test"),
                ("x-forwarded-for", "6.6.6.6, 198.51.100.8"),
            ],
        )
        .await;
        let failed = records_of(&app, &account, "auth.session.sign_in_failed").await;
        assert_eq!(
            failed.last().map(|r| r.ip.as_str()),
            Some("198.51.100.8"),
            "{backend}"
        );
        assert_eq!(
            server::middleware::client_ip(&Default::default(), Some("10.0.0.1".into()), 1),
            "10.0.0.1"
        );
    }
}

#[tokio::test]
async fn a_locked_owner_gets_in_with_the_password_and_an_emailed_link() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (_, email) = account_with(&app.state, "Acme", Role::Admin).await;
        let mut attacker = Client::new(&app);
        for _ in 0..5 {
            attacker.sign_in(&email, "Wrong!pass1").await;
        }
        // Locked: wrong and right passwords get the same answer.
        let wrong = attacker.sign_in(&email, "Wrong!pass1").await;
        let mut owner = Client::new(&app);
        let right = owner.sign_in(&email, PASSWORD).await;
        assert_eq!(
            (wrong.status, right.status),
            (StatusCode::TOO_MANY_REQUESTS, StatusCode::TOO_MANY_REQUESTS),
            "{backend}"
        );
        assert!(owner.cookie.is_none(), "{backend}");
        let mails = mails_to(&app.state, &email).await;
        assert_eq!(
            mails.len(),
            1,
            "{backend}: one unlock mail, only for the right password"
        );
        let token = link_tokens(&mails[0], "sign-in?unlock")
            .pop()
            .expect("unlock link");
        // The link with a wrong password is refused like any locked attempt.
        let r = attacker
            .call(
                "/sf/auth/sign_in",
                json!({"email": email, "password": "Wrong!pass1", "unlock": token}),
            )
            .await;
        assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS, "{backend}");
        let r = owner
            .call(
                "/sf/auth/sign_in",
                json!({"email": email, "password": PASSWORD, "unlock": token}),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{backend}: {:?}", r.body);
        assert!(owner.cookie.is_some(), "{backend}: signed in");
        // The link works once: locked again, it opens nothing.
        for _ in 0..5 {
            attacker.sign_in(&email, "Wrong!pass1").await;
        }
        let r = Client::new(&app)
            .call(
                "/sf/auth/sign_in",
                json!({"email": email, "password": PASSWORD, "unlock": token}),
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::TOO_MANY_REQUESTS,
            "{backend}: used up"
        );
    }
}

#[tokio::test]
async fn every_response_has_the_security_headers() {
    for (backend, db) in databases().await {
        let plain = app_for(db.clone()).await;
        let h = Client::new(&plain).get("/healthz").await.headers;
        assert_eq!(h["cross-origin-opener-policy"], "same-origin", "{backend}");
        assert!(
            h["permissions-policy"]
                .to_str()
                .unwrap()
                .contains("camera=()"),
            "{backend}"
        );
        assert!(
            h.get(header::STRICT_TRANSPORT_SECURITY).is_none(),
            "{backend}: no HSTS over http"
        );
        let tls = app_with(db, |s| {
            s.public_url = Some("https://settings.example.com".into())
        })
        .await;
        let h = Client::new(&tls).get("/healthz").await.headers;
        assert_eq!(
            h[header::STRICT_TRANSPORT_SECURITY],
            "max-age=31536000",
            "{backend}"
        );
    }
}

#[tokio::test]
async fn the_same_origin_rule_compares_the_scheme_and_server_functions_are_post_only() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (_, email) = account_with(&app.state, "Acme", Role::Admin).await;
        let body = json!({"email": email, "password": PASSWORD});
        let https = post(
            &app,
            "/sf/auth/sign_in",
            body.clone(),
            &[("host", "console.test"), ("origin", "https://console.test")],
        )
        .await;
        assert_eq!(
            https.status,
            StatusCode::FORBIDDEN,
            "{backend}: another scheme is another origin"
        );
        let ok = post(
            &app,
            "/sf/auth/sign_in",
            body,
            &[("host", "console.test"), ("origin", "http://console.test")],
        )
        .await;
        assert_eq!(ok.status, StatusCode::OK, "{backend}");
        let mut c = Client::new(&app);
        c.sign_in(&email, PASSWORD).await;
        let get = c.get("/sf/auth/session").await;
        assert!(
            get.status == StatusCode::METHOD_NOT_ALLOWED || get.status == StatusCode::NOT_FOUND,
            "{backend}: GET /sf answers {}",
            get.status
        );
    }
}

#[tokio::test]
async fn svg_logos_are_rebuilt_from_an_allow_list() {
    use base64::Engine;
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (account, email) = account_with(&app.state, "Acme", Role::Admin).await;
        let mut c = Client::new(&app);
        c.sign_in(&email, PASSWORD).await;
        let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" xmlns:x="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"><x:script>alert(1)</x:script><a href="&#106;avascript:alert(2)"><rect width="1" height="1"/></a><use xlink:href="https://evil.example/s.svg#x"/><circle r="4" fill="#0a0"/></svg>"##;
        let url = format!(
            "data:image/svg+xml;base64,{}",
            base64::engine::general_purpose::STANDARD.encode(svg)
        );
        let r = c.call("/sf/account/logo", json!({"data_url": url})).await;
        assert_eq!(r.status, StatusCode::OK, "{backend}: {:?}", r.body);
        let stored = c.get(&format!("/assets/logo/{account}")).await.body;
        let stored = stored.as_str().unwrap_or_default();
        assert!(stored.contains("<circle"), "{backend}: {stored}");
        for bad in ["script", "alert", "javascript", "evil.example"] {
            assert!(!stored.contains(bad), "{backend}: {bad} in {stored}");
        }
    }
}

#[tokio::test]
async fn names_refuse_hidden_characters_and_line_breaks() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (_, email) = account_with(&app.state, "Acme", Role::Admin).await;
        let mut c = Client::new(&app);
        c.sign_in(&email, PASSWORD).await;
        for (name, why) in [
            (
                "Finance\u{202E}gpj.exe",
                "The group name contains characters that are not allowed.",
            ),
            ("Two\nlines", "The group name must be on one line."),
        ] {
            let r = c.call("/sf/groups/create", json!({"input": {"name": name, "description": "", "modules": {"audit": "view"}, "member_ids": []}})).await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{backend}");
            assert_eq!(r.body["Validation"]["name"], why, "{backend}");
        }
        let (_, secret) = create_token(&mut c, json!({"users": "edit"})).await;
        let r = Script::token(&app, &secret).problem("POST", "/api/v1/invitations",
            json!({"emails": "x@example.com", "first_name": "Ann\u{2066}", "last_name": "", "role": "Member", "group_ids": []}), 422).await;
        assert!(
            r.body["errors"]["first_name"]
                .as_str()
                .unwrap_or_default()
                .contains("not allowed"),
            "{backend}: {:?}",
            r.body
        );
    }
}

#[tokio::test]
async fn bodies_over_the_limit_answer_413_with_a_problem() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let big = json!({"name": "x".repeat(3 * 1024 * 1024)});
        for path in ["/api/v1/groups", "/sf/groups/create"] {
            let r = post(
                &app,
                path,
                big.clone(),
                &[
                    ("host", "console.test"),
                    ("origin", "http://console.test"),
                    ("authorization", "Bearer acs_x"),
                ],
            )
            .await;
            assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE, "{backend} {path}");
            assert_eq!(
                r.headers[header::CONTENT_TYPE],
                "application/problem+json",
                "{backend} {path}"
            );
            assert_eq!(r.body["status"], 413, "{backend} {path}");
        }
    }
}

#[cfg(unix)]
#[tokio::test]
async fn files_with_secrets_are_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let dir = std::env::temp_dir().join(format!(
        "as-modes-{}",
        app::backend::crypto::random_secret(8)
    ));
    let settings = server::config::Settings {
        bind: "127.0.0.1:0".parse().unwrap(),
        data_dir: dir.clone(),
        database_url: format!("sqlite://{}?mode=rwc", dir.join("console.db").display()),
        site_dir: dir.join("site"),
        public_url: None,
        proxy_hops: 0,
        metrics_bind: None,
        metrics_token: None,
        pool_size: 2,
        admin_email: "admin@example.com".into(),
        smtp_url: None,
        mail_from: "Account Settings <no-reply@console.test>".into(),
        api_rate_per_minute: 60,
    };
    let db = server::connect(&settings).await.unwrap();
    let key = server::config::load_secret_key(&dir).unwrap();
    let state = server::app_state(db, key, &settings).await.unwrap();
    let (_, email) = account_with(&state, "Acme", Role::Admin).await;
    let app = TestApp {
        router: server::build_router(state.clone(), dir.join("site")),
        state,
    };
    Client::new(&app)
        .call("/sf/auth/forgot_password", json!({"email": email}))
        .await;
    reset_tokens(&app, &email, 1).await;
    assert_eq!(mode(&dir), 0o700);
    assert_eq!(mode(&dir.join("console.db")), 0o600);
    assert_eq!(mode(&dir.join("secret.key")), 0o600);
    assert_eq!(mode(&dir.join("mail")), 0o700);
    for f in std::fs::read_dir(dir.join("mail")).unwrap() {
        assert_eq!(mode(&f.unwrap().path()), 0o600);
    }
    std::fs::remove_dir_all(&dir).ok();
}
