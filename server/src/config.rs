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
    pub trust_proxy: bool,
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
            trust_proxy: env("TRUST_PROXY")
                .is_some_and(|v| v == "1" || v.eq_ignore_ascii_case("true")),
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
    std::fs::create_dir_all(data_dir)?;
    let key = SecretKey::generate();
    std::fs::write(&path, key.to_base64())?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))?;
    }
    tracing::info!(path = %path.display(), "generated a new secret key");
    Ok(key)
}
