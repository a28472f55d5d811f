//! The audit trail at scale: one account with N records (default 1,000,000) on SQLite and on
//! PostgreSQL, then the filtered first page (25 records, as the console asks for it) for
//! several filter combinations, 30 timed runs each after 3 warm-ups: p50 and p95. Also the
//! time to verify the whole chain and to stream the whole trail as a CSV export.
//!
//! Run with `bash .ci/bench-audit [records]`. The seeded databases are kept between runs
//! (`target/bench-audit/audit.db`, PostgreSQL database `as_bench_audit`) and re-seeded only
//! when their record count differs.

mod common;

use app::backend::crypto::SecretKey;
use app::backend::entities::audit_head;
use app::backend::services::audit::audit_export::Format;
use app::backend::services::audit::audit_query::{self, Selection};
use app::backend::services::{audit::audit_verify, tenancy::accounts};
use app::model::{AuditCriteria, AuditFilter};
use common::pct;
use sea_orm::{ConnectionTrait, DatabaseConnection, EntityTrait, Statement};
use std::time::Instant;

const RUNS: usize = 30;

async fn seeded(db: &DatabaseConnection, n: u64) -> String {
    let heads = audit_head::Entity::find().all(db).await.expect("heads");
    if let Some(h) = heads.iter().find(|h| h.record_count as u64 == n) {
        return h.account_id.clone();
    }
    let key = SecretKey::generate();
    let acc = accounts::create(db, &key, "Bench Audit", "Client", None)
        .await
        .expect("account");
    let started = Instant::now();
    server::seed::bulk_audit(db, &acc.id, n)
        .await
        .expect("seed");
    println!(
        "  seeded {n} records in {:.0} s",
        started.elapsed().as_secs_f64()
    );
    acc.id
}

fn cases(mid_day: &str, month_end: &str) -> Vec<(&'static str, AuditCriteria)> {
    let c = |f: fn(&mut AuditCriteria)| {
        let mut x = AuditCriteria::default();
        f(&mut x);
        x
    };
    let range = AuditCriteria {
        from: mid_day.to_string(),
        to: month_end.to_string(),
        ..Default::default()
    };
    vec![
        ("no filter", AuditCriteria::default()),
        ("date range (one month, a year ago)", range.clone()),
        ("actor id", c(|x| x.actor = "USR-0000-0017".into())),
        (
            "action, exact",
            c(|x| x.action = "groups.group.update".into()),
        ),
        ("action prefix (users.*)", c(|x| x.action = "users".into())),
        (
            "object type + id",
            c(|x| {
                x.object_type = "group".into();
                x.object_id = "UGR-0000-0122".into()
            }),
        ),
        ("IP address", c(|x| x.ip = "198.51.100.42".into())),
        ("summary text, common word", c(|x| x.q = "pricing".into())),
        (
            "summary text, one record",
            c(|x| x.q = "record 4242".into()),
        ),
        (
            "date range + actor",
            AuditCriteria {
                actor: "USR-0000-0017".into(),
                ..range.clone()
            },
        ),
        (
            "date range + action prefix + text",
            AuditCriteria {
                action: "auth.session".into(),
                q: "warehouse".into(),
                ..range
            },
        ),
    ]
}

async fn bench(label: &str, db: &DatabaseConnection, n: u64) {
    println!("\n== {label}: {n} audit records in one account");
    let account = seeded(db, n).await;
    if db.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
        // Fresh statistics, as autovacuum would have them after a bulk load.
        db.execute(Statement::from_string(
            db.get_database_backend(),
            "ANALYZE audit_records".to_string(),
        ))
        .await
        .expect("analyze");
    }
    let now = app::backend::clock::now_ms();
    let day = app::util::format_day;
    let year_ago = now - 365 * 86_400_000;
    let cases = cases(&day(year_ago), &day(year_ago + 30 * 86_400_000));
    println!("| filter | first page p50 | p95 | rows |");
    println!("|---|---|---|---|");
    for (name, criteria) in cases {
        let filter = AuditFilter {
            limit: 25,
            criteria,
            ..Default::default()
        };
        let mut times = Vec::with_capacity(RUNS);
        let mut rows = 0;
        for i in 0..RUNS + 3 {
            let t = Instant::now();
            let page = audit_query::list(db, &account, &filter)
                .await
                .expect("list");
            if i >= 3 {
                times.push(t.elapsed());
            }
            rows = page.records.len();
        }
        times.sort();
        println!(
            "| {name} | {:.2} ms | {:.2} ms | {rows} |",
            pct(&times, 0.5),
            pct(&times, 0.95)
        );
    }
    // A deep page: keyset from the middle of the trail.
    let mid = Selection::new(db, &account, &Default::default())
        .await
        .expect("sel")
        .older(db, None, 1)
        .await
        .expect("newest")[0]
        .seq
        - (n as i64) / 2;
    let mut times = Vec::new();
    for _ in 0..RUNS {
        let t = Instant::now();
        let f = AuditFilter {
            limit: 25,
            before: Some(mid),
            ..Default::default()
        };
        audit_query::list(db, &account, &f).await.expect("deep");
        times.push(t.elapsed());
    }
    times.sort();
    println!(
        "| page {} of the unfiltered trail (keyset) | {:.2} ms | {:.2} ms | 25 |",
        n / 50,
        pct(&times, 0.5),
        pct(&times, 0.95)
    );

    let t = Instant::now();
    let report = audit_verify::verify(db, &account).await.expect("verify");
    println!(
        "\nverify: {} records in {:.1} s, intact: {}",
        report.checked,
        t.elapsed().as_secs_f64(),
        report.intact()
    );
    // The export's loop without HTTP: batches of 1,000, each formatted and dropped.
    let t = Instant::now();
    let sel = Selection::new(db, &account, &Default::default())
        .await
        .expect("sel");
    let (mut before, mut bytes, mut count) = (None, 0usize, 0usize);
    loop {
        let batch = sel.older(db, before, 1000).await.expect("batch");
        let full = batch.len() == 1000;
        before = batch.last().map(|r| r.seq);
        for r in batch {
            bytes += Format::Csv.line(r).len();
            count += 1;
        }
        if !full {
            break;
        }
    }
    println!(
        "export (CSV, all): {count} records, {:.0} MB in {:.1} s",
        bytes as f64 / 1e6,
        t.elapsed().as_secs_f64()
    );
}

#[tokio::main]
async fn main() {
    let n: u64 = std::env::var("AUDIT_RECORDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    bench(
        "SQLite",
        &common::sqlite("bench-audit", "audit.db").await,
        n,
    )
    .await;
    bench("PostgreSQL", &common::postgres("as_bench_audit").await, n).await;
}
