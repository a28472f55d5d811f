//! Configuration from environment variables (documented in the README).

use app::backend::crypto::SecretKey;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone)]
pub struct Settings {
    pub bind: SocketAddr,
    pub data_dir: PathBuf,
    pub database_url: String,
    pub site_dir: PathBuf,
    pub public_url: Option<String>,
    /// Reverse proxies in front of the server (`TRUST_PROXY`: `true` is 1, or a number).
    pub proxy_hops: usize,
    /// A second address that serves only `/metrics` (`METRICS_BIND`).
    pub metrics_bind: Option<SocketAddr>,
    /// Bearer secret for `/metrics` on the main address (`METRICS_TOKEN`).
    pub metrics_token: Option<String>,
    pub pool_size: u32,
    pub admin_email: String,
    pub smtp_url: Option<String>,
    pub mail_from: String,
    /// REST API requests per token and minute (`API_RATE_LIMIT`).
    pub api_rate_per_minute: u32,
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

impl Settings {
    pub fn from_env() -> anyhow::Result<Self> {
        let data_dir = PathBuf::from(env("DATA_DIR").unwrap_or_else(|| "data".into()));
        let database_url = env("DATABASE_URL").unwrap_or_else(|| {
            format!(
                "sqlite://{}?mode=rwc",
                data_dir.join("console.db").display()
            )
        });
        let bind = env("BIND")
            .unwrap_or_else(|| "127.0.0.1:3000".into())
            .parse()
            .map_err(|e| anyhow::anyhow!("BIND is not an address like 127.0.0.1:3000: {e}"))?;
        Ok(Settings {
            bind,
            data_dir,
            database_url,
            site_dir: PathBuf::from(env("SITE_DIR").unwrap_or_else(|| "target/site".into())),
            public_url: env("PUBLIC_URL").map(|u| u.trim_end_matches('/').to_string()),
            proxy_hops: match env("TRUST_PROXY") {
                None => 0,
                Some(v) if v.eq_ignore_ascii_case("true") => 1,
                Some(v) if v.eq_ignore_ascii_case("false") => 0,
                Some(v) => v.trim().parse().map_err(|_| {
                    anyhow::anyhow!("TRUST_PROXY is true, false or the number of proxies")
                })?,
            },
            metrics_bind: env("METRICS_BIND")
                .map(|v| v.parse())
                .transpose()
                .map_err(|e| anyhow::anyhow!("METRICS_BIND is not an address: {e}"))?,
            metrics_token: env("METRICS_TOKEN"),
            pool_size: env("DB_POOL_SIZE")
                .and_then(|v| v.parse().ok())
                .unwrap_or(8),
            admin_email: env("ADMIN_EMAIL").unwrap_or_else(|| "admin@example.com".into()),
            smtp_url: env("SMTP_URL"),
            mail_from: env("MAIL_FROM")
                .unwrap_or_else(|| "Account Settings <no-reply@localhost>".into()),
            api_rate_per_minute: env("API_RATE_LIMIT")
                .and_then(|v| v.parse().ok())
                .unwrap_or(600),
        })
    }

    /// The origin of links in e-mails: `PUBLIC_URL`, else the address the server listens on
    /// (`serve` warns at start that links then only work on this machine's network).
    pub fn link_base(&self) -> String {
        self.public_url
            .clone()
            .unwrap_or_else(|| format!("http://{}", self.bind))
    }

    pub fn secure_cookies(&self) -> bool {
        self.public_url
            .as_deref()
            .is_some_and(|u| u.starts_with("https://"))
    }
}

/// `SECRET_KEY` (base64 of 32 bytes) if set, else `DATA_DIR/secret.key`, created on first start
/// with owner-only permissions. Losing it makes stored passcodes unreadable.
pub fn load_secret_key(data_dir: &Path) -> anyhow::Result<SecretKey> {
    if let Some(k) = env("SECRET_KEY") {
        return SecretKey::from_base64(&k).map_err(anyhow::Error::msg);
    }
    let path = data_dir.join("secret.key");
    if path.exists() {
        let text = std::fs::read_to_string(&path)?;
        return SecretKey::from_base64(&text)
            .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()));
    }
    app::backend::files::private_dir(data_dir)?;
    let key = SecretKey::generate();
    app::backend::files::create_private(&path, key.to_base64().as_bytes())?;
    tracing::info!(path = %path.display(), "generated a new secret key");
    Ok(key)
}
