//! The full audit trail on SQLite and PostgreSQL: filters against a brute-force reference,
//! retention that keeps the chain verifiable, security events without secrets, and streamed
//! exports of exactly the filtered records.

mod common;

use app::backend::clock::now_ms;
use app::backend::entities::{audit_purge, audit_record};
use app::backend::services::audit_query::Selection;
use app::backend::services::{audit_query, audit_retention, audit_verify};
use app::model::{AuditCriteria, AuditFilter};
use app::permissions::Role;
use app::validation::DAY_MS;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{header, Request, StatusCode};
use base64::Engine;
use common::*;
use sea_orm::{ActiveModelTrait, ConnectionTrait, Set, Statement};
use serde_json::{json, Value};
use std::net::SocketAddr;
use tower::ServiceExt;

const UA: &str = "audit-test-agent/1.0";
const FROM_IP: &str = "203.0.113.77";

/// A request from a known address and browser, with optional session cookie or credentials.
async fn send(
    app: &TestApp,
    method: &str,
    path: &str,
    cookie: Option<&str>,
    auth: Option<&str>,
    body: Option<Value>,
) -> (StatusCode, String) {
    let mut req = Request::builder()
        .method(method)
        .uri(path)
        .header(header::HOST, "console.test")
        .header(header::ORIGIN, ORIGIN)
        .header(header::USER_AGENT, UA);
    if let Some(c) = cookie {
        req = req.header(header::COOKIE, c);
    }
    if let Some(a) = auth {
        req = req.header(header::AUTHORIZATION, a);
    }
    let mut req = match body {
        Some(b) => req
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(b.to_string())),
        None => req.body(Body::empty()),
    }
    .unwrap();
    let addr: SocketAddr = format!("{FROM_IP}:40000").parse().unwrap();
    req.extensions_mut().insert(ConnectInfo(addr));
    let res = app.router.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let bytes = axum::body::to_bytes(res.into_body(), 64 << 20)
        .await
        .unwrap();
    (status, String::from_utf8_lossy(&bytes).into_owned())
}

async fn all_records(app: &TestApp, account: &str) -> Vec<audit_record::Model> {
    let sel = Selection::new(&app.state.db, account, &Default::default())
        .await
        .unwrap();
    sel.older(&app.state.db, None, 1_000_000).await.unwrap()
}

/// Every page of a filtered walk, newest first, by keyset.
async fn walk(app: &TestApp, account: &str, criteria: &AuditCriteria) -> Vec<i64> {
    let mut filter = AuditFilter {
        limit: 37,
        criteria: criteria.clone(),
        ..Default::default()
    };
    let mut seen = Vec::new();
    loop {
        let page = audit_query::list(&app.state.db, account, &filter)
            .await
            .unwrap();
        seen.extend(page.records.iter().map(|r| r.seq));
        if !page.has_older {
            return seen;
        }
        filter.before = page.records.last().map(|r| r.seq);
    }
}

/// A filter, and the rule a record must meet to be in its result.
type Case = (
    &'static str,
    AuditCriteria,
    Box<dyn Fn(&audit_record::Model) -> bool>,
);

fn day(ms: i64) -> String {
    app::util::format_utc(ms).chars().take(10).collect()
}

#[tokio::test]
async fn filters_combine_and_match_a_brute_force_reference() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (account, _) = account_with(&app.state, "Acme", Role::Admin).await;
        server::seed::bulk_audit(&app.state.db, &account, 2500)
            .await
            .unwrap();
        let all = all_records(&app, &account).await;
        assert_eq!(all.len(), 2500, "{backend}");
        let mid = all[1200].at;
        let cases: Vec<Case> = vec![
            (
                "date range",
                AuditCriteria {
                    from: day(mid - 40 * DAY_MS),
                    to: day(mid),
                    ..Default::default()
                },
                Box::new(move |r| {
                    let from =
                        app::validation::parse_date(&day(mid - 40 * DAY_MS)).unwrap() * DAY_MS;
                    let until = (app::validation::parse_date(&day(mid)).unwrap() + 1) * DAY_MS;
                    r.at >= from && r.at < until
                }),
            ),
            (
                "actor id",
                AuditCriteria {
                    actor: "usr-0000-0007".into(),
                    ..Default::default()
                },
                Box::new(|r| r.actor_id == "USR-0000-0007"),
            ),
            (
                "action prefix",
                AuditCriteria {
                    action: "users".into(),
                    ..Default::default()
                },
                Box::new(|r| r.action.starts_with("users.")),
            ),
            (
                "object type and id",
                AuditCriteria {
                    object_type: "group".into(),
                    object_id: "UGR-0000-0042".into(),
                    ..Default::default()
                },
                Box::new(|r| r.object_type == "group" && r.object_id == "UGR-0000-0042"),
            ),
            (
                "ip",
                AuditCriteria {
                    ip: "2001:db8::2a".into(),
                    ..Default::default()
                },
                Box::new(|r| r.ip == "2001:db8::2a"),
            ),
            (
                "text, in any case",
                AuditCriteria {
                    q: "PRICING".into(),
                    ..Default::default()
                },
                Box::new(|r| r.summary.contains("pricing")),
            ),
            (
                "everything at once",
                AuditCriteria {
                    from: day(all[2400].at),
                    to: day(all[100].at),
                    action: "auth.session".into(),
                    object_type: "user".into(),
                    q: "warehouse".into(),
                    ..Default::default()
                },
                Box::new({
                    let (lo, hi) = (all[2400].at, all[100].at);
                    move |r| {
                        let from = app::validation::parse_date(&day(lo)).unwrap() * DAY_MS;
                        let until = (app::validation::parse_date(&day(hi)).unwrap() + 1) * DAY_MS;
                        r.at >= from
                            && r.at < until
                            && r.action.starts_with("auth.session.")
                            && r.object_type == "user"
                            && r.summary.contains("warehouse")
                    }
                }),
            ),
        ];
        for (name, criteria, keep) in cases {
            let expected: Vec<i64> = all.iter().filter(|r| keep(r)).map(|r| r.seq).collect();
            assert!(
                !expected.is_empty(),
                "{backend} {name}: the case must match something"
            );
            assert!(
                expected.len() < all.len(),
                "{backend} {name}: and not everything"
            );
            assert_eq!(
                walk(&app, &account, &criteria).await,
                expected,
                "{backend} {name}"
            );
        }
        // An actor found by name: the account's own member.
        let me = walk(
            &app,
            &account,
            &AuditCriteria {
                actor: "admin".into(),
                ..Default::default()
            },
        )
        .await;
        assert!(me.is_empty(), "{backend}: the admin has done nothing yet");
        // Bad filters are refused on their own fields.
        let bad = audit_query::list(
            &app.state.db,
            &account,
            &AuditFilter {
                limit: 10,
                criteria: AuditCriteria {
                    ip: "10.0.0".into(),
                    to: "2026-13-01".into(),
                    ..Default::default()
                },
                ..Default::default()
            },
        )
        .await
        .unwrap_err()
        .field_errors();
        assert!(
            bad.contains_key("ip") && bad.contains_key("to"),
            "{backend}"
        );
    }
}

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

async fn records_of(app: &TestApp, account: &str, action: &str) -> Vec<audit_record::Model> {
    all_records(app, account)
        .await
        .into_iter()
        .filter(|r| r.action == action)
        .collect()
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

#[tokio::test]
async fn exports_stream_exactly_the_filtered_records_and_are_recorded() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (account, email) = account_with(&app.state, "Acme", Role::Admin).await;
        server::seed::bulk_audit(&app.state.db, &account, 2300)
            .await
            .unwrap();
        let mut c = Client::new(&app);
        let signed = c.sign_in(&email, PASSWORD).await;
        let cookie = c
            .cookie
            .clone()
            .unwrap_or_else(|| panic!("{backend}: {:?}", signed.body));

        // CSV of a filter, through the console's download link.
        let expected = walk(
            &app,
            &account,
            &AuditCriteria {
                action: "groups".into(),
                ..Default::default()
            },
        )
        .await;
        let (status, csv) = send(
            &app,
            "GET",
            "/export/audit?format=csv&action=groups",
            Some(&cookie),
            None,
            None,
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{backend}: {csv}");
        let lines: Vec<&str> = csv.lines().collect();
        assert!(lines[0].starts_with("id,seq,time_utc"), "{backend}");
        assert_eq!(lines.len() - 1, expected.len(), "{backend}");
        let seqs: Vec<i64> = lines[1..]
            .iter()
            .map(|l| l.split(',').nth(1).unwrap().parse().unwrap())
            .collect();
        assert_eq!(seqs, expected, "{backend}");

        // Everything as JSON Lines through the REST API: more than two batches, newest first,
        // and the chain can be re-checked from the file alone.
        let cred = c.call("/sf/account/credentials", json!({})).await.body;
        let basic = format!(
            "Basic {}",
            base64::engine::general_purpose::STANDARD
                .encode(format!("{account}:{}", cred["passcode"].as_str().unwrap()))
        );
        let (status, jsonl) = send(
            &app,
            "GET",
            "/api/v1/audit-records/export?format=jsonl",
            None,
            Some(&basic),
            None,
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{backend}");
        let rows: Vec<Value> = jsonl
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert!(rows.len() > 2300, "{backend}: {}", rows.len());
        for w in rows.windows(2) {
            assert_eq!(
                w[0]["prev_hash"], w[1]["hash"],
                "{backend}: the chain holds in the file"
            );
        }
        let exports = records_of(&app, &account, "audit.records.export").await;
        assert_eq!(exports.len(), 2, "{backend}");
        assert!(exports
            .iter()
            .any(|r| r.summary.contains("action=groups") && r.summary.contains("CSV")));

        // The REST list takes the same filters; bad ones are problems on their fields.
        let (status, body) = send(
            &app,
            "GET",
            "/api/v1/audit-records?limit=5&action=groups&object_type=group",
            None,
            Some(&basic),
            None,
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{backend}");
        let page: Value = serde_json::from_str(&body).unwrap();
        let data = page["data"].as_array().unwrap();
        assert_eq!(data.len(), 5);
        assert!(data
            .iter()
            .all(|r| r["action"].as_str().unwrap().starts_with("groups.")));
        let (status, body) = send(
            &app,
            "GET",
            "/api/v1/audit-records?ip=999.1.1.1",
            None,
            Some(&basic),
            None,
        )
        .await;
        assert_eq!(
            status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{backend}: {body}"
        );
        assert!(body.contains("\"ip\""), "{backend}: {body}");

        // Every role may view the trail, but only signed-in members of this account.
        let (status, _) = send(&app, "GET", "/export/audit?format=csv", None, None, None).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{backend}");
        let (status, _) = send(
            &app,
            "GET",
            "/export/audit?format=xml",
            Some(&cookie),
            None,
            None,
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{backend}");
    }
}

#[tokio::test]
async fn each_account_sees_and_exports_only_its_own_trail() {
    let (_, db) = databases().await.remove(0);
    let app = app_for(db).await;
    let (a, email_a) = account_with(&app.state, "Acme", Role::Admin).await;
    let (b, _) = account_with(&app.state, "Globex", Role::Admin).await;
    server::seed::bulk_audit(&app.state.db, &b, 50)
        .await
        .unwrap();
    let b_record = all_records(&app, &b).await[0].id.clone();
    let mut c = Client::new(&app);
    c.sign_in(&email_a, PASSWORD).await;
    let got = c.call("/sf/audit/get", json!({"id": b_record})).await;
    assert_eq!(got.status, StatusCode::NOT_FOUND);
    let listed = c
        .call(
            "/sf/audit/list",
            json!({"filter": {"limit": 100, "before": null, "after": null, "criteria": {"object_id": b}}}),
        )
        .await;
    assert_eq!(listed.body["records"].as_array().map(Vec::len), Some(0));
    let (_, csv) = send(
        &app,
        "GET",
        "/export/audit?format=csv",
        c.cookie.as_deref(),
        None,
        None,
    )
    .await;
    assert!(!csv.contains(&b_record) && !csv.contains(&b));
    assert!(csv.contains(&a));
    let verified = c.call("/sf/audit/verify", json!({})).await;
    assert_eq!(verified.status, StatusCode::OK);
    assert_eq!(verified.body["first_broken"], Value::Null);
    assert!(records_of(&app, &a, "audit.chain.verify").await.len() == 1);
}
