//! Test harness: a real database (a fresh SQLite file, and a fresh PostgreSQL database), the
//! real router, and a small HTTP client that keeps the session cookie like a browser would.
#![allow(dead_code)]

pub mod audit;
pub mod billing;
pub mod notify;
pub mod rest;
pub mod trading;
pub mod two_step;

use app::backend::crypto::SecretKey;
use app::backend::services::{identity::users, tenancy::accounts};
use app::backend::AppState;
use app::permissions::Role;
use app::validation::Email;
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use sea_orm::{ConnectionTrait, Database, DatabaseConnection, Statement};
use serde_json::Value;
use tower::ServiceExt;

pub const ORIGIN: &str = "http://console.test";
pub const PASSWORD: &str = "Corr3ct!horse";

/// Every backend the suite runs on. PostgreSQL is required: the suite fails if it is missing.
pub async fn databases() -> Vec<(&'static str, DatabaseConnection)> {
    let mut out = Vec::new();
    let dir = std::env::temp_dir().join(format!(
        "as-test-{}",
        app::backend::crypto::random_secret(12)
    ));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let url = format!("sqlite://{}?mode=rwc", dir.join("t.db").display());
    let db = app::backend::db::connect(&url, 4).await.expect("sqlite");
    app::backend::db::migrate(&db)
        .await
        .expect("migrate sqlite");
    out.push(("sqlite", db));
    // A machine without PostgreSQL runs the SQLite half only when told to, so that CI never
    // passes by skipping a database silently.
    if std::env::var("TEST_POSTGRES").as_deref() == Ok("off") {
        return out;
    }

    let admin_url = std::env::var("TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
    let admin = Database::connect(&admin_url).await.expect(
        "PostgreSQL must be reachable at TEST_POSTGRES_URL (TEST_POSTGRES=off: SQLite only)",
    );
    let name = format!(
        "as_test_{}",
        app::backend::crypto::random_secret(10).to_lowercase()
    );
    admin
        .execute(Statement::from_string(
            admin.get_database_backend(),
            format!("CREATE DATABASE {name}"),
        ))
        .await
        .expect("create test database");
    let base = admin_url
        .rsplit_once('/')
        .map(|(b, _)| b.to_string())
        .unwrap_or(admin_url.clone());
    let db = app::backend::db::connect(&format!("{base}/{name}"), 4)
        .await
        .expect("postgres");
    app::backend::db::migrate(&db)
        .await
        .expect("migrate postgres");
    out.push(("postgres", db));
    out
}

pub struct TestApp {
    pub state: AppState,
    pub router: axum::Router,
}

pub async fn app_for(db: DatabaseConnection) -> TestApp {
    app_with(db, |_| {}).await
}

/// The app with some settings changed from the tests' defaults (a proxy, a public URL, …).
pub async fn app_with(
    db: DatabaseConnection,
    change: impl FnOnce(&mut server::config::Settings),
) -> TestApp {
    let mut settings = server::config::Settings {
        bind: "127.0.0.1:0".parse().unwrap(),
        data_dir: std::env::temp_dir().join(format!(
            "as-test-data-{}",
            app::backend::crypto::random_secret(10)
        )),
        database_url: String::new(),
        site_dir: std::env::temp_dir().join("no-site"),
        public_url: None,
        proxy_hops: 0,
        metrics_bind: None,
        metrics_token: None,
        pool_size: 4,
        admin_email: "admin@example.com".into(),
        smtp_url: None,
        mail_from: "Account Settings <no-reply@console.test>".into(),
        api_rate_per_minute: 120,
    };
    change(&mut settings);
    let state = server::app_state(db, SecretKey::generate(), &settings)
        .await
        .expect("state");
    let router = server::build_router(state.clone(), settings.site_dir.clone());
    TestApp { state, router }
}

/// Creates an account with one member of `role` and returns (account id, e-mail).
pub async fn account_with(state: &AppState, name: &str, role: Role) -> (String, String) {
    let acc = accounts::create(&state.db, &state.config.secret_key, name, "Client", None)
        .await
        .unwrap();
    let email = format!(
        "{}.{}@example.com",
        role.as_str().to_lowercase(),
        acc.id.to_lowercase()
    );
    add_member(state, &acc.id, &email, role).await;
    (acc.id, email)
}

pub async fn add_member(state: &AppState, account_id: &str, email: &str, role: Role) {
    let e = Email::try_from(email).unwrap();
    let user = match users::find_by_email(&state.db, email).await.unwrap() {
        Some(u) => u,
        None => {
            let hash = app::backend::crypto::hash_password(PASSWORD.into())
                .await
                .unwrap();
            users::insert_user(&state.db, &e, "Test", role.as_str(), hash)
                .await
                .unwrap()
        }
    };
    users::insert_membership(&state.db, account_id, &user, role, "Active")
        .await
        .unwrap();
}

pub struct Reply {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub body: Value,
}

/// A browser-like client: same origin, keeps the session cookie.
pub struct Client {
    pub router: axum::Router,
    pub cookie: Option<String>,
    pub origin: Option<String>,
}

impl Client {
    pub fn new(app: &TestApp) -> Self {
        Client {
            router: app.router.clone(),
            cookie: None,
            origin: Some(ORIGIN.into()),
        }
    }

    pub async fn call(&mut self, path: &str, body: Value) -> Reply {
        let mut req = Request::post(path)
            .header(header::HOST, "console.test")
            .header(header::CONTENT_TYPE, "application/json")
            .header(header::ACCEPT, "application/json")
            .header(header::USER_AGENT, "integration-test");
        if let Some(o) = &self.origin {
            req = req.header(header::ORIGIN, o);
        }
        if let Some(c) = &self.cookie {
            req = req.header(header::COOKIE, c);
        }
        let res = self
            .router
            .clone()
            .oneshot(req.body(Body::from(body.to_string())).unwrap())
            .await
            .unwrap();
        let status = res.status();
        let headers = res.headers().clone();
        if let Some(set) = headers
            .get(header::SET_COOKIE)
            .and_then(|v| v.to_str().ok())
        {
            let pair = set.split(';').next().unwrap_or("").to_string();
            self.cookie = if pair.ends_with('=') {
                None
            } else {
                Some(pair)
            };
        }
        let bytes = axum::body::to_bytes(res.into_body(), 10 << 20)
            .await
            .unwrap();
        let body = serde_json::from_slice(&bytes)
            .unwrap_or(Value::String(String::from_utf8_lossy(&bytes).into()));
        Reply {
            status,
            headers,
            body,
        }
    }

    pub async fn get(&mut self, path: &str) -> Reply {
        let mut req = Request::get(path).header(header::HOST, "console.test");
        if let Some(c) = &self.cookie {
            req = req.header(header::COOKIE, c);
        }
        let res = self
            .router
            .clone()
            .oneshot(req.body(Body::empty()).unwrap())
            .await
            .unwrap();
        let status = res.status();
        let headers = res.headers().clone();
        let bytes = axum::body::to_bytes(res.into_body(), 10 << 20)
            .await
            .unwrap();
        let body = serde_json::from_slice(&bytes)
            .unwrap_or(Value::String(String::from_utf8_lossy(&bytes).into()));
        Reply {
            status,
            headers,
            body,
        }
    }

    /// Signs in with the password. A `SignedIn` answer is unwrapped, so `body` is the
    /// session as before two-step verification existed; a `SecondStep` answer is left as is.
    pub async fn sign_in(&mut self, email: &str, password: &str) -> Reply {
        let mut reply = self
            .call(
                "/sf/auth/sign_in",
                serde_json::json!({ "email": email, "password": password }),
            )
            .await;
        if let Some(info) = reply.body.get("SignedIn").cloned() {
            reply.body = info;
        }
        reply
    }
}

/// Decodes the quoted-printable soft breaks and escapes lettre may use in a text body.
fn unquote(raw: &str) -> String {
    raw.replace("=\r\n", "")
        .replace("=\n", "")
        .replace("=3D", "=")
}

/// Delivers what the mail queue holds (the tests run no background worker).
pub async fn deliver_mail(state: &AppState) {
    while app::backend::services::mail::mail_queue::drain_once(state)
        .await
        .expect("mail queue")
        > 0
    {}
}

/// Every message the file transport wrote to `to`, oldest first, as decoded text, after
/// delivering the queue.
pub async fn mails_to(state: &AppState, to: &str) -> Vec<String> {
    deliver_mail(state).await;
    let Some(dir) = state.mailer.mail_dir() else {
        return vec![];
    };
    let mut found: Vec<(std::time::SystemTime, String)> = std::fs::read_dir(dir)
        .map(|it| {
            it.filter_map(|e| e.ok())
                .filter_map(|e| {
                    let text = std::fs::read_to_string(e.path()).ok()?;
                    let modified = e.metadata().ok()?.modified().ok()?;
                    text.lines()
                        .any(|l| l.starts_with("To:") && l.contains(to))
                        .then(|| (modified, unquote(&text)))
                })
                .collect()
        })
        .unwrap_or_default();
    found.sort_by_key(|(t, _)| *t);
    found.into_iter().map(|(_, t)| t).collect()
}

/// The tokens of every link `<path>=<token>` in `text` (`reset-password?token`,
/// `sign-in?unlock`), in order.
pub fn link_tokens(text: &str, path: &str) -> Vec<String> {
    let needle = format!("/{path}=");
    text.match_indices(&needle)
        .map(|(at, _)| {
            text[at + needle.len()..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect()
        })
        .collect()
}

/// The token of the last link of the given path (`accept-invitation`, `reset-password`) mailed to `to`.
pub async fn mailed_token(state: &AppState, to: &str, path: &str) -> Option<String> {
    let needle = format!("/{path}?token=");
    mails_to(state, to).await.iter().rev().find_map(|m| {
        let start = m.find(&needle)? + needle.len();
        Some(
            m[start..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect(),
        )
    })
}

pub async fn default_group(state: &AppState, account_id: &str) -> String {
    app::backend::services::people::groups::list(&state.db, account_id)
        .await
        .unwrap()[0]
        .id
        .clone()
}

/// A new Operations account (the platform operator's), as the first admin's install has one.
pub async fn operations_account(state: &AppState) -> String {
    use app::backend::services::tenancy::{accounts, operations};
    accounts::create(
        &state.db,
        &state.config.secret_key,
        "Platform",
        operations::KIND,
        None,
    )
    .await
    .unwrap()
    .id
}
