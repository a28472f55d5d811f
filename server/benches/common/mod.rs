//! What the scale benchmarks share: their two databases (a SQLite file under `target/` and a
//! PostgreSQL database, both kept between runs so that seeding happens once) and percentiles.

use sea_orm::{ConnectionTrait, Database, DatabaseConnection, Statement};
use std::time::Duration;

/// The `p` percentile of `sorted`, in milliseconds.
pub fn pct(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1000.0
}

/// An unoptimised build is CI's smoke run (`BENCH_PROFILE=dev`): it measures nothing worth
/// keeping, so it gets databases of its own and never re-seeds the full-size ones.
fn smoke_suffix() -> &'static str {
    if cfg!(debug_assertions) {
        "_smoke"
    } else {
        ""
    }
}

/// `target/<dir>/<file>`, created and migrated.
pub async fn sqlite(dir: &str, file: &str) -> DatabaseConnection {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../target")
        .join(format!("{dir}{}", smoke_suffix()));
    std::fs::create_dir_all(&dir).expect("dir");
    let url = format!("sqlite://{}?mode=rwc", dir.join(file).display());
    let db = app::backend::db::connect(&url, 4).await.expect("sqlite");
    app::backend::db::migrate(&db).await.expect("migrate");
    db
}

/// The PostgreSQL database `name` on `BENCH_POSTGRES_URL`'s server (default: the local one),
/// created when missing and migrated.
pub async fn postgres(name: &str) -> DatabaseConnection {
    let name = format!("{name}{}", smoke_suffix());
    let admin_url = std::env::var("BENCH_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
    let admin = Database::connect(&admin_url).await.expect("PostgreSQL");
    // Fails when it exists already, which is what a second run wants.
    let _ = admin
        .execute(Statement::from_string(
            admin.get_database_backend(),
            format!("CREATE DATABASE {name}"),
        ))
        .await;
    let base = admin_url.rsplit_once('/').map(|(b, _)| b).unwrap_or("");
    let db = app::backend::db::connect(&format!("{base}/{name}"), 4)
        .await
        .expect("postgres");
    app::backend::db::migrate(&db).await.expect("migrate");
    db
}
