//! Notifications and the mail queue, on SQLite and PostgreSQL: recipients, categories,
//! preferences, the queue's retries and claims, and the signed preferences link (the
//! Messages log is in `messages_log.rs`).

use crate::common::notify::*;
use crate::common::rest::{admin, create_token};
use crate::common::*;
use app::backend::clock::now_ms;
use app::backend::entities::{api_token, message};
use app::backend::mail::Mailer;
use app::backend::services::{mail::mail_queue, mail::notification_link, tokens::token_expiry};
use app::model::Category;
use app::permissions::Role;
use axum::http::StatusCode;
use sea_orm::{ActiveModelTrait, EntityTrait, Set};
use serde_json::json;
use std::sync::Arc;

const DAY: i64 = 86_400_000;

/// Makes the account's only token due for its 7-day reminder and runs the job.
async fn remind(app: &TestApp, token: &str) {
    let now = now_ms();
    let t = api_token::Entity::find_by_id(token.to_string())
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    let mut am: api_token::ActiveModel = t.into();
    am.expires_at = Set(now + 3 * DAY);
    am.expiry_warned_at = Set(None);
    am.update(&app.state.db).await.unwrap();
    let r = token_expiry::run_once(&app.state, "test", now)
        .await
        .unwrap();
    assert_eq!(r.warned, 1);
}

#[tokio::test]
async fn account_mail_reaches_each_recipient_once() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (account, admin_email, mut c) = admin(&app).await;
        add_member(&app.state, &account, "dana@example.com", Role::Member).await;
        add_member(&app.state, &account, "eve@example.com", Role::Member).await;
        add_member(&app.state, &account, "gone@example.com", Role::Member).await;
        let group = default_group(&app.state, &account).await;
        for who in [&admin_email, "dana@example.com", "gone@example.com"] {
            join_group(&app.state, &account, &group, who).await;
        }
        // A disabled member of the group receives nothing.
        let gone = membership_of(&app.state, &account, "gone@example.com").await;
        let m = app::backend::entities::membership::Entity::find_by_id(gone)
            .one(&app.state.db)
            .await
            .unwrap()
            .unwrap();
        let mut am: app::backend::entities::membership::ActiveModel = m.into();
        am.status = Set("Disabled".into());
        am.update(&app.state.db).await.unwrap();
        let dana = user_id(&app.state, "dana@example.com").await;
        let recipients = [format!("user:{dana}"), format!("group:{group}")];
        let r = c
            .call(
                "/sf/notifications/save_category",
                category("account", true, "", false, &recipients, 0),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{backend}: {:?}", r.body);
        let resolved = mail_queue::resolve_recipients(&app.state.db, &account, Category::Account)
            .await
            .unwrap();
        let emails: Vec<&str> = resolved.iter().map(|r| r.email.as_str()).collect();
        assert_eq!(
            emails,
            vec![admin_email.as_str(), "dana@example.com"],
            "{backend}"
        );

        // The reminder goes to the token's creator (also in the group) and to Dana, once each.
        let (token, _) = create_token(&mut c, json!({"users": "view"})).await;
        remind(&app, &token).await;
        deliver_mail(&app.state).await;
        for who in [admin_email.as_str(), "dana@example.com"] {
            let mails = mails_to(&app.state, who).await;
            assert_eq!(mails.len(), 1, "{backend} {who}");
            assert!(mails[0].contains("expires on"), "{backend}");
            let rows = messages_to(&app.state, &account, who).await;
            assert_eq!(rows.len(), 1, "{backend} {who}");
            assert_eq!((rows[0].status.as_str(), rows[0].attempts), ("Sent", 1));
        }
        assert!(mails_to(&app.state, "eve@example.com").await.is_empty());
        assert!(mails_to(&app.state, "gone@example.com").await.is_empty());
    }
}

#[tokio::test]
async fn a_disabled_category_discards_with_its_note() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (account, admin_email, mut c) = admin(&app).await;
        let r = c
            .call(
                "/sf/notifications/save_category",
                category(
                    "account",
                    false,
                    "Paused during the migration",
                    false,
                    &[],
                    0,
                ),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{backend}: {:?}", r.body);
        let (token, _) = create_token(&mut c, json!({"users": "view"})).await;
        remind(&app, &token).await;
        assert!(
            mails_to(&app.state, &admin_email).await.is_empty(),
            "{backend}"
        );
        let rows = messages_to(&app.state, &account, &admin_email).await;
        assert_eq!(rows.len(), 1, "{backend}");
        assert_eq!(rows[0].status, "Discarded");
        assert_eq!(
            rows[0].status_reason.as_deref(),
            Some("Category disabled: Paused during the migration")
        );
        // The log shows it, filtered by status.
        let page = c
            .call(
                "/sf/notifications/messages",
                json!({"q": {"status": "Discarded", "limit": 10}}),
            )
            .await;
        assert_eq!(page.body["rows"][0]["id"], rows[0].id.as_str(), "{backend}");
        assert_eq!(page.body["rows"][0]["category"], "Account");
    }
}

#[tokio::test]
async fn opting_out_is_respected_unless_the_mail_is_required() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (account, _, mut admin_c) = admin(&app).await;
        add_member(&app.state, &account, "dana@example.com", Role::Member).await;
        let mut dana = Client::new(&app);
        dana.sign_in("dana@example.com", PASSWORD).await;
        let save = |prefs: serde_json::Value| json!({ "prefs": prefs });
        let r = dana
            .call(
                "/sf/notifications/save_my_prefs",
                save(json!([["billing", false], ["news", false]])),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{backend}: {:?}", r.body);
        let r = dana
            .call(
                "/sf/notifications/save_my_prefs",
                save(json!([["user_updates", false]])),
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{backend}");

        let q = enqueue_to(
            &app.state,
            &account,
            "dana@example.com",
            Category::Billing,
            "Invoice 1",
        )
        .await;
        assert_eq!(q.status, "Discarded", "{backend}");
        assert_eq!(
            message(&app.state, &q.id).await.status_reason.as_deref(),
            Some("Recipient opted out")
        );
        // The account requires Billing: the opt-out no longer applies and is shown locked.
        let r = admin_c
            .call(
                "/sf/notifications/save_category",
                category("billing", true, "", true, &[], 0),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{backend}: {:?}", r.body);
        let prefs = dana
            .call("/sf/notifications/my_prefs", json!({}))
            .await
            .body;
        let billing = prefs
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["key"] == "billing")
            .unwrap();
        assert_eq!(
            (billing["enabled"].clone(), billing["locked"].clone()),
            (json!(true), json!(true))
        );
        let q = enqueue_to(
            &app.state,
            &account,
            "dana@example.com",
            Category::Billing,
            "Invoice 2",
        )
        .await;
        assert_eq!(q.status, "Queued", "{backend}");
        let q = enqueue_to(
            &app.state,
            &account,
            "dana@example.com",
            Category::News,
            "Launch",
        )
        .await;
        assert_eq!(q.status, "Discarded", "{backend}");
        // User updates go out even with a stray opt-out row.
        let row = app::backend::entities::notification_pref::ActiveModel {
            user_id: Set(user_id(&app.state, "dana@example.com").await),
            account_id: Set(account.clone()),
            category: Set("user_updates".into()),
            enabled: Set(false),
        };
        row.insert(&app.state.db).await.unwrap();
        let q = enqueue_to(
            &app.state,
            &account,
            "dana@example.com",
            Category::UserUpdates,
            "Hello",
        )
        .await;
        assert_eq!(q.status, "Queued", "{backend}");
        let mails = mails_to(&app.state, "dana@example.com").await;
        assert_eq!(mails.len(), 2, "{backend}");
        assert!(mails.iter().all(|m| !m.contains("Launch")));
    }
}

#[tokio::test]
async fn the_queue_retries_with_back_off_then_gives_up() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (account, email, _) = admin(&app).await;
        let mut down = app.state.clone();
        let dir = std::env::temp_dir().join("as-test-unused-mail");
        let mailer = Mailer::new(
            Some("smtp://127.0.0.1:1"),
            "Acme <no-reply@console.test>",
            dir,
        );
        down.mailer = Arc::new(mailer.unwrap());
        let q = enqueue_to(&down, &account, &email, Category::UserUpdates, "Retry me").await;
        let mut now = now_ms() + 60_000;
        let mut waits = vec![];
        for attempt in 1..=mail_queue::MAX_ATTEMPTS {
            assert_eq!(
                mail_queue::drain_at(&down, now).await.unwrap(),
                1,
                "{backend} {attempt}"
            );
            let m = message(&down, &q.id).await;
            assert_eq!(m.attempts, attempt, "{backend}");
            if attempt < mail_queue::MAX_ATTEMPTS {
                assert_eq!(m.status, "Queued", "{backend}");
                assert_eq!(
                    m.status_reason.as_deref(),
                    Some("Delivery failed; retrying.")
                );
                assert!(m.lease_until.is_none());
                // Not due before its time.
                assert_eq!(
                    mail_queue::drain_at(&down, m.next_attempt_at - 1)
                        .await
                        .unwrap(),
                    0
                );
                waits.push(m.next_attempt_at - now);
                now = m.next_attempt_at;
            } else {
                assert_eq!(m.status, "Failed", "{backend}");
                assert!(!m.status_reason.unwrap_or_default().contains("127.0.0.1"));
            }
        }
        assert_eq!(waits[0], 30_000, "{backend}");
        assert!(
            waits.windows(2).all(|w| w[1] == (w[0] * 2).min(3_600_000)),
            "{waits:?}"
        );
        assert_eq!(mail_queue::drain_at(&down, now + DAY).await.unwrap(), 0);
        assert!(mails_to(&app.state, &email).await.is_empty());
    }
}

#[tokio::test]
async fn a_claim_is_exclusive_and_a_dead_workers_lease_runs_out() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (account, email, _) = admin(&app).await;
        let mut ids = vec![];
        for i in 0..5 {
            ids.push(
                enqueue_to(
                    &app.state,
                    &account,
                    &email,
                    Category::UserUpdates,
                    &format!("M{i}"),
                )
                .await
                .id,
            );
        }
        let (a, b) = tokio::join!(
            mail_queue::drain_once(&app.state),
            mail_queue::drain_once(&app.state)
        );
        assert_eq!(a.unwrap() + b.unwrap(), 5, "{backend}");
        assert_eq!(mails_to(&app.state, &email).await.len(), 5, "{backend}");
        for id in &ids {
            let m = message(&app.state, id).await;
            assert_eq!((m.status.as_str(), m.attempts), ("Sent", 1), "{backend}");
        }
        // A worker that claimed a message and died: nobody sends it until the lease runs out.
        let q = enqueue_to(
            &app.state,
            &account,
            &email,
            Category::UserUpdates,
            "Orphan",
        )
        .await;
        let now = now_ms();
        let mut am: message::ActiveModel = message(&app.state, &q.id).await.into();
        am.lease_until = Set(Some(now + 5 * 60_000));
        am.lease_holder = Set(Some("dead".into()));
        am.update(&app.state.db).await.unwrap();
        assert_eq!(
            mail_queue::drain_at(&app.state, now).await.unwrap(),
            0,
            "{backend}"
        );
        assert_eq!(
            mail_queue::drain_at(&app.state, now + 5 * 60_000 + 1)
                .await
                .unwrap(),
            1
        );
        assert_eq!(message(&app.state, &q.id).await.status, "Sent", "{backend}");
    }
}

#[tokio::test]
async fn the_footer_link_opens_preferences_without_signing_in() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (account, _, mut c) = admin(&app).await;
        add_member(&app.state, &account, "dana@example.com", Role::Member).await;
        let r = c
            .call(
                "/sf/notifications/save_settings",
                json!({"sender_name": "Acme Billing", "footer": "Acme Ltd · Berlin", "revision": 0}),
            )
            .await;
        assert_eq!(r.body, json!(1), "{backend}");
        enqueue_to(
            &app.state,
            &account,
            "dana@example.com",
            Category::News,
            "Launch",
        )
        .await;
        let mails = mails_to(&app.state, "dana@example.com").await;
        let from = mails[0].lines().find(|l| l.starts_with("From:")).unwrap();
        assert_eq!(
            from, "From: \"Acme Billing\" <no-reply@console.test>",
            "{backend}"
        );
        assert!(mails[0].contains("Acme Ltd"), "{backend}");
        let token = preferences_token(&mails).expect("a preferences link");

        let mut anonymous = Client::new(&app);
        let r = anonymous
            .call("/sf/notifications/link_prefs", json!({"token": token}))
            .await;
        assert_eq!(r.status, StatusCode::OK, "{backend}: {:?}", r.body);
        assert_eq!(r.body["email"], "dana@example.com");
        let save = json!({"token": token, "prefs": [["news", false]]});
        let r = anonymous
            .call("/sf/notifications/save_link_prefs", save)
            .await;
        assert_eq!(r.status, StatusCode::OK, "{backend}: {:?}", r.body);
        let q = enqueue_to(
            &app.state,
            &account,
            "dana@example.com",
            Category::News,
            "Again",
        )
        .await;
        assert_eq!(q.status, "Discarded", "{backend}");
        let locked = json!({"token": token, "prefs": [["user_updates", false]]});
        let r = anonymous
            .call("/sf/notifications/save_link_prefs", locked)
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{backend}");

        let dana = user_id(&app.state, "dana@example.com").await;
        let key = &app.state.config.secret_key;
        let expired = notification_link::issue(key, &dana, &account, now_ms() - 31 * DAY);
        let mut tampered = token.clone();
        tampered.replace_range(2..3, if &token[2..3] == "A" { "B" } else { "A" });
        for bad in [expired, tampered, "nonsense".to_string()] {
            let r = anonymous
                .call("/sf/notifications/link_prefs", json!({"token": bad}))
                .await;
            assert_eq!(r.status, StatusCode::BAD_REQUEST, "{backend}");
            assert_eq!(r.body["BadRequest"], "This link is invalid or has expired.");
        }
    }
}

#[tokio::test]
async fn settings_are_validated_revision_checked_and_audited() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (account, _, mut c) = admin(&app).await;
        let s = c.call("/sf/notifications/settings", json!({})).await.body;
        assert_eq!(
            (s["revision"].clone(), s["footer"].clone()),
            (json!(0), json!("")),
            "{backend}"
        );
        assert_eq!(s["categories"].as_array().unwrap().len(), 9);
        let uu = s["categories"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["key"] == "user_updates")
            .unwrap();
        assert_eq!(uu["can_disable"], false);
        let save =
            |name: &str, rev: i64| json!({"sender_name": name, "footer": "", "revision": rev});
        let r = c
            .call("/sf/notifications/save_settings", save(" ", 0))
            .await;
        assert!(
            r.body["Validation"]["sender_name"].is_string(),
            "{backend}: {:?}",
            r.body
        );
        assert_eq!(
            c.call("/sf/notifications/save_settings", save("Acme", 0))
                .await
                .body,
            json!(1)
        );
        let r = c
            .call("/sf/notifications/save_settings", save("Acme 2", 0))
            .await;
        assert_eq!(r.status, StatusCode::CONFLICT, "{backend}");
        let r = c
            .call(
                "/sf/notifications/save_category",
                category("user_updates", false, "", false, &[], 0),
            )
            .await;
        assert!(
            r.body["Validation"]["enabled"].is_string(),
            "{backend}: {:?}",
            r.body
        );
        let records =
            crate::common::audit::records_of(&app, &account, "notifications.settings.update").await;
        assert_eq!(records.len(), 1, "{backend}");
        // The account's language writes the invitation.
        let acc = app::backend::services::tenancy::accounts::find(&app.state.db, &account)
            .await
            .unwrap();
        let mut am: app::backend::entities::account::ActiveModel = acc.into();
        am.language = Set("fr".into());
        am.update(&app.state.db).await.unwrap();
        let group = default_group(&app.state, &account).await;
        c.call("/sf/users/invite", json!({"input": {"emails": "zoe@example.com", "first_name": "", "last_name": "", "role": "Member", "group_ids": [group]}}))
            .await;
        let mails = mails_to(&app.state, "zoe@example.com").await;
        assert!(mails[0].contains("rejoindre"), "{backend}: {}", mails[0]);
    }
}
