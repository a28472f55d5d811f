//! Two-step verification over HTTP, on SQLite and PostgreSQL, with codes computed by the
//! server's own TOTP module. Password change and the sessions list: `personal.rs`.

use crate::common::audit::all_records;
use crate::common::two_step::*;
use crate::common::*;
use app::backend::services::identity::sign_in_challenge::{SIGN_IN_AGAIN, WRONG_CODE};
use app::permissions::Role;
use axum::http::StatusCode;
use serde_json::json;

#[tokio::test]
async fn set_up_then_sign_in_asks_for_a_code_that_works_once() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (account, email) = account_with(&app.state, "Acme", Role::Member).await;
        let mut c = Client::new(&app);
        c.sign_in(&email, PASSWORD).await;
        let off = c.call("/sf/me/two_step", json!({})).await;
        assert_eq!(off.body["enabled"], false, "{backend}: {:?}", off.body);

        let wrong = c
            .call("/sf/me/two_step_begin", json!({"password": "Wrong!pass1"}))
            .await;
        assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY, "{backend}");
        assert!(
            wrong.body["Validation"]["password"].is_string(),
            "{backend}"
        );
        let setup = c
            .call("/sf/me/two_step_begin", json!({"password": PASSWORD}))
            .await;
        let secret = setup.body["secret"].as_str().unwrap().to_string();
        assert_eq!(secret.split(' ').count(), 8, "{backend}: groups of 4");
        let bare = secret.replace(' ', "");
        let uri = setup.body["otpauth_uri"].as_str().unwrap();
        assert!(
            uri.starts_with("otpauth://totp/Account%20Settings:"),
            "{uri}"
        );
        assert!(uri.contains(&format!("secret={bare}&")), "{uri}");
        assert!(setup.body["qr_svg"].as_str().unwrap().starts_with("<svg"));
        let bad = c
            .call(
                "/sf/me/two_step_confirm",
                json!({"code": wrong_code(&secret)}),
            )
            .await;
        assert!(bad.body["Validation"]["code"].is_string(), "{backend}");
        let first = code(&secret, 0);
        let done = c
            .call("/sf/me/two_step_confirm", json!({"code": first}))
            .await;
        let codes: Vec<String> = serde_json::from_value(done.body["codes"].clone()).unwrap();
        assert_eq!(codes.len(), 10, "{backend}");
        assert!(codes
            .iter()
            .all(|k| k.len() == 11 && k.as_bytes()[5] == b'-'));
        let on = c.call("/sf/me/two_step", json!({})).await.body;
        assert_eq!(
            (on["enabled"].clone(), on["recovery_codes_left"].clone()),
            (json!(true), json!(10))
        );

        // The password alone now gives a challenge, not a session.
        c.call("/sf/auth/sign_out", json!({})).await;
        let (mut d, challenge) = at_second_step(&app, &email, PASSWORD).await;
        assert_eq!(
            answer(&mut d, &challenge, &first).await.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{backend}: the set-up code was used"
        );
        let next = code(&secret, 1);
        let ok = answer(&mut d, &challenge, &next).await;
        assert_eq!(ok.status, StatusCode::OK, "{backend}: {:?}", ok.body);
        assert_eq!(ok.body["email"], email.as_str());
        assert_eq!(
            d.call("/sf/auth/session", json!({})).await.body["email"],
            email.as_str()
        );
        // The challenge is used up, and the same code again is a replay.
        assert_eq!(
            answer(&mut d, &challenge, &next).await.body["BadRequest"],
            SIGN_IN_AGAIN
        );
        let (mut e, challenge) = at_second_step(&app, &email, PASSWORD).await;
        let replay = answer(&mut e, &challenge, &next).await;
        assert_eq!(replay.body["Validation"]["code"], WRONG_CODE, "{backend}");
        assert!(e.cookie.is_none(), "{backend}");
        // A recovery code works once, in any case and with or without its dash.
        let ok = answer(&mut e, &challenge, &codes[0].to_uppercase()).await;
        assert_eq!(ok.status, StatusCode::OK, "{backend}: {:?}", ok.body);
        let (mut f, challenge) = at_second_step(&app, &email, PASSWORD).await;
        assert_eq!(
            answer(&mut f, &challenge, &codes[0]).await.status,
            StatusCode::UNPROCESSABLE_ENTITY
        );
        let ok = answer(&mut f, &challenge, &codes[1].replace('-', "")).await;
        assert_eq!(ok.status, StatusCode::OK, "{backend}: {:?}", ok.body);
        let left = f.call("/sf/me/two_step", json!({})).await.body;
        assert_eq!(left["recovery_codes_left"], 8, "{backend}");

        let records = all_records(&app, &account).await;
        for action in ["auth.two_step.enable", "auth.session.sign_in"] {
            assert!(
                records.iter().any(|r| r.action == action),
                "{backend}: {action}"
            );
        }
        assert!(
            records
                .iter()
                .any(|r| r.action == "auth.session.sign_in_failed"
                    && r.summary.contains("wrong two-step code")),
            "{backend}"
        );
        let mut secrets = vec![secret.clone(), bare, first, next];
        secrets.extend(codes);
        assert_nothing_leaked(&records, &secrets);
    }
}

#[tokio::test]
async fn five_wrong_codes_end_the_challenge_and_lock_the_email() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (account, email) = account_with(&app.state, "Acme", Role::Admin).await;
        let mut c = Client::new(&app);
        c.sign_in(&email, PASSWORD).await;
        let (secret, _) = enable(&mut c).await;
        let (mut d, challenge) = at_second_step(&app, &email, PASSWORD).await;
        let bad = wrong_code(&secret);
        for _ in 0..5 {
            let r = answer(&mut d, &challenge, &bad).await;
            assert_eq!(
                r.body["Validation"]["code"], WRONG_CODE,
                "{backend}: {:?}",
                r.body
            );
        }
        let dead = answer(&mut d, &challenge, &code(&secret, 1)).await;
        assert_eq!(dead.status, StatusCode::BAD_REQUEST, "{backend}");
        assert_eq!(dead.body["BadRequest"], SIGN_IN_AGAIN, "{backend}");
        assert!(d.cookie.is_none(), "{backend}");
        // The wrong codes also count towards the e-mail's sign-in lock.
        let locked = Client::new(&app).sign_in(&email, PASSWORD).await;
        assert_eq!(locked.status, StatusCode::TOO_MANY_REQUESTS, "{backend}");
        let unknown = answer(&mut Client::new(&app), "not-a-challenge", &bad).await;
        assert_eq!(unknown.body["BadRequest"], SIGN_IN_AGAIN, "{backend}");
        let failed = all_records(&app, &account)
            .await
            .into_iter()
            .filter(|r| r.action == "auth.session.sign_in_failed")
            .count();
        assert_eq!(failed, 5, "{backend}");

        // Signing in with the password again does not reset the count of wrong codes.
        let (_, email) = account_with(&app.state, "Beta", Role::Admin).await;
        let mut c = Client::new(&app);
        c.sign_in(&email, PASSWORD).await;
        let (secret, _) = enable(&mut c).await;
        let bad = wrong_code(&secret);
        let (mut d, challenge) = at_second_step(&app, &email, PASSWORD).await;
        for _ in 0..3 {
            answer(&mut d, &challenge, &bad).await;
        }
        let (mut d, challenge) = at_second_step(&app, &email, PASSWORD).await;
        for _ in 0..2 {
            answer(&mut d, &challenge, &bad).await;
        }
        let r = answer(&mut d, &challenge, &code(&secret, 1)).await;
        assert_eq!(
            r.status,
            StatusCode::TOO_MANY_REQUESTS,
            "{backend}: {:?}",
            r.body
        );
    }
}

#[tokio::test]
async fn turning_off_needs_the_password_and_a_code_and_new_recovery_codes_replace_old() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (account, email) = account_with(&app.state, "Acme", Role::Admin).await;
        let mut c = Client::new(&app);
        c.sign_in(&email, PASSWORD).await;
        let (secret, old) = enable(&mut c).await;
        let wrong = c
            .call("/sf/me/recovery_codes", json!({"password": "Wrong!pass1"}))
            .await;
        assert!(
            wrong.body["Validation"]["password"].is_string(),
            "{backend}"
        );
        let new = c
            .call("/sf/me/recovery_codes", json!({"password": PASSWORD}))
            .await;
        let new: Vec<String> = serde_json::from_value(new.body["codes"].clone()).unwrap();
        assert_eq!(new.len(), 10);
        let (mut d, challenge) = at_second_step(&app, &email, PASSWORD).await;
        assert_eq!(
            answer(&mut d, &challenge, &old[0]).await.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{backend}: old codes are void"
        );
        assert_eq!(
            answer(&mut d, &challenge, &new[0]).await.status,
            StatusCode::OK,
            "{backend}"
        );

        let disable = |password: &str, code: &str| json!({"password": password, "code": code});
        let r = c
            .call(
                "/sf/me/two_step_disable",
                disable("Wrong!pass1", &code(&secret, 1)),
            )
            .await;
        assert!(
            r.body["Validation"]["password"].is_string(),
            "{backend}: {:?}",
            r.body
        );
        let r = c
            .call(
                "/sf/me/two_step_disable",
                disable(PASSWORD, &wrong_code(&secret)),
            )
            .await;
        assert!(
            r.body["Validation"]["code"].is_string(),
            "{backend}: {:?}",
            r.body
        );
        let r = c
            .call(
                "/sf/me/two_step_disable",
                disable(PASSWORD, &code(&secret, 1)),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{backend}: {:?}", r.body);
        assert_eq!(
            r.body,
            json!({"enabled": false, "enabled_at": null, "recovery_codes_left": 0})
        );
        let plain = Client::new(&app).sign_in(&email, PASSWORD).await;
        assert_eq!(
            plain.body["email"],
            email.as_str(),
            "{backend}: one step again"
        );
        let records = all_records(&app, &account).await;
        for action in ["auth.two_step.recovery_regenerate", "auth.two_step.disable"] {
            assert!(
                records.iter().any(|r| r.action == action),
                "{backend}: {action}"
            );
        }
        let mut secrets = vec![secret];
        secrets.extend(old);
        secrets.extend(new);
        assert_nothing_leaked(&records, &secrets);
    }
}

#[tokio::test]
async fn a_known_identity_with_two_step_cannot_join_with_its_password_alone() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (_, email) = account_with(&app.state, "Home", Role::Member).await;
        let mut me = Client::new(&app);
        me.sign_in(&email, PASSWORD).await;
        let (secret, _) = enable(&mut me).await;
        let (account, admin) = account_with(&app.state, "Acme", Role::Admin).await;
        let mut admin_c = Client::new(&app);
        admin_c.sign_in(&admin, PASSWORD).await;
        let group = default_group(&app.state, &account).await;
        admin_c.call("/sf/users/invite", json!({"input": {"emails": email, "first_name": "", "last_name": "", "role": "Member", "group_ids": [group]}})).await;
        let token = mailed_token(&app.state, &email, "accept-invitation")
            .await
            .unwrap();
        let accept =
            json!({"token": token, "first_name": "", "last_name": "", "password": PASSWORD});
        let mut stranger = Client::new(&app);
        let refused = stranger
            .call("/sf/invitations/accept", accept.clone())
            .await;
        assert_eq!(
            refused.status,
            StatusCode::BAD_REQUEST,
            "{backend}: {:?}",
            refused.body
        );
        assert!(stranger.cookie.is_none(), "{backend}");
        // Signed in with the code first, the same link works.
        let (mut d, challenge) = at_second_step(&app, &email, PASSWORD).await;
        answer(&mut d, &challenge, &code(&secret, 1)).await;
        let ok = d.call("/sf/invitations/accept", accept).await;
        assert_eq!(
            ok.body["account_id"],
            account.as_str(),
            "{backend}: {:?}",
            ok.body
        );
    }
}
