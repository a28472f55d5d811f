use super::crypto::SecretKey;
use super::mail::Mailer;
use sea_orm::DatabaseConnection;
use std::sync::Arc;

/// Settings read once at start from the environment (see README for the table).
#[derive(Debug, Clone)]
pub struct Config {
    /// Cookies get `Secure` when the console is served over HTTPS.
    pub secure_cookies: bool,
    /// When set, the only origin allowed to send state-changing requests.
    pub public_origin: Option<String>,
    /// The origin every link in an e-mail starts with: `PUBLIC_URL`, else the address the
    /// server listens on. Never taken from a request, whose headers the sender controls.
    pub link_base: String,
    /// How many reverse proxies of ours stand in front of the server (`TRUST_PROXY`): the
    /// client's address is the one the outermost of them appended to X-Forwarded-For, counted
    /// from the right. 0: the socket's address, headers ignored.
    pub proxy_hops: usize,
    /// The bearer secret that opens `/metrics` on the main address (`METRICS_TOKEN`); without
    /// it the metrics are only served on `METRICS_BIND`.
    pub metrics_token: Option<String>,
    pub secret_key: SecretKey,
    /// REST API requests per token (or account credentials) and minute.
    pub api_rate_per_minute: u32,
}

/// What every request handler and server function can reach. Cheap to clone; holds no state
/// that another server process would need (that lives in the database).
#[derive(Clone)]
pub struct AppState {
    pub db: DatabaseConnection,
    pub config: Arc<Config>,
    /// An argon2 hash of a random password, verified when the e-mail is unknown so that an
    /// unknown e-mail and a wrong password take the same time.
    pub dummy_hash: Arc<String>,
    pub mailer: Arc<Mailer>,
    pub rate: Arc<super::services::tokens::api_auth::RateLimiter>,
    /// Wakes this process's mail worker when a message is queued; other processes find it
    /// at their next poll (see `services::mail_queue`).
    pub mail_wake: Arc<tokio::sync::Notify>,
    /// This process's API-call counts since the last flush into `usage_daily` (see
    /// `services::billing::usage_counter`): losing them loses at most 10 seconds of counts,
    /// and no other process needs them.
    pub usage: Arc<super::services::billing::usage_counter::UsageCounter>,
}
