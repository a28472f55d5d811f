//! The audit hash chain: concurrent appends stay ordered, and tampering is found at the row.

mod common;

use app::backend::services::audit::{self, Actor, AuditEntry, ClientInfo};
use app::permissions::Role;
use common::*;
use sea_orm::{ConnectionTrait, Statement};

#[tokio::test]
async fn concurrent_appends_keep_one_valid_chain() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (account, _) = account_with(&app.state, "Acme", Role::Admin).await;
        let mut tasks = Vec::new();
        for i in 0..12 {
            let db = app.state.db.clone();
            let account = account.clone();
            tasks.push(tokio::spawn(async move {
                let entry = AuditEntry {
                    action: "test.thing.touch".into(),
                    summary: format!("touch {i}"),
                    ..Default::default()
                };
                audit::record(
                    &db,
                    &account,
                    &Actor::system("test"),
                    &ClientInfo::default(),
                    entry,
                )
                .await
            }));
        }
        for t in tasks {
            t.await
                .unwrap()
                .unwrap_or_else(|e| panic!("{backend}: append failed: {e:?}"));
        }
        let report = audit::verify(&app.state.db, &account).await.unwrap();
        assert_eq!(report.first_broken, None, "{backend}");
        assert_eq!(report.checked, 12, "{backend}");
    }
}

#[tokio::test]
async fn tampering_with_a_record_is_detected_at_that_record() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (account, _) = account_with(&app.state, "Acme", Role::Admin).await;
        for i in 0..5 {
            let entry = AuditEntry {
                action: "test.thing.touch".into(),
                summary: format!("touch {i}"),
                ..Default::default()
            };
            audit::record(
                &app.state.db,
                &account,
                &Actor::system("test"),
                &ClientInfo::default(),
                entry,
            )
            .await
            .unwrap();
        }
        let page = audit::list(
            &app.state.db,
            &account,
            &app::model::AuditFilter {
                limit: 10,
                before: None,
                after: None,
            },
        )
        .await
        .unwrap();
        let victim = &page.records[2];
        let sql = format!(
            "UPDATE audit_records SET summary = 'nothing to see' WHERE id = '{}'",
            victim.id
        );
        app.state
            .db
            .execute(Statement::from_string(
                app.state.db.get_database_backend(),
                sql,
            ))
            .await
            .unwrap();
        let report = audit::verify(&app.state.db, &account).await.unwrap();
        assert_eq!(
            report.first_broken.as_deref(),
            Some(victim.id.as_str()),
            "{backend}"
        );
    }
}

#[tokio::test]
async fn keyset_pages_walk_the_trail_without_gaps() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (account, _) = account_with(&app.state, "Acme", Role::Admin).await;
        server::seed::bulk_audit(&app.state.db, &account, 57)
            .await
            .unwrap();
        let mut seen = Vec::new();
        let mut filter = app::model::AuditFilter {
            limit: 10,
            before: None,
            after: None,
        };
        loop {
            let page = audit::list(&app.state.db, &account, &filter).await.unwrap();
            assert_eq!(page.total, 57, "{backend}");
            seen.extend(page.records.iter().map(|r| r.seq));
            if !page.has_older {
                break;
            }
            filter.before = page.records.last().map(|r| r.seq);
        }
        assert_eq!(seen.len(), 57, "{backend}");
        assert!(
            seen.windows(2).all(|w| w[0] > w[1]),
            "{backend}: newest first, no repeats"
        );
        // And back: the page newer than the second page is the first page.
        let second = audit::list(
            &app.state.db,
            &account,
            &app::model::AuditFilter {
                limit: 10,
                before: Some(seen[9]),
                after: None,
            },
        )
        .await
        .unwrap();
        let back = audit::list(
            &app.state.db,
            &account,
            &app::model::AuditFilter {
                limit: 10,
                before: None,
                after: second.records.first().map(|r| r.seq),
            },
        )
        .await
        .unwrap();
        assert_eq!(
            back.records.iter().map(|r| r.seq).collect::<Vec<_>>(),
            seen[..10].to_vec(),
            "{backend}"
        );
        assert!(
            audit::verify(&app.state.db, &account)
                .await
                .unwrap()
                .first_broken
                .is_none(),
            "{backend}"
        );
    }
}
