//! Users and invitations over HTTP, on SQLite and PostgreSQL.

use crate::common::*;
use app::permissions::Role;
use axum::http::StatusCode;
use serde_json::{json, Value};

fn filter(extra: Value) -> Value {
    let mut f = json!({"search": "", "status": "", "role": "", "group": "", "sort": "joined", "desc": false, "limit": 25, "cursor": null});
    if let (Some(f), Some(e)) = (f.as_object_mut(), extra.as_object()) {
        for (k, v) in e {
            f.insert(k.clone(), v.clone());
        }
    }
    json!({ "filter": f })
}

async fn admin_client(app: &TestApp) -> (String, Client) {
    let (account, email) = account_with(&app.state, "Acme", Role::Admin).await;
    let mut c = Client::new(app);
    assert_eq!(c.sign_in(&email, PASSWORD).await.status, StatusCode::OK);
    (account, c)
}

fn row<'a>(page: &'a Value, email: &str) -> &'a Value {
    page["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["email"] == email)
        .unwrap_or_else(|| panic!("{email} not listed"))
}

#[tokio::test]
async fn invite_two_accept_one_and_links_say_why_they_fail() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (account, mut admin) = admin_client(&app).await;
        let group = default_group(&app.state, &account).await;
        let r = admin
            .call("/sf/users/invite", json!({"input": {"emails": "ann@example.com, bob@example.com", "first_name": "", "last_name": "", "role": "Member", "group_ids": [group]}}))
            .await;
        assert_eq!(r.status, StatusCode::OK, "{backend}: {:?}", r.body);
        assert_eq!(r.body["invited"].as_array().unwrap().len(), 2, "{backend}");
        let again = admin
            .call("/sf/users/invite", json!({"input": {"emails": "ann@example.com", "first_name": "", "last_name": "", "role": "Member", "group_ids": [group]}}))
            .await;
        assert!(
            again.body["skipped"][0][1]
                .as_str()
                .unwrap()
                .contains("already invited"),
            "{backend}"
        );

        let list = admin
            .call("/sf/users/list", filter(json!({"status": "Invited"})))
            .await;
        assert_eq!(list.body["total"], 2, "{backend}");
        assert_eq!(
            row(&list.body, "ann@example.com")["groups"][0]["name"],
            "Administrators"
        );

        let token = mailed_token(&app.state, "ann@example.com", "accept-invitation")
            .await
            .expect("invitation mailed");
        let mut ann = Client::new(&app);
        let info = ann
            .call("/sf/invitations/info", json!({"token": token}))
            .await;
        assert_eq!(info.body["account_name"], "Acme", "{backend}");
        assert_eq!(info.body["existing_identity"], false);
        let weak = ann.call("/sf/invitations/accept", json!({"token": token, "first_name": "Ann", "last_name": "Lee", "password": "weak"})).await;
        assert_eq!(weak.status, StatusCode::UNPROCESSABLE_ENTITY, "{backend}");
        assert!(weak.body["Validation"]["password"]
            .as_str()
            .unwrap()
            .contains("at least 8 characters"));
        let ok = ann.call("/sf/invitations/accept", json!({"token": token, "first_name": "Ann", "last_name": "Lee", "password": "Ann!s3cure"})).await;
        assert_eq!(ok.status, StatusCode::OK, "{backend}: {:?}", ok.body);
        assert_eq!(ok.body["role"], "Member");
        // Member + Administrators group: the group's edit rights apply (role ∪ groups).
        assert_eq!(
            ok.body["permissions"]["levels"]["account"], "edit",
            "{backend}"
        );
        assert_eq!(
            ann.call("/sf/account/get", json!({})).await.status,
            StatusCode::OK,
            "{backend}"
        );
        let used = Client::new(&app)
            .call("/sf/invitations/info", json!({"token": token}))
            .await;
        assert!(
            used.body["BadRequest"]
                .as_str()
                .unwrap()
                .contains("already been used"),
            "{backend}"
        );

        // Bob: resend replaces the link; the old one says so; revoke withdraws it.
        let bob_row = row(
            &admin.call("/sf/users/list", filter(json!({}))).await.body,
            "bob@example.com",
        )
        .clone();
        let old = mailed_token(&app.state, "bob@example.com", "accept-invitation")
            .await
            .unwrap();
        let resent = admin
            .call(
                "/sf/users/resend",
                json!({"membership_id": bob_row["membership_id"]}),
            )
            .await;
        assert_eq!(resent.body, json!(true), "{backend}");
        let new = mailed_token(&app.state, "bob@example.com", "accept-invitation")
            .await
            .unwrap();
        assert_ne!(old, new);
        let stale = Client::new(&app)
            .call("/sf/invitations/info", json!({"token": old}))
            .await;
        assert!(
            stale.body["BadRequest"]
                .as_str()
                .unwrap()
                .contains("newer invitation"),
            "{backend}"
        );
        let link = admin
            .call(
                "/sf/users/invitation_link",
                json!({"membership_id": bob_row["membership_id"]}),
            )
            .await;
        assert!(
            link.body.as_str().unwrap().ends_with(&new),
            "{backend}: copy link gives the current link"
        );
        admin
            .call(
                "/sf/users/revoke",
                json!({"membership_id": bob_row["membership_id"]}),
            )
            .await;
        let revoked = Client::new(&app)
            .call("/sf/invitations/info", json!({"token": new}))
            .await;
        assert!(
            revoked.body["BadRequest"]
                .as_str()
                .unwrap()
                .contains("withdrawn"),
            "{backend}"
        );
    }
}

#[tokio::test]
async fn a_known_identity_joins_with_its_password() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (_, other_email) = account_with(&app.state, "Other", Role::Admin).await;
        let (account, mut admin) = admin_client(&app).await;
        let group = default_group(&app.state, &account).await;
        admin
            .call("/sf/users/invite", json!({"input": {"emails": other_email, "first_name": "", "last_name": "", "role": "Creator", "group_ids": [group]}}))
            .await;
        let token = mailed_token(&app.state, &other_email, "accept-invitation")
            .await
            .unwrap();
        let mut c = Client::new(&app);
        assert_eq!(
            c.call("/sf/invitations/info", json!({"token": token}))
                .await
                .body["existing_identity"],
            true
        );
        let wrong = c.call("/sf/invitations/accept", json!({"token": token, "first_name": "", "last_name": "", "password": "Wrong!pass1"})).await;
        assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY, "{backend}");
        let ok = c
            .call(
                "/sf/invitations/accept",
                json!({"token": token, "first_name": "", "last_name": "", "password": PASSWORD}),
            )
            .await;
        assert_eq!(ok.body["account_id"], account.as_str(), "{backend}");
        assert_eq!(
            ok.body["memberships"].as_array().unwrap().len(),
            2,
            "{backend}: now in two accounts"
        );
    }
}

#[tokio::test]
async fn admins_cannot_lock_themselves_or_the_account_out_and_disabling_signs_out() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (account, mut admin) = admin_client(&app).await;
        add_member(&app.state, &account, "mia@example.com", Role::Member).await;
        let mut mia = Client::new(&app);
        mia.sign_in("mia@example.com", PASSWORD).await;
        assert_eq!(
            mia.call("/sf/account/get", json!({})).await.status,
            StatusCode::OK
        );

        let list = admin.call("/sf/users/list", filter(json!({}))).await.body;
        let me = list["rows"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["role"] == "Admin")
            .unwrap()
            .clone();
        let group = default_group(&app.state, &account).await;
        let demote = admin
            .call("/sf/users/update", json!({"membership_id": me["membership_id"], "role": "Member", "group_ids": [group], "updated_at": me["updated_at"]}))
            .await;
        assert_eq!(demote.status, StatusCode::UNPROCESSABLE_ENTITY, "{backend}");
        for (path, body) in [
            (
                "/sf/users/set_enabled",
                json!({"membership_id": me["membership_id"], "enabled": false, "updated_at": me["updated_at"]}),
            ),
            (
                "/sf/users/remove",
                json!({"membership_id": me["membership_id"], "updated_at": me["updated_at"]}),
            ),
        ] {
            let r = admin.call(path, body).await;
            assert_eq!(r.status, StatusCode::BAD_REQUEST, "{backend} {path}");
            assert!(
                r.body["BadRequest"].as_str().unwrap().contains("yourself"),
                "{backend}"
            );
        }

        let m = row(&list, "mia@example.com").clone();
        let off = admin.call("/sf/users/set_enabled", json!({"membership_id": m["membership_id"], "enabled": false, "updated_at": m["updated_at"]})).await;
        assert_eq!(off.status, StatusCode::OK, "{backend}: {:?}", off.body);
        assert_eq!(
            mia.call("/sf/account/get", json!({})).await.status,
            StatusCode::UNAUTHORIZED,
            "{backend}: session ended"
        );
        assert_eq!(
            Client::new(&app)
                .sign_in("mia@example.com", PASSWORD)
                .await
                .status,
            StatusCode::BAD_REQUEST
        );
        // A stale row (loaded before the change) is a conflict, not a silent overwrite.
        let stale = admin
            .call(
                "/sf/users/remove",
                json!({"membership_id": m["membership_id"], "updated_at": m["updated_at"]}),
            )
            .await;
        assert_eq!(stale.status, StatusCode::CONFLICT, "{backend}");
        let fresh = row(
            &admin.call("/sf/users/list", filter(json!({}))).await.body,
            "mia@example.com",
        )
        .clone();
        assert_eq!(fresh["status"], "Disabled");
        let gone = admin
            .call(
                "/sf/users/remove",
                json!({"membership_id": fresh["membership_id"], "updated_at": fresh["updated_at"]}),
            )
            .await;
        assert_eq!(gone.status, StatusCode::OK, "{backend}");
        assert!(
            mails_to(&app.state, "mia@example.com")
                .await
                .iter()
                .any(|m| m.contains("You were removed from Acme")),
            "{backend}"
        );
    }
}

#[tokio::test]
async fn the_users_list_filters_sorts_and_pages_by_keyset() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (account, mut admin) = admin_client(&app).await;
        for i in 0..23 {
            let role = if i % 2 == 0 {
                Role::Member
            } else {
                Role::Creator
            };
            add_member(
                &app.state,
                &account,
                &format!("person{i:02}@example.com"),
                role,
            )
            .await;
        }
        let mut seen = Vec::new();
        let mut cursor = Value::Null;
        loop {
            let page = admin
                .call(
                    "/sf/users/list",
                    filter(json!({"sort": "email", "limit": 10, "cursor": cursor})),
                )
                .await
                .body;
            assert_eq!(page["total"], 24, "{backend}");
            seen.extend(
                page["rows"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|r| r["email"].as_str().unwrap().to_string()),
            );
            cursor = page["next_cursor"].clone();
            if cursor.is_null() {
                break;
            }
        }
        let mut sorted = seen.clone();
        sorted.sort();
        assert_eq!(seen, sorted, "{backend}");
        assert_eq!(seen.len(), 24, "{backend}");
        let creators = admin
            .call(
                "/sf/users/list",
                filter(json!({"role": "Creator", "search": "PERSON1"})),
            )
            .await
            .body;
        let emails: Vec<&str> = creators["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["email"].as_str().unwrap())
            .collect();
        assert_eq!(
            emails,
            vec![
                "person11@example.com",
                "person13@example.com",
                "person15@example.com",
                "person17@example.com",
                "person19@example.com"
            ],
            "{backend}"
        );
        let csv = admin
            .call("/sf/users/export", filter(json!({"role": "Creator"})))
            .await
            .body;
        let csv = csv.as_str().unwrap();
        assert_eq!(csv.lines().count(), 12, "{backend}: header + 11 creators");
        assert!(csv.starts_with("user_id,name,email,role"), "{backend}");
    }
}

#[tokio::test]
async fn forgot_password_does_not_tell_who_exists_and_the_link_works_once() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (_, email) = account_with(&app.state, "Acme", Role::Admin).await;
        let mut old = Client::new(&app);
        old.sign_in(&email, PASSWORD).await;
        let mut c = Client::new(&app);
        let known = c
            .call("/sf/auth/forgot_password", json!({"email": email}))
            .await;
        let unknown = c
            .call(
                "/sf/auth/forgot_password",
                json!({"email": "ghost@example.com"}),
            )
            .await;
        assert_eq!(
            (known.status, known.body.clone()),
            (unknown.status, unknown.body),
            "{backend}"
        );
        let mut token = None;
        for _ in 0..50 {
            token = mailed_token(&app.state, &email, "reset-password").await;
            if token.is_some() {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        let token = token.expect("reset mail");
        let weak = c
            .call(
                "/sf/auth/reset_password",
                json!({"token": token, "password": "short"}),
            )
            .await;
        assert_eq!(weak.status, StatusCode::UNPROCESSABLE_ENTITY, "{backend}");
        let ok = c
            .call(
                "/sf/auth/reset_password",
                json!({"token": token, "password": "N3w!password"}),
            )
            .await;
        assert_eq!(ok.status, StatusCode::OK, "{backend}: {:?}", ok.body);
        let twice = c
            .call(
                "/sf/auth/reset_password",
                json!({"token": token, "password": "N3w!password2"}),
            )
            .await;
        assert_eq!(twice.status, StatusCode::BAD_REQUEST, "{backend}");
        assert_eq!(
            old.call("/sf/account/get", json!({})).await.status,
            StatusCode::UNAUTHORIZED,
            "{backend}: old sessions end"
        );
        assert_eq!(
            Client::new(&app)
                .sign_in(&email, "N3w!password")
                .await
                .status,
            StatusCode::OK,
            "{backend}"
        );
    }
}

#[tokio::test]
async fn members_without_users_rights_cannot_manage_people() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (account, _) = admin_client(&app).await;
        for (role, list_status, invite_status) in [
            // A Member views every module (SPEC: view only), so the list but no invitation.
            (Role::Member, StatusCode::OK, StatusCode::FORBIDDEN),
            (Role::Creator, StatusCode::FORBIDDEN, StatusCode::FORBIDDEN),
            (Role::Agent, StatusCode::OK, StatusCode::FORBIDDEN),
        ] {
            let email = format!("{}@example.com", role.as_str().to_lowercase());
            add_member(&app.state, &account, &email, role).await;
            let mut c = Client::new(&app);
            c.sign_in(&email, PASSWORD).await;
            assert_eq!(
                c.call("/sf/users/list", filter(json!({}))).await.status,
                list_status,
                "{backend} {role:?}"
            );
            let invite = json!({"input": {"emails": "x@example.com", "first_name": "", "last_name": "", "role": "Admin", "group_ids": ["UGR-0000-0000"]}});
            assert_eq!(
                c.call("/sf/users/invite", invite).await.status,
                invite_status,
                "{backend} {role:?}"
            );
        }
    }
}
