use clap::{Parser, Subcommand};
use server::config::{load_secret_key, Settings};
use tokio::net::TcpListener;
use tracing_subscriber::EnvFilter;

#[derive(Parser)]
#[command(name = "server", about = "Account Settings console server")]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the console (default).
    Serve,
    /// Apply database migrations and exit.
    Migrate,
    /// Create an admin (with a new account if the person has none), or reset their password.
    CreateAdmin {
        #[arg(long)]
        email: String,
        /// Generated and printed when omitted.
        #[arg(long, env = "ADMIN_PASSWORD")]
        password: Option<String>,
        #[arg(long, default_value = "My Company")]
        account_name: String,
    },
    /// Audit trail tools.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
    /// Billing tools.
    Billing {
        #[command(subcommand)]
        command: BillingCommand,
    },
    /// Create a demo account filled with realistic data.
    SeedDemo {
        /// How many extra audit records to generate (for trying paging at scale).
        #[arg(long, default_value_t = 0)]
        audit_records: u64,
        /// How many extra generated members to add (for trying the Users list at scale).
        #[arg(long, default_value_t = 0)]
        users: u64,
    },
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Re-compute the hash chain of one account (or of every account) and name the first
    /// broken record. Exits with status 1 when any chain is broken.
    Verify {
        /// The account id (ACC-…); every account when omitted.
        #[arg(long)]
        account: Option<String>,
    },
}

#[derive(Subcommand)]
enum BillingCommand {
    /// Invoice the period before `--at` (default: now) for one client account or every one.
    /// A period already invoiced is left as it is.
    ClosePeriod {
        /// The account id (ACC-…); every client account when omitted.
        #[arg(long)]
        account: Option<String>,
        /// A day (YYYY-MM-DD) in the period after the one to close.
        #[arg(long)]
        at: Option<String>,
    },
}

fn init_logging() {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,sea_orm=warn,tower_http=info"));
    let json = std::env::var("LOG_FORMAT").is_ok_and(|v| v == "json");
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false);
    if json {
        builder.json().init();
    } else {
        builder.init();
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    init_logging();
    let cli = Cli::parse();
    let settings = Settings::from_env()?;
    let db = server::connect(&settings).await?;
    match cli.command.unwrap_or(Command::Serve) {
        Command::Migrate => {
            println!("Database is up to date.");
        }
        Command::CreateAdmin {
            email,
            password,
            account_name,
        } => {
            let key = load_secret_key(&settings.data_dir)?;
            let generated = password.is_none();
            let password = password.unwrap_or_else(app::backend::crypto::random_password);
            let out = app::backend::services::identity::users::create_or_reset_admin(
                &db,
                &key,
                &email,
                &password,
                &account_name,
                "Client",
            )
            .await
            .map_err(|e| anyhow::anyhow!("{e:?}"))?;
            let what = if out.created {
                "Created admin"
            } else {
                "Reset the password of"
            };
            println!("{what} {email} in account {}.", out.account_id);
            if generated {
                println!("Password: {password}");
            }
        }
        Command::Audit {
            command: AuditCommand::Verify { account },
        } => {
            if !server::audit_cli::verify(&db, account).await? {
                std::process::exit(1);
            }
        }
        Command::Billing {
            command: BillingCommand::ClosePeriod { account, at },
        } => {
            server::billing_cli::close_period(&db, account, at).await?;
        }
        Command::SeedDemo {
            audit_records,
            users,
        } => {
            let key = load_secret_key(&settings.data_dir)?;
            let out = server::seed::seed_demo(&db, &key, audit_records, users).await?;
            println!("{out}");
        }
        Command::Serve => {
            let key = load_secret_key(&settings.data_dir)?;
            let state = server::app_state(db, key, &settings).await?;
            let first = server::ensure_first_admin(&state, &settings.admin_email).await?;
            server::spawn_jobs(state.clone());
            let metrics = std::sync::Arc::new(server::metrics::Metrics::default());
            let upkeep = metrics.clone();
            tokio::spawn(async move {
                let mut tick = tokio::time::interval(std::time::Duration::from_secs(5));
                loop {
                    tick.tick().await;
                    upkeep.upkeep();
                }
            });
            let counts = state.clone();
            let app = server::build_router_with_metrics(
                state,
                settings.site_dir.clone(),
                metrics.clone(),
            );
            if settings.public_url.is_none() {
                tracing::warn!(
                    link_base = %settings.link_base(),
                    "PUBLIC_URL is not set: links in e-mails point at the address the server \
                     listens on; set PUBLIC_URL to the console's public origin"
                );
            }
            if let Some(bind) = settings.metrics_bind {
                let listener = TcpListener::bind(bind).await?;
                tracing::info!(%bind, "metrics listening");
                tokio::spawn(async move {
                    if let Err(e) = axum::serve(listener, server::metrics_router(metrics)).await {
                        tracing::error!(error = %e, "the metrics listener stopped");
                    }
                });
            }
            let listener = TcpListener::bind(settings.bind).await?;
            let addr = listener.local_addr()?;
            let url = settings
                .public_url
                .clone()
                .unwrap_or_else(|| format!("http://{addr}"));
            println!();
            println!("  Account Settings is running at {url}");
            if let Some((email, password)) = first {
                println!("  First admin created. Sign in with:");
                println!("    e-mail:   {email}");
                println!("    password: {password}");
                println!("  (shown once; reset it with `server create-admin --email {email}`)");
            } else {
                println!("  Sign in with an existing admin. Forgot the password? Reset it with");
                println!(
                    "    ./target/release/server create-admin --email {}",
                    settings.admin_email
                );
            }
            println!();
            tracing::info!(%addr, "listening");
            axum::serve(
                listener,
                app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
            )
            .with_graceful_shutdown(shutdown_signal())
            .await?;
            // What this process counted since the last flush goes in before it exits.
            let n = app::backend::services::billing::usage::flush(&counts.usage, &counts.db).await;
            tracing::info!(api_calls = n, "usage counts written at shutdown");
        }
    }
    Ok(())
}
