//! The Buyers and Licensees lists at scale: one account with N buyers and N licensees
//! (default 1,000,000 each) on SQLite and PostgreSQL, then the list kit's first page of 25 as
//! the console asks for it (each sort, both orders, filters, searches) and a deep keyset page
//! from the middle of the list: 20 timed runs after 3 warm-ups, p50 and p95.
//!
//! Run with `bash .ci/bench-lists [rows]`. The seeded databases are kept between runs
//! (`target/bench-lists/lists.db`, PostgreSQL database `as_bench_lists`) and re-seeded only
//! when their count differs.

mod common;

use app::backend::crypto::SecretKey;
use app::backend::entities::{buyer, licensee};
use app::backend::services::acting::Acting;
use app::backend::services::{
    tenancy::accounts, trading::buyers, trading::licensees, trading::sellers,
};
use app::model::{ListPage, ListParams};
use app::permissions::BuyerScope;
use common::pct;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, Statement, TransactionTrait,
};
use std::time::{Duration, Instant};

const RUNS: usize = 20;
const ACCOUNT_NAME: &str = "Bench Lists";

fn status(i: u64, kinds: [&'static str; 3]) -> &'static str {
    match i % 100 {
        0 => kinds[2],
        1..=30 => kinds[1],
        _ => kinds[0],
    }
}

async fn account_named(db: &DatabaseConnection) -> Option<String> {
    use app::backend::entities::account;
    account::Entity::find()
        .filter(account::Column::Name.eq(ACCOUNT_NAME))
        .all(db)
        .await
        .ok()?
        .pop()
        .map(|a| a.id)
}

async fn seeded(db: &DatabaseConnection, n: u64) -> String {
    let existing = account_named(db).await;
    if let Some(id) = &existing {
        let count = licensee::Entity::find()
            .filter(licensee::Column::AccountId.eq(id.as_str()))
            .count(db)
            .await
            .expect("count");
        if count == n {
            return id.clone();
        }
        // Another size was seeded before: its rows go, since the ids below would repeat.
        licensee::Entity::delete_many()
            .filter(licensee::Column::AccountId.eq(id.as_str()))
            .exec(db)
            .await
            .expect("clear licensees");
        buyer::Entity::delete_many()
            .filter(buyer::Column::AccountId.eq(id.as_str()))
            .exec(db)
            .await
            .expect("clear buyers");
    }
    let key = SecretKey::generate();
    let account_id = match existing {
        Some(id) => id,
        None => {
            accounts::create(db, &key, ACCOUNT_NAME, "Client", None)
                .await
                .expect("account")
                .id
        }
    };
    let ops = accounts::create(db, &key, "Bench Operations", "Operations", None)
        .await
        .expect("ops");
    let in_ops = Acting::system(&ops.id, "bench");
    let seller = sellers::create(
        db,
        &in_ops,
        "Bench Seller",
        &Default::default(),
        &["EUR".into()],
    )
    .await
    .expect("seller");
    let started = Instant::now();
    let words = [
        "North", "South", "East", "West", "Central", "Trading", "Labs", "Retail",
    ];
    let end = app::backend::clock::now_ms() - 3_600_000;
    let mut done = 0u64;
    while done < n {
        let batch = (n - done).min(1000);
        let tx = db.begin().await.expect("tx");
        let buyers = (done..done + batch).map(|i| {
            let name = format!(
                "{} {} {i:07}",
                words[(i % 8) as usize],
                words[(i / 8 % 8) as usize]
            );
            let at = end - (n - i) as i64 * 60_000;
            buyer::ActiveModel {
                id: Set(format!("BUY-{:04}-{:04}", i / 10_000, i % 10_000)),
                account_id: Set(account_id.clone()),
                sort_name: Set(name.to_lowercase()),
                name: Set(name),
                tax_number: Set(format!("DE{:09}", i * 7919 % 1_000_000_000)),
                logo: Set(None),
                logo_type: Set(None),
                address_line1: Set(Some(format!("Street {}", i % 500))),
                address_line2: Set(None),
                city: Set(Some("Berlin".into())),
                region: Set(None),
                postcode: Set(Some(format!("{:05}", i % 99_999))),
                country: Set(Some("DE".into())),
                contact_first_name: Set(Some("Ada".into())),
                contact_last_name: Set(Some("Lovelace".into())),
                contact_email: Set(Some(format!("buyer{i}@example.com"))),
                contact_phone: Set(None),
                status: Set(status(i, ["Enabled", "Active", "Disabled"]).into()),
                disabled_by: Set((i % 100 == 0).then(|| "account".to_string())),
                revision: Set(1),
                created_at: Set(at),
                created_by: Set(None),
                updated_at: Set(at),
                updated_by: Set(None),
            }
        });
        buyer::Entity::insert_many(buyers)
            .exec(&tx)
            .await
            .expect("buyers");
        let licensees = (done..done + batch).map(|i| {
            let name = format!("Licensee {} {i:07}", words[(i * 3 % 8) as usize]);
            let at = end - (n - i) as i64 * 60_000;
            let b = i * 7 % n;
            licensee::ActiveModel {
                id: Set(format!("LCE-{:04}-{:04}-0000", i / 10_000, i % 10_000)),
                account_id: Set(account_id.clone()),
                buyer_id: Set(format!("BUY-{:04}-{:04}", b / 10_000, b % 10_000)),
                seller_id: Set(seller.id.clone()),
                sort_name: Set(name.to_lowercase()),
                name: Set(name),
                logo: Set(None),
                logo_type: Set(None),
                resale: Set(i % 5 == 0),
                external_ref: Set(format!("EXT-{i}")),
                description: Set(String::new()),
                uses_buyer_address: Set(true),
                address_line1: Set(None),
                address_line2: Set(None),
                city: Set(None),
                region: Set(None),
                postcode: Set(None),
                country: Set(None),
                contact_first_name: Set(None),
                contact_last_name: Set(None),
                contact_email: Set(None),
                contact_phone: Set(None),
                status: Set(status(i, ["Active", "New", "Disabled"]).into()),
                revision: Set(1),
                created_at: Set(at),
                created_by: Set(None),
                updated_at: Set(at),
                updated_by: Set(None),
            }
        });
        licensee::Entity::insert_many(licensees)
            .exec(&tx)
            .await
            .expect("licensees");
        tx.commit().await.expect("commit");
        done += batch;
    }
    println!(
        "  seeded {n} buyers and {n} licensees in {:.0} s",
        started.elapsed().as_secs_f64()
    );
    account_id
}

fn q(f: impl FnOnce(&mut ListParams)) -> ListParams {
    let mut p = ListParams {
        limit: 25,
        ..Default::default()
    };
    f(&mut p);
    p
}

async fn timed<T, F, Fut>(label: &str, run: F)
where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = ListPage<T>>,
{
    let mut times: Vec<Duration> = Vec::with_capacity(RUNS);
    let mut rows = 0;
    let mut total = String::new();
    for i in 0..RUNS + 3 {
        let t = Instant::now();
        let page = run().await;
        if i >= 3 {
            times.push(t.elapsed());
        }
        rows = page.rows.len();
        total = if page.total_is_capped {
            format!("{}+", page.total)
        } else {
            page.total.to_string()
        };
    }
    times.sort();
    println!(
        "| {label} | {:.2} ms | {:.2} ms | {rows} | {total} |",
        pct(&times, 0.5),
        pct(&times, 0.95)
    );
}

async fn bench(label: &str, db: &DatabaseConnection, n: u64) {
    println!("\n== {label}: {n} buyers and {n} licensees in one account");
    let account = seeded(db, n).await;
    if db.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
        for t in ["buyers", "licensees"] {
            db.execute(Statement::from_string(
                db.get_database_backend(),
                format!("ANALYZE {t}"),
            ))
            .await
            .expect("analyze");
        }
    }
    let all = BuyerScope::All;
    println!("| list, first page of 25 | p50 | p95 | rows | matches |");
    println!("|---|---|---|---|---|");
    let buyer_cases = vec![
        ("buyers by name", q(|_| {})),
        ("buyers by name, descending", q(|p| p.desc = true)),
        (
            "buyers newest first",
            q(|p| {
                p.sort = "created".into();
                p.desc = true;
            }),
        ),
        (
            "buyers Disabled (1%)",
            q(|p| {
                p.filters.insert("status".into(), "Disabled".into());
            }),
        ),
        ("buyers search: common word", q(|p| p.q = "north".into())),
        (
            "buyers search: one buyer",
            q(|p| p.q = format!("{:07}", n * 42 / 100)),
        ),
        (
            "buyers search: no match (worst case)",
            q(|p| p.q = "nobody".into()),
        ),
    ];
    for (name, p) in buyer_cases {
        timed(name, || async {
            buyers::page(db, &account, &all, &p).await.expect("buyers")
        })
        .await;
    }
    // A deep page: the cursor of a row in the middle, as the pager would carry it.
    let mid = n / 2;
    let mid_name =
        buyer::Entity::find_by_id(format!("BUY-{:04}-{:04}", mid / 10_000, mid % 10_000))
            .one(db)
            .await
            .expect("mid")
            .expect("a middle buyer");
    let deep = q(|p| {
        p.cursor = Some(serde_json::json!({"v": mid_name.sort_name, "id": mid_name.id}).to_string())
    });
    timed("buyers, a page from the middle (keyset)", || async {
        buyers::page(db, &account, &all, &deep).await.expect("deep")
    })
    .await;

    // The buyer of the middle licensee (licensee i belongs to buyer 7i mod n).
    let b = mid * 7 % n;
    let one_buyer = format!("BUY-{:04}-{:04}", b / 10_000, b % 10_000);
    let licensee_cases = vec![
        ("licensees by name", q(|_| {})),
        (
            "licensees newest first",
            q(|p| {
                p.sort = "created".into();
                p.desc = true;
            }),
        ),
        (
            "licensees of one buyer",
            q(|p| {
                p.filters.insert("buyer".into(), one_buyer.clone());
            }),
        ),
        (
            "licensees Unavailable",
            q(|p| {
                p.filters.insert("status".into(), "Unavailable".into());
            }),
        ),
        (
            "licensees search: no match (worst case)",
            q(|p| p.q = "nobody".into()),
        ),
    ];
    for (name, p) in licensee_cases {
        timed(name, || async {
            licensees::list_page(db, &account, &all, &p)
                .await
                .expect("licensees")
        })
        .await;
    }
    let mid_l =
        licensee::Entity::find_by_id(format!("LCE-{:04}-{:04}-0000", mid / 10_000, mid % 10_000))
            .one(db)
            .await
            .expect("mid")
            .expect("a middle licensee");
    let deep = q(|p| {
        p.cursor = Some(serde_json::json!({"v": mid_l.sort_name, "id": mid_l.id}).to_string())
    });
    timed("licensees, a page from the middle (keyset)", || async {
        licensees::list_page(db, &account, &all, &deep)
            .await
            .expect("deep")
    })
    .await;
}

#[tokio::main]
async fn main() {
    let n: u64 = std::env::var("ROWS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    bench(
        "SQLite",
        &common::sqlite("bench-lists", "lists.db").await,
        n,
    )
    .await;
    bench("PostgreSQL", &common::postgres("as_bench_lists").await, n).await;
}
