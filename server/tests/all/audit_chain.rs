//! The audit hash chain: concurrent appends stay ordered, and tampering is found at the row.

use crate::common::*;
use app::backend::services::audit::{self, Actor, AuditEntry, ClientInfo};
use app::backend::services::{audit::audit_query, audit::audit_verify};
use app::permissions::Role;
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
        let report = audit_verify::verify(&app.state.db, &account).await.unwrap();
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
        let page = audit_query::list(
            &app.state.db,
            &account,
            &app::model::AuditFilter {
                limit: 10,
                ..Default::default()
            },
        )
        .await
        .unwrap();
        let victim = &page.records[2];
        let backend_kind = app.state.db.get_database_backend();
        let run = |sql: String| {
            let db = app.state.db.clone();
            async move { db.execute(Statement::from_string(backend_kind, sql)).await }
        };
        let tamper = format!(
            "UPDATE audit_records SET summary = 'nothing to see' WHERE id = '{}'",
            victim.id
        );
        // The database itself refuses to change or remove a record…
        let refused = run(tamper.clone())
            .await
            .expect_err("UPDATE must be refused");
        assert!(
            refused.to_string().contains("append-only"),
            "{backend}: {refused}"
        );
        let refused = run(format!(
            "DELETE FROM audit_records WHERE id = '{}'",
            victim.id
        ))
        .await
        .expect_err("DELETE must be refused");
        assert!(
            refused.to_string().contains("append-only"),
            "{backend}: {refused}"
        );
        if backend == "postgres" {
            assert!(run("TRUNCATE audit_records".into()).await.is_err());
        }
        assert!(
            audit_verify::verify(&app.state.db, &account)
                .await
                .unwrap()
                .intact(),
            "{backend}"
        );
        // …so someone with the database's owner rights lifts the guard and edits a row.
        let lift = if backend == "postgres" {
            "ALTER TABLE audit_records DISABLE TRIGGER audit_records_guard"
        } else {
            "DROP TRIGGER audit_records_no_update"
        };
        run(lift.into()).await.unwrap();
        run(tamper).await.unwrap();
        assert!(
            !server::audit_cli::verify(&app.state.db, Some(account.clone()))
                .await
                .unwrap(),
            "{backend}: the CLI reports a broken chain"
        );
        let report = audit_verify::verify(&app.state.db, &account).await.unwrap();
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
            ..Default::default()
        };
        loop {
            let page = audit_query::list(&app.state.db, &account, &filter)
                .await
                .unwrap();
            assert_eq!(page.total, Some(57), "{backend}");
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
        let second = audit_query::list(
            &app.state.db,
            &account,
            &app::model::AuditFilter {
                limit: 10,
                before: Some(seen[9]),
                ..Default::default()
            },
        )
        .await
        .unwrap();
        let back = audit_query::list(
            &app.state.db,
            &account,
            &app::model::AuditFilter {
                limit: 10,
                after: second.records.first().map(|r| r.seq),
                ..Default::default()
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
            audit_verify::verify(&app.state.db, &account)
                .await
                .unwrap()
                .first_broken
                .is_none(),
            "{backend}"
        );
    }
}
