//! A pending invitation gives the inviting account no power over a person's identity: not
//! their two-step verification, not their password or names, and an identity invited to
//! another account cannot be claimed with a link that was shown outside its e-mail.

use crate::common::notify::membership_of;
use crate::common::*;
use app::backend::services::identity::users;
use app::backend::services::people::invitations::{LINK_BY_MAIL_ONLY, SHOWN_LINK_CANNOT_CLAIM};
use app::backend::services::people::two_step_admin::{BELONGS_ELSEWHERE, NOT_JOINED};
use app::permissions::Role;
use axum::http::StatusCode;
use serde_json::json;

/// A Member of `accounts` with two-step verification on; their membership id in the first.
async fn with_two_step(app: &TestApp, accounts: &[&str], email: &str) -> String {
    for acc in accounts {
        add_member(&app.state, acc, email, Role::Member).await;
    }
    let mut c = Client::new(app);
    c.sign_in(email, PASSWORD).await;
    two_step::enable(&mut c).await;
    membership_of(&app.state, accounts[0], email).await
}

fn invite(email: &str, group: &str) -> serde_json::Value {
    json!({"input": {"emails": email, "first_name": "", "last_name": "", "role": "Member", "group_ids": [group]}})
}

fn accept(token: &str, first: &str, last: &str, password: &str) -> serde_json::Value {
    json!({"token": token, "first_name": first, "last_name": last, "password": password})
}

#[tokio::test]
async fn an_invitation_gives_no_power_over_two_step_verification() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        // The victim: an Admin of account B with two-step verification, signed in.
        let (b, victim) = account_with(&app.state, "Beta", Role::Admin).await;
        let mut v = Client::new(&app);
        v.sign_in(&victim, PASSWORD).await;
        two_step::enable(&mut v).await;
        // Account A invites the victim's address and tries to read and reset their two-step.
        let (a, admin_a) = account_with(&app.state, "Alpha", Role::Admin).await;
        let mut ca = Client::new(&app);
        ca.sign_in(&admin_a, PASSWORD).await;
        let group = default_group(&app.state, &a).await;
        assert_eq!(
            ca.call("/sf/users/invite", invite(&victim, &group))
                .await
                .status,
            StatusCode::OK
        );
        let pending = membership_of(&app.state, &a, &victim).await;
        for path in ["/sf/users/two_step", "/sf/users/reset_two_step"] {
            let r = ca.call(path, json!({"membership_id": pending})).await;
            assert_eq!(
                r.status,
                StatusCode::BAD_REQUEST,
                "{backend} {path}: {:?}",
                r.body
            );
            assert_eq!(r.body["BadRequest"], NOT_JOINED, "{backend} {path}");
        }
        let u = users::find_by_email(&app.state.db, &victim)
            .await
            .unwrap()
            .unwrap();
        assert!(u.totp_secret_enc.is_some(), "{backend}: still on");
        assert_eq!(
            v.call("/sf/account/get", json!({})).await.status,
            StatusCode::OK,
            "{backend}: still signed in"
        );

        // Even once the person joins A, A's Admin cannot turn it off: it also guards B.
        let id = with_two_step(&app, &[&a, &b], "shared@example.com").await;
        let r = ca
            .call("/sf/users/reset_two_step", json!({"membership_id": id}))
            .await;
        assert_eq!(
            r.body["BadRequest"], BELONGS_ELSEWHERE,
            "{backend}: {:?}",
            r.body
        );
        // A person of A alone can be reset by A's Admin (a lost device).
        let id = with_two_step(&app, &[&a], "only-a@example.com").await;
        let r = ca
            .call("/sf/users/reset_two_step", json!({"membership_id": id}))
            .await;
        assert_eq!(r.status, StatusCode::OK, "{backend}: {:?}", r.body);
    }
}

#[tokio::test]
async fn accepting_never_changes_an_existing_identity() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (_, known) = account_with(&app.state, "Beta", Role::Member).await;
        let before = users::find_by_email(&app.state.db, &known)
            .await
            .unwrap()
            .unwrap();
        let (a, admin_a) = account_with(&app.state, "Alpha", Role::Admin).await;
        let mut ca = Client::new(&app);
        ca.sign_in(&admin_a, PASSWORD).await;
        let group = default_group(&app.state, &a).await;
        ca.call("/sf/users/invite", invite(&known, &group)).await;
        let token = mailed_token(&app.state, &known, "accept-invitation")
            .await
            .expect("mailed");
        let mut stranger = Client::new(&app);
        let r = stranger
            .call(
                "/sf/invitations/accept",
                accept(&token, "Evil", "Mallory", "N3w!password"),
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{backend}: {:?}",
            r.body
        );
        let mut owner = Client::new(&app);
        let r = owner
            .call(
                "/sf/invitations/accept",
                accept(&token, "Other", "Names", PASSWORD),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{backend}: {:?}", r.body);
        let after = users::find_by_email(&app.state.db, &known)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (&after.password_hash, &after.first_name, &after.last_name),
            (&before.password_hash, &before.first_name, &before.last_name),
            "{backend}: the identity is untouched"
        );
    }
}

#[tokio::test]
async fn an_identity_invited_elsewhere_cannot_be_pre_claimed() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (a, admin_a) = account_with(&app.state, "Alpha", Role::Admin).await;
        let (b, admin_b) = account_with(&app.state, "Beta", Role::Admin).await;
        let (mut ca, mut cb) = (Client::new(&app), Client::new(&app));
        ca.sign_in(&admin_a, PASSWORD).await;
        cb.sign_in(&admin_b, PASSWORD).await;
        let (ga, gb) = (
            default_group(&app.state, &a).await,
            default_group(&app.state, &b).await,
        );

        // B invites first: A's "copy link" is refused, the address gets its link by e-mail.
        cb.call("/sf/users/invite", invite("newbie@example.com", &gb))
            .await;
        ca.call("/sf/users/invite", invite("newbie@example.com", &ga))
            .await;
        let id = membership_of(&app.state, &a, "newbie@example.com").await;
        let r = ca
            .call("/sf/users/invitation_link", json!({"membership_id": id}))
            .await;
        assert_eq!(
            r.body["BadRequest"], LINK_BY_MAIL_ONLY,
            "{backend}: {:?}",
            r.body
        );

        // A copies its link first, B invites later: the copied link can no longer claim it.
        ca.call("/sf/users/invite", invite("early@example.com", &ga))
            .await;
        let id = membership_of(&app.state, &a, "early@example.com").await;
        let link = ca
            .call("/sf/users/invitation_link", json!({"membership_id": id}))
            .await;
        assert_eq!(link.status, StatusCode::OK, "{backend}: {:?}", link.body);
        let copied = link
            .body
            .as_str()
            .unwrap()
            .split("token=")
            .nth(1)
            .unwrap()
            .to_string();
        cb.call("/sf/users/invite", invite("early@example.com", &gb))
            .await;
        let mut attacker = Client::new(&app);
        let r = attacker
            .call(
                "/sf/invitations/accept",
                accept(&copied, "Eve", "Early", "Att4cker!pw"),
            )
            .await;
        assert_eq!(
            r.body["BadRequest"], SHOWN_LINK_CANNOT_CLAIM,
            "{backend}: {:?}",
            r.body
        );
        let u = users::find_by_email(&app.state.db, "early@example.com")
            .await
            .unwrap()
            .unwrap();
        assert!(u.password_hash.is_empty(), "{backend}: not claimed");
        // The owner claims it with the link B e-mailed.
        let from_b = mails_to(&app.state, "early@example.com")
            .await
            .into_iter()
            .find(|m| m.contains("Beta"))
            .expect("B's invitation");
        let mailed = link_tokens(&from_b, "accept-invitation?token")
            .pop()
            .unwrap();
        let mut owner = Client::new(&app);
        let r = owner
            .call(
                "/sf/invitations/accept",
                accept(&mailed, "Erin", "Early", "Own3r!pass"),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{backend}: {:?}", r.body);
        // A copied link still works for an address invited nowhere else.
        ca.call("/sf/users/invite", invite("solo@example.com", &ga))
            .await;
        let id = membership_of(&app.state, &a, "solo@example.com").await;
        let link = ca
            .call("/sf/users/invitation_link", json!({"membership_id": id}))
            .await;
        let t = link
            .body
            .as_str()
            .unwrap()
            .split("token=")
            .nth(1)
            .unwrap()
            .to_string();
        let r = Client::new(&app)
            .call(
                "/sf/invitations/accept",
                accept(&t, "Sol", "O", "S0lo!pass"),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{backend}: {:?}", r.body);
    }
}
