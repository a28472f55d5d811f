//! The Messages log, on SQLite and PostgreSQL: keyset pages, search, the details view with
//! link secrets masked, and its account isolation.

use crate::common::notify::*;
use crate::common::rest::admin;
use crate::common::*;
use app::model::Category;
use app::permissions::Role;
use axum::http::StatusCode;
use serde_json::json;

#[tokio::test]
async fn the_messages_log_belongs_to_its_account() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (a, admin_a, mut ca) = admin(&app).await;
        let group = default_group(&app.state, &a).await;
        let r = ca
            .call("/sf/users/invite", json!({"input": {"emails": "new@example.com", "first_name": "", "last_name": "", "role": "Member", "group_ids": [group]}}))
            .await;
        assert_eq!(r.status, StatusCode::OK, "{backend}: {:?}", r.body);
        for i in 0..4 {
            enqueue_to(
                &app.state,
                &a,
                &admin_a,
                Category::Account,
                &format!("Note {i}"),
            )
            .await;
        }
        // Keyset pages of two: five rows, none twice, newest first.
        let mut seen = vec![];
        let mut after = serde_json::Value::Null;
        loop {
            let page = ca
                .call(
                    "/sf/notifications/messages",
                    json!({"q": {"limit": 2, "after": after}}),
                )
                .await
                .body;
            seen.extend(
                page["rows"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|r| r["id"].as_str().unwrap().to_string()),
            );
            after = page["next"].clone();
            if after.is_null() {
                break;
            }
        }
        let mut unique = seen.clone();
        unique.sort();
        unique.dedup();
        assert_eq!((seen.len(), unique.len()), (5, 5), "{backend}: {seen:?}");
        let invite = messages_to(&app.state, &a, "new@example.com")
            .await
            .remove(0);
        assert!(seen.contains(&invite.id), "{backend}");
        let details = ca
            .call("/sf/notifications/message", json!({"id": invite.id}))
            .await
            .body;
        let body = details["body"].as_str().unwrap();
        assert!(
            body.contains("accept-invitation?token=••••••••"),
            "{backend}: {body}"
        );
        assert_eq!(details["category"], "User updates");

        // Search: by part of the recipient or of the subject (any case), a rare or an absent
        // term, and a term too short for the trigram index.
        let search = |term: &'static str| json!({"q": {"limit": 100, "search": term}});
        for (term, expected) in [
            ("W@EXAMPLE.C", 1),
            ("note 3", 1),
            ("Note", 4),
            ("zzz-nowhere", 0),
            ("w@", 1),
        ] {
            let page = ca
                .call("/sf/notifications/messages", search(term))
                .await
                .body;
            assert_eq!(
                page["rows"].as_array().map(Vec::len),
                Some(expected),
                "{backend}: {term}: {page:?}"
            );
        }

        let (b, _) = account_with(&app.state, "Beta", Role::Member).await;
        let member_b = format!("member.{}@example.com", b.to_lowercase());
        let mut cb = Client::new(&app);
        cb.sign_in(&member_b, PASSWORD).await;
        let r = cb
            .call("/sf/notifications/messages", json!({"q": {"limit": 100}}))
            .await;
        assert_eq!(r.status, StatusCode::OK, "{backend}");
        assert_eq!(r.body["rows"], json!([]), "{backend}");
        let r = cb
            .call("/sf/notifications/message", json!({"id": invite.id}))
            .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{backend}");
        // B's admin cannot make A's people recipients.
        add_member(&app.state, &b, "bea@example.com", Role::Admin).await;
        let mut admin_b = Client::new(&app);
        admin_b.sign_in("bea@example.com", PASSWORD).await;
        let a_user = user_id(&app.state, &admin_a).await;
        let r = admin_b
            .call(
                "/sf/notifications/save_category",
                category("account", true, "", false, &[format!("user:{a_user}")], 0),
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{backend}");
        assert!(r.body["Validation"]["recipients"].is_string(), "{backend}");
    }
}
