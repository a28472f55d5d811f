//! The Account Settings server: serves the built app, the server functions, health and
//! metrics. Everything that holds state lives in the database, so several processes can run
//! against one PostgreSQL.

pub mod audit_cli;
pub mod billing_cli;
pub mod billing_jobs;
pub mod config;
pub mod export;
pub mod metrics;
pub mod middleware;
pub mod rest;
pub mod routes;
pub mod seed;
pub mod seed_billing;
pub mod seed_trading;
pub mod static_files;

use app::backend::crypto::{hash_password, random_password, SecretKey};
use app::backend::services::tokens::api_auth::RateLimiter;
use app::backend::{AppState, Config};
use axum::body::Body;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{header, HeaderName, HeaderValue};
use axum::middleware::{from_fn, from_fn_with_state};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::Router;
use middleware::EdgeConfig;
use sea_orm::DatabaseConnection;
use std::path::PathBuf;
use std::sync::Arc;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

/// The largest request body of the picture upload (5 MB of image as base64, and the JSON).
pub const PICTURE_BODY_LIMIT: usize = 8 * 1024 * 1024;
/// The largest request body anywhere else (a logo as base64 in JSON fits).
pub const BODY_LIMIT: usize = 2 * 1024 * 1024;

/// Browser features the console never uses, turned off for it and anything it might embed.
const PERMISSIONS_POLICY: &str = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), \
     magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()";

pub async fn connect(settings: &config::Settings) -> anyhow::Result<DatabaseConnection> {
    if let Some(path) = app::backend::files::sqlite_path(&settings.database_url) {
        // The database holds password hashes and encrypted secrets: owner-only, like its
        // folder (SQLite gives the -wal and -shm files the database file's mode).
        app::backend::files::private_dir(&settings.data_dir)?;
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            app::backend::files::private_dir(dir)?;
        }
        if !path.exists() {
            app::backend::files::create_private(path, b"")?;
        }
        app::backend::files::private_file(path)?;
    }
    let db = app::backend::db::connect(&settings.database_url, settings.pool_size).await?;
    app::backend::db::migrate(&db).await?;
    Ok(db)
}

pub async fn app_state(
    db: DatabaseConnection,
    key: SecretKey,
    settings: &config::Settings,
) -> anyhow::Result<AppState> {
    let dummy = hash_password(random_password())
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let mailer = app::backend::mail::Mailer::new(
        settings.smtp_url.as_deref(),
        &settings.mail_from,
        settings.data_dir.join("mail"),
    )
    .map_err(anyhow::Error::msg)?;
    Ok(AppState {
        db,
        config: Arc::new(Config {
            secure_cookies: settings.secure_cookies(),
            public_origin: settings.public_url.clone(),
            link_base: settings.link_base(),
            proxy_hops: settings.proxy_hops,
            metrics_token: settings.metrics_token.clone(),
            secret_key: key,
            api_rate_per_minute: settings.api_rate_per_minute,
        }),
        dummy_hash: Arc::new(dummy),
        mailer: Arc::new(mailer),
        rate: Arc::new(RateLimiter::new(settings.api_rate_per_minute)),
        mail_wake: Arc::new(tokio::sync::Notify::new()),
        usage: Arc::default(),
    })
}

/// The server functions. Their errors are `AppError`s, which the server-function layer answers
/// with 500 whatever they are; this is the one place that gives each its own status (and a
/// `Retry-After` to a throttled request), so no function has to.
async fn server_fns(State(state): State<AppState>, req: Request<Body>) -> axum::response::Response {
    let res = leptos_axum::handle_server_fns_with_context(
        move || leptos::prelude::provide_context(state.clone()),
        req,
    )
    .await
    .into_response();
    if res.status() != axum::http::StatusCode::INTERNAL_SERVER_ERROR {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let bytes = axum::body::to_bytes(body, 1 << 20)
        .await
        .unwrap_or_default();
    if let Ok(err) = serde_json::from_slice::<app::error::AppError>(&bytes) {
        parts.status = axum::http::StatusCode::from_u16(err.status_code()).unwrap_or(parts.status);
        if let app::error::AppError::Throttled(secs) = err {
            parts
                .headers
                .insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
    }
    axum::response::Response::from_parts(parts, Body::from(bytes))
}

pub fn build_router(state: AppState, site_dir: PathBuf) -> Router {
    build_router_with_metrics(state, site_dir, Arc::new(metrics::Metrics::default()))
}

/// The `/metrics` page alone, for `METRICS_BIND` (an address only the scraper reaches).
pub fn metrics_router(metrics: Arc<metrics::Metrics>) -> Router {
    Router::new()
        .route("/metrics", get(routes::metrics))
        .with_state(metrics)
}

/// The router with the metrics it records into (shared with `metrics_router`).
pub fn build_router_with_metrics(
    state: AppState,
    site_dir: PathBuf,
    metrics: Arc<metrics::Metrics>,
) -> Router {
    let edge = Arc::new(EdgeConfig {
        public_origin: state.config.public_origin.clone(),
        proxy_hops: state.config.proxy_hops,
    });
    // Server functions are POST only: a GET could be triggered by any link or image.
    let server_fn_routes = Router::new()
        .route("/sf/{*fn_name}", post(server_fns))
        // A profile picture may be 5 MB, 6.7 MB as base64 in JSON: above the 2 MB body limit
        // that every other request keeps.
        .route(
            "/sf/me/picture",
            post(server_fns).layer(DefaultBodyLimit::max(PICTURE_BODY_LIMIT)),
        )
        .route_layer(from_fn_with_state(
            edge.clone(),
            middleware::same_origin_only,
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
        .with_state(state.clone());
    // HSTS only when the console is served over HTTPS (PUBLIC_URL says so); `SetResponseHeader`
    // leaves the header out when the value is None.
    let hsts = state
        .config
        .secure_cookies
        .then_some(HeaderValue::from_static("max-age=31536000"));
    let site = Arc::new(site_dir.clone());
    let static_service = ServeDir::new(&site_dir)
        .precompressed_br()
        .precompressed_gzip()
        .fallback(get(static_files::spa_shell).with_state(site));
    let static_routes = Router::new()
        .fallback_service(static_service)
        .layer(from_fn(static_files::cache_headers))
        .layer(from_fn_with_state(
            static_files::shell_policy(&site_dir),
            static_files::shell_csp,
        ));

    Router::new()
        .merge(server_fn_routes)
        .nest(
            "/api/v1",
            rest::router(state.clone()).layer(SetResponseHeaderLayer::overriding(
                header::CACHE_CONTROL,
                HeaderValue::from_static("no-store"),
            )),
        )
        .route("/healthz", get(routes::healthz))
        .route("/assets/logo/{account_id}", get(routes::logo))
        .route("/assets/avatar/{user_id}", get(routes::avatar))
        .route("/export/audit", get(export::console_audit))
        .route_layer(from_fn(metrics::mark_route))
        .with_state(state.clone())
        .merge(
            Router::new()
                .route("/metrics", get(routes::metrics_with_token))
                .with_state((metrics.clone(), state.config.metrics_token.clone())),
        )
        .merge(static_routes)
        .layer(from_fn(middleware::limit_body))
        .layer(from_fn(middleware::too_large_as_problem))
        .layer(from_fn_with_state(edge, middleware::client_info))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::REFERRER_POLICY,
            HeaderValue::from_static("same-origin"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            HeaderName::from_static("cross-origin-opener-policy"),
            HeaderValue::from_static("same-origin"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            HeaderName::from_static("permissions-policy"),
            HeaderValue::from_static(PERMISSIONS_POLICY),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::STRICT_TRANSPORT_SECURITY,
            hsts,
        ))
        .layer(from_fn_with_state(metrics, middleware::track))
        .layer(TraceLayer::new_for_http())
}

/// On a database without any user, creates the first admin and returns (e-mail, password)
/// so that `serve` can print the sign-in once.
pub async fn ensure_first_admin(
    state: &AppState,
    email: &str,
) -> anyhow::Result<Option<(String, String)>> {
    if app::backend::services::identity::users::count(&state.db)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?
        > 0
    {
        return Ok(None);
    }
    let password = std::env::var("ADMIN_PASSWORD")
        .ok()
        .filter(|p| !p.is_empty())
        .unwrap_or_else(random_password);
    app::backend::services::identity::users::create_or_reset_admin(
        &state.db,
        &state.config.secret_key,
        email,
        &password,
        "My Company",
        app::backend::services::tenancy::operations::KIND,
    )
    .await
    .map_err(|e| anyhow::anyhow!("could not create the first admin: {e:?}"))?;
    Ok(Some((email.to_string(), password)))
}

/// Background jobs: token reminders once a minute, audit retention every ten minutes. Each takes a lease in the database first, so with several
/// server processes one of them does the work and none sends a reminder twice. And the mail
/// worker, which delivers the mail queue.
pub fn spawn_jobs(state: AppState) {
    use app::backend::services::{audit::audit_retention, tokens::token_expiry};
    spawn_mail_worker(state.clone());
    let counts = state.clone();
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(10));
        loop {
            tick.tick().await;
            billing_jobs::every_ten_seconds(&counts).await;
        }
    });
    tokio::spawn(async move {
        let holder = app::backend::services::jobs::holder_name();
        let mut minute = 0u64;
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(60));
        loop {
            tick.tick().await;
            let now = app::backend::clock::now_ms();
            match token_expiry::run_once(&state, &holder, now).await {
                Ok(r) if r.warned + r.expired > 0 => {
                    tracing::info!(
                        warned = r.warned,
                        expired = r.expired,
                        "API token reminders sent"
                    )
                }
                Ok(_) => {}
                Err(e) => tracing::warn!(error = ?e, "API token expiry job failed"),
            }
            minute += 1;
            if minute % 5 == 1 {
                billing_jobs::every_five_minutes(&state, &holder, now).await;
            }
            if minute % 10 == 1 {
                match audit_retention::run_once(&state.db, &holder, now).await {
                    Ok(0) => {}
                    Ok(n) => tracing::info!(removed = n, "audit records past retention removed"),
                    Err(e) => tracing::warn!(error = ?e, "audit retention job failed"),
                }
            }
        }
    });
}

/// Delivers queued e-mail: at once when this process queues one (`mail_wake`), and every two
/// seconds for what other processes queued or what is due for a retry. Claims in the
/// database keep processes from sending one message twice (see `services::mail_queue`).
pub fn spawn_mail_worker(state: AppState) {
    use app::backend::services::mail::mail_queue;
    const POLL: std::time::Duration = std::time::Duration::from_secs(2);
    tokio::spawn(async move {
        loop {
            let full = match mail_queue::drain_once(&state).await {
                Ok(n) => n >= mail_queue::BATCH,
                Err(e) => {
                    tracing::warn!(error = ?e, "the mail worker's pass failed");
                    false
                }
            };
            if full {
                continue;
            }
            // A wake-up that came during the pass is kept by `Notify` and ends this wait at once.
            tokio::select! {
                _ = state.mail_wake.notified() => {}
                _ = tokio::time::sleep(POLL) => {}
            }
        }
    });
}
