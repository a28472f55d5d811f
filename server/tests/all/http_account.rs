//! The Account page's server functions: validation, conflicts, credentials, audit, roles and
//! tenant isolation, on SQLite and PostgreSQL.

use crate::common::*;
use app::permissions::Role;
use axum::http::StatusCode;
use serde_json::json;

fn fields(name: &str, website: &str) -> serde_json::Value {
    json!({"name": name, "website": website, "support_email": "", "description": "", "language": "en",
        "address_line1": "", "address_line2": "", "city": "", "region": "", "postcode": "", "country": "",
        "timezone": "Europe/Berlin", "legal_name": "", "tax_id": "", "industry": "", "company_size": ""})
}

#[tokio::test]
async fn server_refuses_bad_fields_even_when_the_browser_is_bypassed() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (_, email) = account_with(&app.state, "Acme", Role::Admin).await;
        let mut c = Client::new(&app);
        c.sign_in(&email, PASSWORD).await;
        let r = c
            .call(
                "/sf/account/update",
                json!({"input": fields("", "not a site"), "revision": 1}),
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{backend}");
        let errors = &r.body["Validation"];
        assert!(
            errors["name"].as_str().unwrap().contains("account name"),
            "{backend}: {errors}"
        );
        assert!(
            errors["website"].as_str().unwrap().contains("web address"),
            "{backend}: {errors}"
        );
        let after = c.call("/sf/account/get", json!({})).await;
        assert_eq!(after.body["fields"]["name"], "Acme", "{backend}");
        assert_eq!(after.body["revision"], 1, "{backend}");
    }
}

#[tokio::test]
async fn save_persists_audits_and_a_stale_revision_conflicts() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (account, email) = account_with(&app.state, "Acme", Role::Admin).await;
        let mut c = Client::new(&app);
        c.sign_in(&email, PASSWORD).await;
        let r = c
            .call(
                "/sf/account/update",
                json!({"input": fields("Acme Europe", "acme.example"), "revision": 1}),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{backend}: {:?}", r.body);
        assert_eq!(r.body["revision"], 2);
        assert_eq!(r.body["fields"]["website"], "https://acme.example");

        // A second editor who loaded revision 1 must not overwrite silently.
        let stale = c
            .call(
                "/sf/account/update",
                json!({"input": fields("Acme Old", ""), "revision": 1}),
            )
            .await;
        assert_eq!(stale.status, StatusCode::CONFLICT, "{backend}");
        assert!(
            stale.body["Conflict"]
                .as_str()
                .unwrap()
                .contains("after you opened it"),
            "{backend}"
        );
        let now = c.call("/sf/account/get", json!({})).await;
        assert_eq!(now.body["fields"]["name"], "Acme Europe", "{backend}");

        let trail = c
            .call(
                "/sf/audit/list",
                json!({"filter": {"limit": 10, "before": null, "after": null}}),
            )
            .await;
        let records = trail.body["records"].as_array().unwrap();
        let update = records
            .iter()
            .find(|r| r["action"] == "account.account.update")
            .expect("update audited");
        let changes = update["changes"].as_array().unwrap();
        let name = changes.iter().find(|ch| ch["field"] == "name").unwrap();
        assert_eq!(name["before"], "Acme");
        assert_eq!(name["after"], "Acme Europe");
        assert_eq!(update["user_agent"], "integration-test");
        assert!(
            records
                .iter()
                .any(|r| r["action"] == "auth.session.sign_in"),
            "{backend}: sign-in audited"
        );
        let report = app::backend::services::audit::audit_verify::verify(&app.state.db, &account)
            .await
            .unwrap();
        assert_eq!(report.first_broken, None, "{backend}");
    }
}

#[tokio::test]
async fn passcode_is_encrypted_revealed_on_request_and_regenerated() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (account, email) = account_with(&app.state, "Acme", Role::Admin).await;
        let mut c = Client::new(&app);
        c.sign_in(&email, PASSWORD).await;
        let first = c.call("/sf/account/credentials", json!({})).await;
        let pass1 = first.body["passcode"].as_str().unwrap().to_string();
        assert_eq!(pass1.len(), 32, "{backend}");
        let stored = app::backend::services::tenancy::accounts::find(&app.state.db, &account)
            .await
            .unwrap();
        assert!(
            !stored.passcode_enc.contains(&pass1),
            "{backend}: stored in clear"
        );

        let regen = c
            .call("/sf/account/credentials_regenerate", json!({}))
            .await;
        let pass2 = regen.body["passcode"].as_str().unwrap().to_string();
        assert_ne!(pass1, pass2, "{backend}");
        let again = c.call("/sf/account/credentials", json!({})).await;
        assert_eq!(again.body["passcode"], pass2.as_str(), "{backend}");

        let trail = c
            .call(
                "/sf/audit/list",
                json!({"filter": {"limit": 50, "before": null, "after": null}}),
            )
            .await;
        let text = trail.body.to_string();
        assert!(
            text.contains("account.credentials.regenerate")
                && text.contains("account.credentials.reveal"),
            "{backend}"
        );
        assert!(
            !text.contains(&pass1) && !text.contains(&pass2),
            "{backend}: a passcode leaked into the audit trail"
        );
    }
}

#[tokio::test]
async fn roles_get_exactly_their_rights_on_account_and_audit() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (account, _) = account_with(&app.state, "Acme", Role::Admin).await;
        let cases = [
            (Role::Admin, StatusCode::OK, StatusCode::OK, StatusCode::OK),
            (
                Role::Creator,
                StatusCode::OK,
                StatusCode::FORBIDDEN,
                StatusCode::OK,
            ),
            (
                Role::Member,
                StatusCode::OK,
                StatusCode::FORBIDDEN,
                StatusCode::OK,
            ),
            (
                Role::Agent,
                StatusCode::FORBIDDEN,
                StatusCode::FORBIDDEN,
                StatusCode::OK,
            ),
        ];
        for (i, (role, read, write, audit_read)) in cases.into_iter().enumerate() {
            let email = format!("{}-{i}@example.com", role.as_str().to_lowercase());
            add_member(&app.state, &account, &email, role).await;
            let mut c = Client::new(&app);
            assert_eq!(c.sign_in(&email, PASSWORD).await.status, StatusCode::OK);
            let ctx = format!("{backend} {role:?}");
            assert_eq!(
                c.call("/sf/account/get", json!({})).await.status,
                read,
                "{ctx} read"
            );
            let current = c.call("/sf/auth/session", json!({})).await.body["account_revision"]
                .as_i64()
                .unwrap();
            let upd = c
                .call(
                    "/sf/account/update",
                    json!({"input": fields("Renamed", ""), "revision": current}),
                )
                .await;
            assert_eq!(upd.status, write, "{ctx} update");
            for path in [
                "/sf/account/credentials",
                "/sf/account/credentials_regenerate",
                "/sf/account/logo_remove",
            ] {
                assert_eq!(c.call(path, json!({})).await.status, write, "{ctx} {path}");
            }
            let list = c
                .call(
                    "/sf/audit/list",
                    json!({"filter": {"limit": 10, "before": null, "after": null}}),
                )
                .await;
            assert_eq!(list.status, audit_read, "{ctx} audit");
        }
        let mut anonymous = Client::new(&app);
        for path in [
            "/sf/account/get",
            "/sf/account/update",
            "/sf/audit/list",
            "/sf/account/credentials",
        ] {
            assert_eq!(
                anonymous.call(path, json!({})).await.status.as_u16() / 100,
                4,
                "{backend} anonymous {path}"
            );
        }
    }
}

#[tokio::test]
async fn a_member_of_one_account_cannot_reach_another() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (a, admin_a) = account_with(&app.state, "Alpha", Role::Admin).await;
        let (b, admin_b) = account_with(&app.state, "Beta", Role::Admin).await;
        let mut ca = Client::new(&app);
        ca.sign_in(&admin_a, PASSWORD).await;
        let png = format!("data:image/png;base64,{}", "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        assert_eq!(
            ca.call("/sf/account/logo", json!({"data_url": png}))
                .await
                .status,
            StatusCode::OK,
            "{backend}"
        );
        let secret_a = ca.call("/sf/account/credentials", json!({})).await.body["passcode"]
            .as_str()
            .unwrap()
            .to_string();

        let mut cb = Client::new(&app);
        cb.sign_in(&admin_b, PASSWORD).await;
        // B's requests act on B only, whatever they send.
        let got = cb.call("/sf/account/get", json!({})).await;
        assert_eq!(got.body["id"], b.as_str(), "{backend}");
        assert_eq!(
            cb.call("/sf/auth/switch_account", json!({"account_id": a}))
                .await
                .status,
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            cb.get(&format!("/assets/logo/{a}")).await.status,
            StatusCode::NOT_FOUND,
            "{backend}"
        );
        assert_eq!(
            ca.get(&format!("/assets/logo/{a}")).await.status,
            StatusCode::OK,
            "{backend}"
        );
        let b_secret = cb.call("/sf/account/credentials", json!({})).await.body["passcode"]
            .as_str()
            .unwrap()
            .to_string();
        assert_ne!(b_secret, secret_a);
        let trail = cb
            .call(
                "/sf/audit/list",
                json!({"filter": {"limit": 100, "before": null, "after": null}}),
            )
            .await;
        assert!(
            !trail.body.to_string().contains(&a),
            "{backend}: B sees A's audit records"
        );
        let a_after = ca.call("/sf/account/get", json!({})).await;
        assert_eq!(a_after.body["fields"]["name"], "Alpha", "{backend}");
    }
}

#[tokio::test]
async fn a_person_in_two_accounts_switches_without_signing_out() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (a, email) = account_with(&app.state, "Alpha", Role::Admin).await;
        let (b, _) = account_with(&app.state, "Beta", Role::Admin).await;
        add_member(&app.state, &b, &email, Role::Member).await;
        let mut c = Client::new(&app);
        let s = c.sign_in(&email, PASSWORD).await;
        assert_eq!(
            s.body["memberships"].as_array().unwrap().len(),
            2,
            "{backend}"
        );
        let switched = c
            .call("/sf/auth/switch_account", json!({"account_id": b}))
            .await;
        assert_eq!(switched.body["account_id"], b.as_str(), "{backend}");
        assert_eq!(switched.body["role"], "Member", "{backend}");
        assert_eq!(
            c.call("/sf/account/get", json!({})).await.body["id"],
            b.as_str(),
            "{backend}"
        );
        assert_eq!(
            c.call("/sf/account/credentials", json!({})).await.status,
            StatusCode::FORBIDDEN,
            "{backend}"
        );
        c.call("/sf/auth/switch_account", json!({"account_id": a}))
            .await;
        assert_eq!(
            c.call("/sf/account/get", json!({})).await.body["id"],
            a.as_str(),
            "{backend}"
        );
    }
}

#[tokio::test]
async fn logos_are_checked_by_content() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (_, email) = account_with(&app.state, "Acme", Role::Admin).await;
        let mut c = Client::new(&app);
        c.sign_in(&email, PASSWORD).await;
        let svg = "data:image/svg+xml;base64,PHN2Zz48c2NyaXB0PmFsZXJ0KDEpPC9zY3JpcHQ+PC9zdmc+"; // <svg><script>alert(1)</script></svg>
        let r = c.call("/sf/account/logo", json!({"data_url": svg})).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{backend}");
        assert!(
            r.body["Validation"]["logo"]
                .as_str()
                .unwrap()
                .contains("scripts"),
            "{backend}"
        );
    }
}
