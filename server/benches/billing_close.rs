//! Billing at scale: N client accounts (default 10,000) on a paid plan, each with a year of
//! daily usage (API calls and seats: 730 rows per account), on SQLite and PostgreSQL. Then:
//! closing last period for every account (the closing job's work: one invoice each, with
//! overage), its total and per-account time; and the usage chart's query for 365 days of one
//! account, 20 timed runs after 3 warm-ups, p50 and p95.
//!
//! Run with `bash .ci/bench-billing [accounts]`. Issued invoices can never be removed (the
//! triggers of migration 16), so each run starts from new databases
//! (`target/bench-billing/billing.db`, PostgreSQL database `as_bench_billing`).

mod common;

use app::backend::clock::now_ms;
use app::backend::crypto::SecretKey;
use app::backend::entities::{account, billing_profile, usage_daily};
use app::backend::services::acting::Acting;
use app::backend::services::billing::{invoicing, periods, plans, usage};
use app::backend::services::tenancy::accounts;
use app::model::Metric;
use common::pct;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, Database, DatabaseConnection, EntityTrait,
    QueryFilter, Statement, TransactionTrait,
};
use std::time::{Duration, Instant};

const RUNS: usize = 20;
const DAYS: i64 = 365;

async fn fresh_sqlite() -> DatabaseConnection {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!(
        "../target/bench-billing{}",
        if cfg!(debug_assertions) { "_smoke" } else { "" }
    ));
    let _ = std::fs::remove_dir_all(&dir);
    // common::sqlite adds the same suffix to the same folder.
    common::sqlite("bench-billing", "billing.db").await
}

async fn fresh_postgres() -> DatabaseConnection {
    let name = format!(
        "as_bench_billing{}",
        if cfg!(debug_assertions) { "_smoke" } else { "" }
    );
    let admin_url = std::env::var("BENCH_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
    let admin = Database::connect(&admin_url).await.expect("PostgreSQL");
    admin
        .execute(Statement::from_string(
            admin.get_database_backend(),
            format!("DROP DATABASE IF EXISTS {name}"),
        ))
        .await
        .expect("drop");
    // common::postgres creates (it is missing now) and migrates it; the suffix is its own.
    common::postgres("as_bench_billing").await
}

async fn seed(db: &DatabaseConnection, n: u64, now: i64) -> Vec<String> {
    let key = SecretKey::generate();
    let started = Instant::now();
    let tx = db.begin().await.expect("tx");
    let mut ids = Vec::with_capacity(n as usize);
    for i in 0..n {
        let a = accounts::create(&tx, &key, &format!("Bench Billing {i:06}"), "Client", None)
            .await
            .expect("account");
        ids.push(a.id);
    }
    tx.commit().await.expect("commit");
    account::Entity::update_many()
        .col_expr(
            account::Column::CreatedAt,
            sea_orm::sea_query::Expr::value(0i64),
        )
        .filter(account::Column::Kind.eq("Client"))
        .exec(db)
        .await
        .expect("age");
    let ops = accounts::create(db, &key, "Bench Operator", "Operations", None)
        .await
        .expect("ops");
    let who = Acting {
        operations: true,
        ..Acting::system(&ops.id, "bench")
    };
    let input = app::validation::PlanInput {
        name: "Bench".into(),
        status: app::model::PlanStatus::Active,
        seats: "50".into(),
        api_calls: "100,000".into(),
        events: "0".into(),
        prices: vec![app::validation::PriceInput {
            currency: app::model::Currency::Eur,
            monthly: "49".into(),
            api_overage: "0.50".into(),
            events_overage: String::new(),
        }],
    };
    let plan = plans::create(db, &who, input.validate().expect("plan"))
        .await
        .expect("create plan");
    let profiles: Vec<billing_profile::ActiveModel> = ids
        .iter()
        .map(|id| billing_profile::ActiveModel {
            account_id: Set(id.clone()),
            plan_id: Set(plan.id.clone()),
            currency: Set("EUR".into()),
            plan_since: Set(0),
            tax_rate_bp: Set(1900),
            revision: Set(1),
            updated_at: Set(now),
            ..Default::default()
        })
        .collect();
    for chunk in profiles.chunks(500) {
        billing_profile::Entity::insert_many(chunk.to_vec())
            .exec(db)
            .await
            .expect("profiles");
    }
    // A year of days, each account busier than the one before it.
    let days: Vec<String> = (0..DAYS)
        .map(|b| periods::day(now - b * 86_400_000, "UTC"))
        .collect();
    let mut rows = Vec::with_capacity(1000);
    for (i, id) in ids.iter().enumerate() {
        let tx = db.begin().await.expect("tx");
        for (b, day) in days.iter().enumerate() {
            rows.push(usage_daily::ActiveModel {
                account_id: Set(id.clone()),
                metric: Set(Metric::ApiCalls.key().into()),
                day: Set(day.clone()),
                value: Set(1_000 + (i as i64 * 13 + b as i64 * 7) % 5_000),
            });
            rows.push(usage_daily::ActiveModel {
                account_id: Set(id.clone()),
                metric: Set(Metric::Seats.key().into()),
                day: Set(day.clone()),
                value: Set(5 + i as i64 % 20),
            });
        }
        for chunk in rows.chunks(500) {
            usage_daily::Entity::insert_many(chunk.to_vec())
                .exec(&tx)
                .await
                .expect("usage");
        }
        rows.clear();
        tx.commit().await.expect("commit");
    }
    println!(
        "  seeded {n} accounts × {DAYS} days × 2 measures ({} rows) in {:.1} s",
        n as i64 * DAYS * 2,
        started.elapsed().as_secs_f64()
    );
    ids
}

async fn bench(name: &str, db: &DatabaseConnection, n: u64) {
    println!("{name}:");
    let now = now_ms();
    let ids = seed(db, n, now).await;
    let started = Instant::now();
    let mut issued = 0u64;
    for id in &ids {
        if invoicing::close_period(db, id, now)
            .await
            .expect("close")
            .is_some()
        {
            issued += 1;
        }
    }
    let took = started.elapsed();
    assert_eq!(issued, n, "one invoice per account");
    println!(
        "  closing last period: {issued} invoices in {:.1} s ({:.2} ms per account)",
        took.as_secs_f64(),
        took.as_secs_f64() * 1000.0 / n as f64
    );
    let from = periods::days_back(now, "UTC", DAYS);
    let one = &ids[ids.len() / 2];
    let mut times: Vec<Duration> = Vec::with_capacity(RUNS);
    for i in 0..RUNS + 3 {
        let t = Instant::now();
        let s = usage::series(db, one, Metric::ApiCalls, &from, "", now)
            .await
            .expect("series");
        assert_eq!(s.days.len() as i64, DAYS);
        if i >= 3 {
            times.push(t.elapsed());
        }
    }
    times.sort();
    println!(
        "  usage chart, 365 days: p50 {:.2} ms, p95 {:.2} ms",
        pct(&times, 0.5),
        pct(&times, 0.95)
    );
}

#[tokio::main]
async fn main() {
    let n: u64 = std::env::var("ACCOUNTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    bench("SQLite", &fresh_sqlite().await, n).await;
    bench("PostgreSQL", &fresh_postgres().await, n).await;
}
