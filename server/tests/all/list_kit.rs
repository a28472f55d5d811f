//! The list kit on buyers and licensees, on SQLite and PostgreSQL: keyset pages in both orders
//! for each sort key walk every row once, search and filters narrow at the database, the count
//! is capped, a forged cursor is a field error, and the caller's buyers scope holds.

use crate::common::trading::{berlin, person, set_up, wizard};
use crate::common::*;
use app::backend::services::acting::Acting;
use app::backend::services::trading::buyers::{self, NewBuyer};
use app::backend::services::{trading::licensees, trading::sellers};
use app::error::AppError;
use app::model::{BuyerStatus, ListParams};
use app::permissions::{BuyerScope, Role};
use serde_json::json;

fn params(sort: &str, desc: bool, limit: u64) -> ListParams {
    ListParams {
        sort: sort.into(),
        desc,
        limit,
        ..Default::default()
    }
}

#[tokio::test]
async fn buyers_and_licensees_page_at_the_database() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let db = &app.state.db;
        let (acc, _) = account_with(&app.state, "Acme", Role::Admin).await;
        let t = set_up(&app.state, &acc).await;
        let who = Acting::system(&acc, "list test");
        let mut made = vec![t.research.clone(), t.retail.clone()];
        for i in 0..9 {
            let new = NewBuyer {
                name: format!(
                    "Buyer {:02} {}",
                    9 - i,
                    if i % 2 == 0 { "North" } else { "South" }
                ),
                tax_number: format!("TX{i}"),
                address: berlin(),
                contact: person(),
            };
            made.push(buyers::create(db, &who, new).await.unwrap().id);
        }
        sellers::link(db, &who, &t.de, Some(&made[2]))
            .await
            .unwrap();
        let all = BuyerScope::All;

        // Every sort key, both orders, pages of 3: each buyer exactly once, in order.
        for sort in buyers::SORTS {
            for desc in [false, true] {
                let mut p = params(sort, desc, 3);
                let mut seen: Vec<(String, i64, String)> = vec![];
                loop {
                    let page = buyers::page(db, &acc, &all, &p).await.unwrap();
                    assert_eq!((page.total, page.total_is_capped), (11, false), "{backend}");
                    seen.extend(
                        page.rows
                            .iter()
                            .map(|b| (b.name.to_lowercase(), b.created_at, b.id.clone())),
                    );
                    match page.next_cursor {
                        Some(c) => p.cursor = Some(c),
                        None => break,
                    }
                }
                assert_eq!(seen.len(), 11, "{backend} {sort} {desc}");
                let mut expected = seen.clone();
                expected.sort_by(|a, b| match sort {
                    "name" => (&a.0, &a.2).cmp(&(&b.0, &b.2)),
                    _ => (a.1, &a.2).cmp(&(b.1, &b.2)),
                });
                if desc {
                    expected.reverse();
                }
                assert_eq!(seen, expected, "{backend} {sort} desc={desc}");
            }
        }
        // Search (name, any case), status filter, and the scope.
        let mut p = params("", false, 25);
        p.q = "NORTH".into();
        let north = buyers::page(db, &acc, &all, &p).await.unwrap();
        assert_eq!(north.total, 5, "{backend}");
        p.q = String::new();
        p.filters.insert("status".into(), "Disabled".into());
        assert_eq!(
            buyers::page(db, &acc, &all, &p).await.unwrap().total,
            0,
            "{backend}"
        );
        p.filters.insert("status".into(), "Sideways".into());
        assert!(
            matches!(buyers::page(db, &acc, &all, &p).await, Err(AppError::Validation(e)) if e.contains_key("status"))
        );
        let only = BuyerScope::Only(vec![made[3].clone()]);
        let scoped = buyers::page(db, &acc, &only, &params("", false, 25))
            .await
            .unwrap();
        assert_eq!(
            scoped.rows.iter().map(|b| b.id.clone()).collect::<Vec<_>>(),
            vec![made[3].clone()]
        );
        // A forged cursor and an unknown sort are field errors, never a database error.
        let mut bad = params("", false, 25);
        bad.cursor = Some("{\"v\":\"x\\u0000\",\"id\":\"BUY-1\"}".into());
        assert!(
            matches!(buyers::page(db, &acc, &all, &bad).await, Err(AppError::Validation(e)) if e.contains_key("cursor")),
            "{backend}"
        );
        bad.cursor = Some("not json".into());
        assert!(
            matches!(buyers::page(db, &acc, &all, &bad).await, Err(AppError::Validation(e)) if e.contains_key("cursor"))
        );
        let odd = params("tax", false, 25);
        assert!(
            matches!(buyers::page(db, &acc, &all, &odd).await, Err(AppError::Validation(e)) if e.contains_key("sort"))
        );

        // Licensees: buyer and status filters (Unavailable: not Active, or a disabled buyer).
        for name in ["Zeta", "Alpha", "Mu"] {
            let v = wizard(name, &t.research, &t.de).validate().unwrap();
            licensees::create(db, &who, &all, v).await.unwrap();
        }
        let v = wizard("Retail one", &t.retail, &t.uk).validate().unwrap();
        let retail_one = licensees::create(db, &who, &all, v).await.unwrap();
        licensees::set_enabled(db, &who, &all, &retail_one.id, true)
            .await
            .unwrap();
        let mut lp = params("name", false, 2);
        lp.filters.insert("buyer".into(), t.research.clone());
        let first = licensees::list_page(db, &acc, &all, &lp).await.unwrap();
        assert_eq!(
            first
                .rows
                .iter()
                .map(|l| l.name.as_str())
                .collect::<Vec<_>>(),
            ["Alpha", "Mu"],
            "{backend}"
        );
        assert_eq!(first.total, 3);
        lp.cursor = first.next_cursor;
        let second = licensees::list_page(db, &acc, &all, &lp).await.unwrap();
        assert_eq!(
            second
                .rows
                .iter()
                .map(|l| l.name.as_str())
                .collect::<Vec<_>>(),
            ["Zeta"]
        );
        assert!(second.next_cursor.is_none());
        let mut unavailable = params("", false, 25);
        unavailable
            .filters
            .insert("status".into(), "Unavailable".into());
        assert_eq!(
            licensees::list_page(db, &acc, &all, &unavailable)
                .await
                .unwrap()
                .total,
            3,
            "{backend}: the New ones"
        );
        buyers::set_enabled(db, &who, &all, &t.retail, false)
            .await
            .unwrap();
        assert_eq!(
            licensees::list_page(db, &acc, &all, &unavailable)
                .await
                .unwrap()
                .total,
            4,
            "{backend}: and the disabled buyer's"
        );
        let _ = BuyerStatus::Disabled;
    }
}

#[tokio::test]
async fn the_console_pages_and_exports_exactly_the_filtered_rows() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (acc, admin) = account_with(&app.state, "Acme", Role::Admin).await;
        let t = set_up(&app.state, &acc).await;
        let mut c = Client::new(&app);
        c.sign_in(&admin, PASSWORD).await;
        let page = c
            .call(
                "/sf/buyers/page",
                json!({"params": {"q": "retail", "limit": 10}}),
            )
            .await;
        assert_eq!(
            page.status,
            axum::http::StatusCode::OK,
            "{backend}: {:?}",
            page.body
        );
        assert_eq!(page.body["total"], 1, "{backend}");
        assert_eq!(page.body["rows"][0]["id"], t.retail.as_str());
        let csv = c
            .call(
                "/sf/buyers/export",
                json!({"params": {"q": "acme", "sort": "created", "desc": true}}),
            )
            .await;
        let text = csv.body.as_str().unwrap().to_string();
        assert!(text.starts_with("id,name,tax_number,"), "{backend}");
        assert_eq!(text.lines().count(), 3, "{backend}: header and two buyers");
        assert!(
            text.find("Acme Retail").unwrap() < text.find("Acme Research").unwrap(),
            "{backend}: newest first"
        );
        let l = c
            .call(
                "/sf/licensees/page",
                json!({"params": {"filters": {"status": "Active"}}}),
            )
            .await;
        assert_eq!(l.body["total"], 0, "{backend}");
    }
}

/// Search through the trigram indexes (SQLite's FTS5 copy, PostgreSQL's pg_trgm): by part of
/// the name in any case, of the id and of the tax number or reference; short and wildcard
/// terms still match exactly; a rename is found under the new name only.
#[tokio::test]
async fn searches_find_names_ids_and_codes_and_follow_renames() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let db = &app.state.db;
        let (acc, _) = account_with(&app.state, "Acme", Role::Admin).await;
        let t = set_up(&app.state, &acc).await;
        let who = Acting::system(&acc, "search test");
        let all = BuyerScope::All;
        let mut ids = vec![];
        for (i, name) in ["Müller Handel", "Northwind Traders", "Nord 100% Bio"]
            .into_iter()
            .enumerate()
        {
            let new = NewBuyer {
                name: name.into(),
                tax_number: format!("DE77{i}123456"),
                address: berlin(),
                contact: person(),
            };
            ids.push(buyers::create(db, &who, new).await.unwrap().id);
        }
        let found = |q: &str| {
            let mut p = params("", false, 25);
            p.q = q.into();
            p
        };
        let names = |page: app::model::ListPage<app::model::BuyerDto>| {
            page.rows.into_iter().map(|b| b.name).collect::<Vec<_>>()
        };
        assert_eq!(
            names(buyers::page(db, &acc, &all, &found("WIND")).await.unwrap()),
            ["Northwind Traders"],
            "{backend}"
        );
        assert_eq!(
            names(
                buyers::page(db, &acc, &all, &found("ller h"))
                    .await
                    .unwrap()
            ),
            ["Müller Handel"],
            "{backend}"
        );
        assert_eq!(
            names(
                buyers::page(db, &acc, &all, &found("E772123"))
                    .await
                    .unwrap()
            ),
            ["Nord 100% Bio"],
            "{backend}: the tax number"
        );
        let tail = &ids[1][ids[1].len() - 6..];
        let by_id = buyers::page(db, &acc, &all, &found(tail)).await.unwrap();
        assert!(
            by_id.rows.iter().any(|b| b.id == ids[1]),
            "{backend}: part of the id"
        );
        assert_eq!(
            names(buyers::page(db, &acc, &all, &found("0%")).await.unwrap()),
            ["Nord 100% Bio"],
            "{backend}: a % is a character, not a wildcard"
        );
        assert_eq!(
            buyers::page(db, &acc, &all, &found("No"))
                .await
                .unwrap()
                .total,
            2,
            "{backend}: two characters"
        );
        assert_eq!(
            buyers::page(db, &acc, &all, &found("zzq"))
                .await
                .unwrap()
                .total,
            0
        );

        // Licensees: by reference, and a rename moves the name in the search copy.
        let v = wizard("Research lab", &t.research, &t.de)
            .validate()
            .unwrap();
        let lab = licensees::create(db, &who, &all, v).await.unwrap();
        let mut lp = params("", false, 25);
        lp.q = "search l".into();
        assert_eq!(
            licensees::list_page(db, &acc, &all, &lp)
                .await
                .unwrap()
                .total,
            1,
            "{backend}"
        );
        let edit = app::validation::LicenseeEdit {
            name: "Quantum bench".into(),
            external_ref: "QB-2291".into(),
            use_buyer_address: true,
            contact: serde_json::from_value(json!({
                "contact_first_name": "Lea", "contact_last_name": "Lab",
                "contact_email": "lea@example.com", "contact_phone": ""
            }))
            .unwrap(),
            ..Default::default()
        };
        licensees::update(db, &who, &all, &lab.id, &edit, lab.revision)
            .await
            .unwrap();
        for (q, n) in [("search l", 0), ("quantum", 1), ("b-229", 1)] {
            lp.q = q.into();
            assert_eq!(
                licensees::list_page(db, &acc, &all, &lp)
                    .await
                    .unwrap()
                    .total,
                n,
                "{backend}: {q}"
            );
        }
    }
}
