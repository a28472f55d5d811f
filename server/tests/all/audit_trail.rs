//! The audit trail on SQLite and PostgreSQL: filters against a brute-force reference, streamed
//! exports of exactly the filtered records, and isolation between accounts.

use crate::common::audit::*;
use crate::common::*;
use app::backend::entities::audit_record;
use app::backend::services::audit::audit_query;
use app::model::{AuditCriteria, AuditFilter};
use app::permissions::Role;
use app::validation::DAY_MS;
use axum::http::StatusCode;
use base64::Engine;
use serde_json::{json, Value};

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
    app::util::format_day(ms)
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
                // Fewer matches than a page: on SQLite this goes through the trigram table.
                "rare text",
                AuditCriteria {
                    q: "Record 1234)".into(),
                    ..Default::default()
                },
                Box::new(|r| r.summary.contains("record 1234)")),
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
