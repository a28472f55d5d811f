//! Password change and the sessions list over HTTP, on SQLite and PostgreSQL.

use crate::common::audit::all_records;
use crate::common::two_step::assert_nothing_leaked;
use crate::common::*;
use app::permissions::Role;
use axum::http::StatusCode;
use sea_orm::EntityTrait;
use serde_json::json;

#[tokio::test]
async fn changing_the_password_keeps_this_session_and_can_end_the_others() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (account, email) = account_with(&app.state, "Acme", Role::Member).await;
        let (mut c, mut other) = (Client::new(&app), Client::new(&app));
        c.sign_in(&email, PASSWORD).await;
        other.sign_in(&email, PASSWORD).await;
        let change = |current: &str, new: &str, others: bool| json!({"current_password": current, "new_password": new, "sign_out_others": others});
        let path = "/sf/me/change_password";
        let r = c
            .call(path, change("Wrong!pass1", "N3w!password", false))
            .await;
        assert!(
            r.body["Validation"]["current_password"].is_string(),
            "{backend}: {:?}",
            r.body
        );
        let r = c.call(path, change(PASSWORD, "short", false)).await;
        assert!(
            r.body["Validation"]["new_password"].is_string(),
            "{backend}: {:?}",
            r.body
        );
        let r = c.call(path, change(PASSWORD, "N3w!password", false)).await;
        assert_eq!(r.status, StatusCode::OK, "{backend}: {:?}", r.body);
        assert_eq!(
            other.call("/sf/me/sessions", json!({})).await.status,
            StatusCode::OK,
            "{backend}: kept"
        );
        assert_eq!(
            Client::new(&app).sign_in(&email, PASSWORD).await.status,
            StatusCode::BAD_REQUEST
        );
        let r = c
            .call(path, change("N3w!password", "Th1rd!password", true))
            .await;
        assert_eq!(r.status, StatusCode::OK, "{backend}: {:?}", r.body);
        assert_eq!(
            other.call("/sf/me/sessions", json!({})).await.status,
            StatusCode::UNAUTHORIZED,
            "{backend}"
        );
        assert_eq!(
            c.call("/sf/me/sessions", json!({})).await.status,
            StatusCode::OK,
            "{backend}: current kept"
        );
        let again = Client::new(&app).sign_in(&email, "Th1rd!password").await;
        assert_eq!(again.body["email"], email.as_str(), "{backend}");
        let records = all_records(&app, &account).await;
        let changes: Vec<_> = records
            .iter()
            .filter(|r| r.action == "auth.password.change")
            .collect();
        assert_eq!(changes.len(), 2, "{backend}");
        assert!(
            changes
                .iter()
                .any(|r| r.summary.contains("signed out 1 other")),
            "{backend}"
        );
        assert_nothing_leaked(&records, &["N3w!password".into(), "Th1rd!password".into()]);
    }
}

#[tokio::test]
async fn sessions_list_across_accounts_and_sign_out_only_ones_own() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (account, email) = account_with(&app.state, "Acme", Role::Admin).await;
        let (second, _) = account_with(&app.state, "Second", Role::Admin).await;
        add_member(&app.state, &second, &email, Role::Member).await;
        let (mut c, mut other) = (Client::new(&app), Client::new(&app));
        c.sign_in(&email, PASSWORD).await;
        other.sign_in(&email, PASSWORD).await;
        other
            .call("/sf/auth/switch_account", json!({"account_id": second}))
            .await;
        let rows = c.call("/sf/me/sessions", json!({})).await.body;
        let rows = rows.as_array().unwrap().clone();
        assert_eq!(rows.len(), 2, "{backend}: {rows:?}");
        assert_eq!(rows.iter().filter(|r| r["current"] == true).count(), 1);
        assert_eq!(rows[0]["current"], true, "{backend}: current first");
        assert_eq!(rows[0]["device"], "integration-test");
        let mine = rows[0]["handle"].as_str().unwrap().to_string();
        let theirs = rows[1]["handle"].as_str().unwrap().to_string();
        assert_eq!(theirs.len(), 16);
        assert!(theirs.bytes().all(|b| b.is_ascii_hexdigit()));
        // Never the full hash that finds the row.
        let hashes = app::backend::entities::session::Entity::find()
            .all(&app.state.db)
            .await
            .unwrap();
        let text = serde_json::to_string(&rows).unwrap();
        assert!(
            hashes.iter().all(|s| !text.contains(&s.id_hash)),
            "{backend}"
        );

        let (_, stranger) = account_with(&app.state, "Other", Role::Admin).await;
        let mut s = Client::new(&app);
        s.sign_in(&stranger, PASSWORD).await;
        let r = s
            .call("/sf/me/sign_out_session", json!({"handle": theirs}))
            .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{backend}: not theirs");
        assert_eq!(
            other.call("/sf/me/sessions", json!({})).await.status,
            StatusCode::OK
        );
        for bad in ["nothex", "0000000000000000"] {
            let r = c
                .call("/sf/me/sign_out_session", json!({"handle": bad}))
                .await;
            assert_eq!(r.status, StatusCode::NOT_FOUND, "{backend}: {bad}");
        }
        let r = c
            .call("/sf/me/sign_out_session", json!({"handle": mine}))
            .await;
        assert_eq!(
            r.status,
            StatusCode::BAD_REQUEST,
            "{backend}: not the current one"
        );
        let r = c
            .call("/sf/me/sign_out_session", json!({"handle": theirs}))
            .await;
        assert_eq!(r.status, StatusCode::OK, "{backend}: {:?}", r.body);
        assert_eq!(r.body.as_array().unwrap().len(), 1, "{backend}");
        assert_eq!(
            other.call("/sf/me/sessions", json!({})).await.status,
            StatusCode::UNAUTHORIZED
        );

        let mut third = Client::new(&app);
        third.sign_in(&email, PASSWORD).await;
        let r = c.call("/sf/me/sign_out_others", json!({})).await;
        assert_eq!(
            r.body.as_array().map(Vec::len),
            Some(1),
            "{backend}: {:?}",
            r.body
        );
        assert_eq!(
            third.call("/sf/me/sessions", json!({})).await.status,
            StatusCode::UNAUTHORIZED
        );
        for acc in [&account, &second] {
            let revoked = all_records(&app, acc)
                .await
                .into_iter()
                .filter(|r| r.action == "auth.session.revoke")
                .count();
            assert_eq!(
                revoked, 2,
                "{backend}: recorded in each of the person's accounts"
            );
        }
    }
}
