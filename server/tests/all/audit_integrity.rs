//! Integrity of the audit trail on SQLite and PostgreSQL: retention that keeps the chain
//! verifiable, and security events recorded with address and agent but without secrets.

use crate::common::audit::*;
use crate::common::*;
use app::backend::clock::now_ms;
use app::backend::entities::audit_purge;
use app::backend::services::{audit::audit_retention, audit::audit_verify};
use app::permissions::Role;
use app::validation::DAY_MS;
use axum::http::StatusCode;
use base64::Engine;
use sea_orm::{ActiveModelTrait, ConnectionTrait, Set, Statement};
use serde_json::{json, Value};

#[tokio::test]
async fn retention_purges_old_records_and_the_chain_stays_verifiable() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (account, email) = account_with(&app.state, "Acme", Role::Admin).await;
        server::seed::bulk_audit(&app.state.db, &account, 730)
            .await
            .unwrap();
        let mut c = Client::new(&app);
        c.sign_in(&email, PASSWORD).await;
        let r = c.call("/sf/audit/retention", json!({})).await;
        assert_eq!(r.body["days"], Value::Null, "{backend}: forever by default");
        let rev = r.body["account_revision"].as_i64().unwrap();
        let bad = c
            .call(
                "/sf/audit/set_retention",
                json!({"days": 7, "account_revision": rev}),
            )
            .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{backend}");
        let ok = c
            .call(
                "/sf/audit/set_retention",
                json!({"days": 365, "account_revision": rev}),
            )
            .await;
        assert_eq!(ok.status, StatusCode::OK, "{backend}: {:?}", ok.body);
        let stale = c
            .call(
                "/sf/audit/set_retention",
                json!({"days": 90, "account_revision": rev}),
            )
            .await;
        assert_eq!(stale.status, StatusCode::CONFLICT, "{backend}");

        let before = all_records(&app, &account).await.len();
        let removed = audit_retention::purge_expired(&app.state.db, &account, now_ms())
            .await
            .unwrap();
        let after = all_records(&app, &account).await;
        let cutoff = now_ms() - 365 * DAY_MS;
        assert!(
            removed > 300 && removed < 400,
            "{backend}: removed {removed}"
        );
        assert_eq!(after.len() as u64, before as u64 - removed + 1, "{backend}");
        assert!(after.iter().all(|r| r.at >= cutoff - 60_000), "{backend}");
        let purge = after
            .iter()
            .find(|r| r.action == "audit.records.purge")
            .expect("the purge is recorded");
        assert!(
            purge
                .summary
                .contains(&format!("Removed {removed} records")),
            "{backend}"
        );
        let report = audit_verify::verify(&app.state.db, &account).await.unwrap();
        let seqs: Vec<(i64, i64, String)> = after
            .iter()
            .map(|r| (r.seq, r.at, r.action.clone()))
            .take(8)
            .collect();
        assert!(
            report.intact(),
            "{backend}: {report:?} {seqs:?} now={}",
            now_ms()
        );
        assert!(report.starts_after_seq > 0, "{backend}");
        // Running again removes nothing more.
        assert_eq!(
            audit_retention::purge_expired(&app.state.db, &account, now_ms())
                .await
                .unwrap(),
            0
        );
        let shown = c.call("/sf/audit/retention", json!({})).await;
        assert_eq!(
            shown.body["purged_total"].as_i64(),
            Some(removed as i64),
            "{backend}"
        );

        // Records above the anchor still cannot be deleted, and anchors cannot be changed.
        let kind = app.state.db.get_database_backend();
        let newest = &after[0];
        let del = app
            .state
            .db
            .execute(Statement::from_string(
                kind,
                format!("DELETE FROM audit_records WHERE id = '{}'", newest.id),
            ))
            .await;
        assert!(del.is_err(), "{backend}");
        let upd = app
            .state
            .db
            .execute(Statement::from_string(
                kind,
                "UPDATE audit_purges SET up_to_seq = up_to_seq + 100".to_string(),
            ))
            .await;
        assert!(upd.is_err(), "{backend}");
        // An anchor slipped in by hand (to excuse deleting newer records) is reported.
        audit_purge::ActiveModel {
            id: Set("PRG-0000-0000-0000-0001".into()),
            account_id: Set(account.clone()),
            up_to_seq: Set(newest.seq - 5),
            anchor_hash: Set(after[5].hash.clone()),
            purged_count: Set(1),
            cutoff_at: Set(0),
            at: Set(now_ms()),
            record_id: Set("AUD-0000-0000-0000-0000".into()),
        }
        .insert(&app.state.db)
        .await
        .unwrap();
        let report = audit_verify::verify(&app.state.db, &account).await.unwrap();
        assert!(
            report
                .problem
                .as_deref()
                .is_some_and(|p| p.contains("not announced")),
            "{backend}: {report:?}"
        );
    }
}

#[tokio::test]
async fn security_events_are_recorded_with_ip_and_agent_but_never_secrets() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (account, email) = account_with(&app.state, "Acme", Role::Admin).await;
        add_member(&app.state, &account, "viewer@acme.example", Role::Member).await;
        let wrong_password = "Wr0ng!Secret-Typed-By-Mistake";
        let (status, _) = send(
            &app,
            "POST",
            "/sf/auth/sign_in",
            None,
            None,
            Some(json!({"email": email, "password": wrong_password})),
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{backend}");
        let failed = records_of(&app, &account, "auth.session.sign_in_failed").await;
        assert_eq!(failed.len(), 1, "{backend}");
        assert_eq!(
            (failed[0].ip.as_str(), failed[0].user_agent.as_str()),
            (FROM_IP, UA)
        );
        assert!(failed[0].summary.contains("wrong password"), "{backend}");

        // A member without Users edit tries to change a role.
        let mut viewer = Client::new(&app);
        viewer.sign_in("viewer@acme.example", PASSWORD).await;
        let cookie = viewer.cookie.clone().unwrap();
        let (status, _) = send(
            &app,
            "POST",
            "/sf/users/update",
            Some(&cookie),
            None,
            Some(json!({"membership_id": "AUSR-0000-0000-0000", "role": "Admin", "group_ids": [], "updated_at": 0})),
        )
        .await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{backend}");
        let denied = records_of(&app, &account, "access.permission.denied").await;
        assert_eq!(denied.len(), 1, "{backend}");
        assert!(denied[0].summary.contains("/sf/users/update"), "{backend}");
        assert_eq!(denied[0].actor_type, "user");
        assert_eq!(denied[0].ip, FROM_IP);

        // A token outside its modules, then disabled; a wrong passcode.
        let mut admin = Client::new(&app);
        admin.sign_in(&email, PASSWORD).await;
        let t = admin
            .call(
                "/sf/tokens/create",
                json!({"input": {"name": "CI", "modules": {"users": "view"}, "expires_in_days": 30}}),
            )
            .await;
        let (token_id, secret) = (
            t.body["token"]["id"].as_str().unwrap().to_string(),
            t.body["secret"].as_str().unwrap().to_string(),
        );
        let bearer = format!("Bearer {secret}");
        let (status, _) = send(&app, "GET", "/api/v1/groups", None, Some(&bearer), None).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{backend}");
        admin
            .call(
                "/sf/tokens/set_status",
                json!({"id": token_id, "status": "Disabled"}),
            )
            .await;
        let (status, _) = send(&app, "GET", "/api/v1/users", None, Some(&bearer), None).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{backend}");
        let cred = admin.call("/sf/account/credentials", json!({})).await.body;
        let passcode = cred["passcode"].as_str().unwrap().to_string();
        let wrong_passcode = format!("{passcode}x");
        let basic = format!(
            "Basic {}",
            base64::engine::general_purpose::STANDARD.encode(format!("{account}:{wrong_passcode}"))
        );
        let (status, _) = send(&app, "GET", "/api/v1/users", None, Some(&basic), None).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{backend}");

        let denied = records_of(&app, &account, "access.permission.denied").await;
        assert!(
            denied
                .iter()
                .any(|r| r.actor_id == token_id && r.summary.contains("GET /api/v1/groups")),
            "{backend}: {denied:?}"
        );
        let auth_failed = records_of(&app, &account, "api.auth.failed").await;
        assert_eq!(auth_failed.len(), 2, "{backend}: {auth_failed:?}");
        assert!(auth_failed
            .iter()
            .any(|r| r.object_id == token_id && r.summary.contains("disabled")));
        assert!(auth_failed
            .iter()
            .any(|r| r.summary.contains("wrong passcode")));
        assert!(auth_failed
            .iter()
            .all(|r| r.ip == FROM_IP && r.user_agent == UA));

        // No column of any record carries what was typed or issued as a secret.
        admin
            .call("/sf/account/credentials_regenerate", json!({}))
            .await;
        let everything = serde_json::to_string(
            &all_records(&app, &account)
                .await
                .into_iter()
                .map(app::backend::services::audit::to_dto)
                .collect::<Vec<_>>(),
        )
        .unwrap();
        for secret_text in [
            wrong_password,
            PASSWORD,
            secret.as_str(),
            passcode.as_str(),
            &secret[4..20],
        ] {
            assert!(
                !everything.contains(secret_text),
                "{backend}: a secret leaked into the trail"
            );
        }
        assert!(audit_verify::verify(&app.state.db, &account)
            .await
            .unwrap()
            .intact());
    }
}
