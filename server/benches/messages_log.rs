//! The Messages log at scale: one account with N e-mails (default 1,000,000) over two years on
//! SQLite and on PostgreSQL (90% Sent, 6% Discarded, 3% Failed, 1% Queued; nine categories;
//! 5,000 recipients), then the first page of 25 as the console asks for it, for each filter
//! and a deep keyset page: 20 timed runs after 3 warm-ups, p50 and p95.
//!
//! Run with `bash .ci/bench-messages [messages]`. The seeded databases are kept between runs
//! (`target/bench-messages/messages.db`, PostgreSQL database `as_bench_messages`) and
//! re-seeded only when their count differs.

mod common;

use app::backend::crypto::SecretKey;
use app::backend::entities::message;
use app::backend::services::{mail::message_log, tenancy::accounts};
use app::model::{Category, MessageQuery};
use common::pct;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, Statement, TransactionTrait,
};
use std::time::{Duration, Instant};

const RUNS: usize = 20;
const ACCOUNT_NAME: &str = "Bench Messages";

fn status(i: u64) -> &'static str {
    match i % 100 {
        0 => "Queued",
        1..=3 => "Failed",
        4..=9 => "Discarded",
        _ => "Sent",
    }
}

async fn seeded(db: &DatabaseConnection, n: u64) -> String {
    let existing = accounts_named(db).await;
    if let Some(id) = existing {
        let count = message::Entity::find()
            .filter(message::Column::AccountId.eq(id.as_str()))
            .count(db)
            .await
            .expect("count");
        if count == n {
            return id;
        }
    }
    let key = SecretKey::generate();
    let acc = accounts::create(db, &key, ACCOUNT_NAME, "Client", None)
        .await
        .expect("account");
    let started = Instant::now();
    let categories = Category::ALL;
    let end = app::backend::clock::now_ms() - 3_600_000;
    let step = (730 * 86_400_000 / n.max(1) as i64).max(1);
    let mut done = 0u64;
    while done < n {
        let batch = (n - done).min(1000);
        let rows = (done..done + batch).map(|i| {
            let category = categories[(i % categories.len() as u64) as usize];
            let at = end - (n - i) as i64 * step;
            message::ActiveModel {
                id: Set(format!("MSG-{i:09}")),
                account_id: Set(Some(acc.id.clone())),
                category: Set(category.key().to_string()),
                recipient: Set(format!("person{}@example{}.com", i % 5000, i % 7)),
                user_id: Set(None),
                sender_name: Set(None),
                subject: Set(format!("{} update {}", category.name(), i % 997)),
                body_enc: Set(String::new()),
                language: Set("en".into()),
                status: Set(status(i).into()),
                status_reason: Set(None),
                attempts: Set(1),
                next_attempt_at: Set(at),
                lease_until: Set(None),
                lease_holder: Set(None),
                created_at: Set(at),
                sent_at: Set((status(i) == "Sent").then_some(at + 1000)),
                attachment: Set(None),
            }
        });
        let tx = db.begin().await.expect("tx");
        message::Entity::insert_many(rows)
            .exec(&tx)
            .await
            .expect("insert");
        tx.commit().await.expect("commit");
        done += batch;
    }
    println!(
        "  seeded {n} messages in {:.0} s",
        started.elapsed().as_secs_f64()
    );
    acc.id
}

async fn accounts_named(db: &DatabaseConnection) -> Option<String> {
    use app::backend::entities::account;
    account::Entity::find()
        .filter(account::Column::Name.eq(ACCOUNT_NAME))
        .all(db)
        .await
        .ok()?
        .pop()
        .map(|a| a.id)
}

fn cases() -> Vec<(&'static str, MessageQuery)> {
    let q = |f: fn(&mut MessageQuery)| {
        let mut x = MessageQuery {
            limit: 25,
            ..Default::default()
        };
        f(&mut x);
        x
    };
    vec![
        ("no filter", q(|_| {})),
        (
            "status Failed (3%)",
            q(|x| x.status = Some("Failed".into())),
        ),
        (
            "status Queued (1%)",
            q(|x| x.status = Some("Queued".into())),
        ),
        ("category Orders", q(|x| x.category = Some("orders".into()))),
        (
            "status Failed + category Orders",
            q(|x| {
                x.status = Some("Failed".into());
                x.category = Some("orders".into())
            }),
        ),
        (
            "search: one recipient (0.02%)",
            q(|x| x.search = Some("person4242@".into())),
        ),
        (
            "search: a subject word (common)",
            q(|x| x.search = Some("update 12".into())),
        ),
        (
            "search: no match (worst case)",
            q(|x| x.search = Some("nobody@nowhere".into())),
        ),
    ]
}

fn time(runs: &mut [Duration]) -> (f64, f64) {
    runs.sort();
    (pct(runs, 0.5), pct(runs, 0.95))
}

async fn bench(label: &str, db: &DatabaseConnection, n: u64) {
    println!("\n== {label}: {n} messages in one account");
    let account = seeded(db, n).await;
    if db.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
        db.execute(Statement::from_string(
            db.get_database_backend(),
            "ANALYZE messages".to_string(),
        ))
        .await
        .expect("analyze");
    }
    println!("| filter | first page p50 | p95 | rows |");
    println!("|---|---|---|---|");
    for (name, query) in cases() {
        let mut times = Vec::with_capacity(RUNS);
        let mut rows = 0;
        for i in 0..RUNS + 3 {
            let t = Instant::now();
            let page = message_log::list(db, &account, &query).await.expect("list");
            if i >= 3 {
                times.push(t.elapsed());
            }
            rows = page.rows.len();
        }
        let (p50, p95) = time(&mut times);
        println!("| {name} | {p50:.2} ms | {p95:.2} ms | {rows} |");
    }
    // A deep page: the cursor of a message in the middle of the log.
    let mid = n / 2;
    let at = message::Entity::find_by_id(format!("MSG-{mid:09}"))
        .one(db)
        .await
        .expect("mid")
        .map(|m| format!("{}.{}", m.created_at, m.id));
    let query = MessageQuery {
        limit: 25,
        after: at,
        ..Default::default()
    };
    let mut times = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let t = Instant::now();
        message_log::list(db, &account, &query).await.expect("deep");
        times.push(t.elapsed());
    }
    let (p50, p95) = time(&mut times);
    println!(
        "| page {} (keyset, mid-log) | {p50:.2} ms | {p95:.2} ms | 25 |",
        n / 50
    );
}

#[tokio::main]
async fn main() {
    let n: u64 = std::env::var("MESSAGES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    bench(
        "SQLite",
        &common::sqlite("bench-messages", "messages.db").await,
        n,
    )
    .await;
    bench(
        "PostgreSQL",
        &common::postgres("as_bench_messages").await,
        n,
    )
    .await;
}
