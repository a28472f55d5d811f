//! API tokens and the REST API over HTTP, on SQLite and PostgreSQL.

use crate::common::rest::*;
use crate::common::*;
use app::backend::entities::{api_token, api_token_secret, membership};
use app::backend::services::tokens::token_expiry;
use app::permissions::Role;
use axum::http::{header, StatusCode};
use base64::Engine;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use serde_json::json;

#[tokio::test]
async fn tokens_work_until_disabled_rotated_deleted_or_their_creator_is_disabled() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (account, _, mut c) = admin(&app).await;
        let (id, secret) = create_token(&mut c, json!({"users": "view"})).await;
        assert!(
            secret.starts_with("acs_") && secret.len() == 42,
            "{backend}"
        );

        // Only a hash is stored, and lists show a hint.
        let stored = api_token_secret::Entity::find()
            .all(&app.state.db)
            .await
            .unwrap();
        assert!(stored
            .iter()
            .all(|s| s.hash != secret && s.hash.len() == 64));
        let listed = c.call("/sf/tokens/list", json!({"filter": {"search": "", "status": "", "sort": "created", "desc": true, "limit": 25, "cursor": null}})).await;
        let text = listed.body.to_string();
        assert!(
            !text.contains(&secret) && text.contains(&secret[secret.len() - 4..]),
            "{backend}"
        );

        let ok = api(
            &app,
            "GET",
            "/api/v1/users?limit=50",
            Some(&bearer(&secret)),
            None,
        )
        .await;
        assert_eq!(ok.status, StatusCode::OK, "{backend}: {:?}", ok.body);
        assert_eq!(ok.body["data"].as_array().unwrap().len(), 1);
        assert_eq!(ok.body["pagination"]["limit"], 50);
        // Modules outside the token: 403; no or bad credentials: 401.
        is_problem(
            &api(&app, "GET", "/api/v1/groups", Some(&bearer(&secret)), None).await,
            403,
        );
        let none = api(&app, "GET", "/api/v1/users", None, None).await;
        is_problem(&none, 401);
        assert!(none.headers.contains_key(header::WWW_AUTHENTICATE));
        let mut forged = secret.clone().into_bytes();
        forged[8] = if forged[8] == b'A' { b'B' } else { b'A' };
        let forged = String::from_utf8(forged).unwrap();
        is_problem(
            &api(&app, "GET", "/api/v1/users", Some(&bearer(&forged)), None).await,
            401,
        );

        // Last used is recorded.
        let t = api_token::Entity::find_by_id(id.clone())
            .one(&app.state.db)
            .await
            .unwrap()
            .unwrap();
        assert!(t.last_used_at.is_some(), "{backend}");

        let users = |s: String| {
            let app = &app;
            async move {
                api(app, "GET", "/api/v1/users", Some(&bearer(&s)), None)
                    .await
                    .status
            }
        };
        c.call(
            "/sf/tokens/set_status",
            json!({"id": id, "status": "Disabled"}),
        )
        .await;
        assert_eq!(
            users(secret.clone()).await,
            StatusCode::UNAUTHORIZED,
            "{backend}"
        );
        c.call(
            "/sf/tokens/set_status",
            json!({"id": id, "status": "Active"}),
        )
        .await;
        assert_eq!(users(secret.clone()).await, StatusCode::OK);

        // Rotation with a grace period: both work; without: only the new one.
        let r = c
            .call("/sf/tokens/rotate", json!({"id": id, "grace_hours": 1}))
            .await;
        let second = r.body["secret"].as_str().unwrap().to_string();
        assert!(r.body["token"]["previous_secret_valid_until"].is_i64());
        assert_eq!(users(secret.clone()).await, StatusCode::OK);
        assert_eq!(users(second.clone()).await, StatusCode::OK);
        let r = c
            .call("/sf/tokens/rotate", json!({"id": id, "grace_hours": 0}))
            .await;
        let third = r.body["secret"].as_str().unwrap().to_string();
        assert_eq!(
            users(secret.clone()).await,
            StatusCode::UNAUTHORIZED,
            "{backend}"
        );
        assert_eq!(users(second).await, StatusCode::UNAUTHORIZED);
        assert_eq!(users(third.clone()).await, StatusCode::OK);

        // Deleted: unusable, still listed under Deleted.
        c.call(
            "/sf/tokens/set_status",
            json!({"id": id, "status": "Deleted"}),
        )
        .await;
        assert_eq!(users(third).await, StatusCode::UNAUTHORIZED);
        let deleted = c.call("/sf/tokens/list", json!({"filter": {"search": "", "status": "Deleted", "sort": "created", "desc": true, "limit": 25, "cursor": null}})).await;
        assert_eq!(deleted.body["rows"][0]["id"], id.as_str());

        // A second admin's token dies when that admin is disabled.
        add_member(&app.state, &account, "second@example.com", Role::Admin).await;
        let mut b = Client::new(&app);
        b.sign_in("second@example.com", PASSWORD).await;
        let (_, b_secret) = create_token(&mut b, json!({"users": "edit"})).await;
        assert_eq!(users(b_secret.clone()).await, StatusCode::OK);
        let m = membership::Entity::find()
            .filter(membership::Column::Email.eq("second@example.com"))
            .one(&app.state.db)
            .await
            .unwrap()
            .unwrap();
        let r = c
            .call(
                "/sf/users/set_enabled",
                json!({"membership_id": m.id, "enabled": false, "updated_at": m.updated_at}),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
        assert_eq!(users(b_secret).await, StatusCode::UNAUTHORIZED, "{backend}");
    }
}

#[tokio::test]
async fn a_token_never_gets_more_than_its_creator() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (account, _, mut c) = admin(&app).await;
        // A Creator: no Users rights of their own, so only the group gives them.
        add_member(&app.state, &account, "maker@example.com", Role::Creator).await;
        let m = membership::Entity::find()
            .filter(membership::Column::Email.eq("maker@example.com"))
            .one(&app.state.db)
            .await
            .unwrap()
            .unwrap();
        let g = c
            .call("/sf/groups/create", json!({"input": {"name": "Token makers", "description": "", "modules": {"api_tokens": "edit", "users": "view"}, "member_ids": [m.id]}}))
            .await;
        assert_eq!(g.status, StatusCode::OK, "{:?}", g.body);
        let mut maker = Client::new(&app);
        maker.sign_in("maker@example.com", PASSWORD).await;
        let too_much = maker
            .call("/sf/tokens/create", json!({"input": {"name": "x", "modules": {"users": "edit"}, "expires_in_days": 30}}))
            .await;
        assert_eq!(
            too_much.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{backend}"
        );
        assert!(too_much.body.to_string().contains("modules"));
        let (_, secret) = create_token(&mut maker, json!({"users": "view"})).await;
        assert_eq!(
            api(&app, "GET", "/api/v1/users", Some(&bearer(&secret)), None)
                .await
                .status,
            StatusCode::OK
        );
        // The maker leaves the group: the token loses Users with them.
        let gid = g.body.as_str().unwrap().to_string();
        let group = c.call("/sf/groups/list", json!({})).await;
        let rev = group
            .body
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["id"] == gid.as_str())
            .unwrap()["revision"]
            .clone();
        let r = c
            .call("/sf/groups/update", json!({"group_id": gid, "revision": rev, "input": {"name": "Token makers", "description": "", "modules": {"api_tokens": "edit", "users": "view"}, "member_ids": []}}))
            .await;
        assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
        is_problem(
            &api(&app, "GET", "/api/v1/users", Some(&bearer(&secret)), None).await,
            403,
        );
    }
}

#[tokio::test]
async fn resources_answer_with_envelopes_revisions_and_problem_details() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (account, _, mut c) = admin(&app).await;
        // Every module at edit: inviting into Administrators takes a full Admin's rights.
        let (_, secret) = create_token(&mut c, all_modules()).await;
        let auth = bearer(&secret);
        let a = Some(auth.as_str());

        // Account: merge patch needs the current revision.
        let acc = api(&app, "GET", "/api/v1/account", a, None).await;
        let rev = acc.body["revision"].as_i64().unwrap();
        is_problem(
            &api(
                &app,
                "PATCH",
                "/api/v1/account",
                a,
                Some(json!({"name": "New name"})),
            )
            .await,
            422,
        );
        is_problem(
            &api(
                &app,
                "PATCH",
                "/api/v1/account",
                a,
                Some(json!({"name": "New name", "revision": rev - 1})),
            )
            .await,
            409,
        );
        let bad = api(
            &app,
            "PATCH",
            "/api/v1/account",
            a,
            Some(json!({"website": "not a site", "revision": rev})),
        )
        .await;
        is_problem(&bad, 422);
        assert!(
            bad.body["errors"]["website"].is_string(),
            "{backend}: {:?}",
            bad.body
        );
        let ok = api(
            &app,
            "PATCH",
            "/api/v1/account",
            a,
            Some(json!({"name": "New name", "revision": rev})),
        )
        .await;
        assert_eq!(ok.status, StatusCode::OK, "{:?}", ok.body);
        assert_eq!(ok.body["fields"]["name"], "New name");
        assert_eq!(ok.body["revision"], rev + 1);

        // The change is audited with the token as actor.
        let trail = api(&app, "GET", "/api/v1/audit-records?limit=1", a, None).await;
        assert_eq!(trail.body["data"][0]["actor_type"], "token", "{backend}");
        assert_eq!(trail.body["data"][0]["action"], "account.account.update");
        let rid = trail.body["data"][0]["id"].as_str().unwrap().to_string();
        assert_eq!(
            api(
                &app,
                "GET",
                &format!("/api/v1/audit-records/{rid}"),
                a,
                None
            )
            .await
            .status,
            StatusCode::OK
        );

        // Groups: create, conflict, delete.
        let g = api(&app, "POST", "/api/v1/groups", a, Some(json!({"name": "Support", "description": "", "modules": {"audit": "view"}, "member_ids": []}))).await;
        assert_eq!(g.status, StatusCode::CREATED, "{:?}", g.body);
        let gid = g.body["id"].as_str().unwrap().to_string();
        let grev = g.body["revision"].as_i64().unwrap();
        is_problem(
            &api(
                &app,
                "PATCH",
                &format!("/api/v1/groups/{gid}"),
                a,
                Some(json!({"name": "Help", "revision": grev + 5})),
            )
            .await,
            409,
        );
        let renamed = api(
            &app,
            "PATCH",
            &format!("/api/v1/groups/{gid}"),
            a,
            Some(json!({"name": "Help", "revision": grev})),
        )
        .await;
        assert_eq!(renamed.body["name"], "Help", "{:?}", renamed.body);
        assert_eq!(
            api(&app, "DELETE", &format!("/api/v1/groups/{gid}"), a, None)
                .await
                .status,
            StatusCode::NO_CONTENT
        );
        is_problem(
            &api(&app, "GET", &format!("/api/v1/groups/{gid}"), a, None).await,
            404,
        );

        // Invitations, then keyset pages over users.
        let inv = api(&app, "POST", "/api/v1/invitations", a, Some(json!({"emails": "ann@example.com, bob@example.com", "first_name": "", "last_name": "", "role": "Member", "group_ids": [default_group(&app.state, &account).await]}))).await;
        assert_eq!(inv.status, StatusCode::CREATED, "{backend}: {:?}", inv.body);
        let pending = api(&app, "GET", "/api/v1/invitations", a, None).await;
        assert_eq!(pending.body["data"].as_array().unwrap().len(), 2);
        let first = api(
            &app,
            "GET",
            "/api/v1/users?limit=2&sort=email&order=asc",
            a,
            None,
        )
        .await;
        assert_eq!(first.body["pagination"]["has_more"], true);
        let cursor = first.body["pagination"]["next_cursor"]
            .as_str()
            .unwrap()
            .to_string();
        let second = api(
            &app,
            "GET",
            &format!("/api/v1/users?limit=2&sort=email&order=asc&cursor={cursor}"),
            a,
            None,
        )
        .await;
        let emails: Vec<&str> = first.body["data"]
            .as_array()
            .unwrap()
            .iter()
            .chain(second.body["data"].as_array().unwrap())
            .map(|u| u["email"].as_str().unwrap())
            .collect();
        assert_eq!(emails.len(), 3, "{backend}");
        assert!(emails.windows(2).all(|w| w[0] < w[1]), "{emails:?}");
        let ann = pending.body["data"]
            .as_array()
            .unwrap()
            .iter()
            .find(|u| u["email"] == "ann@example.com")
            .unwrap()["membership_id"]
            .as_str()
            .unwrap()
            .to_string();
        assert_eq!(
            api(
                &app,
                "POST",
                &format!("/api/v1/invitations/{ann}/revoke"),
                a,
                None
            )
            .await
            .status,
            StatusCode::NO_CONTENT
        );
        is_problem(
            &api(&app, "GET", &format!("/api/v1/users/{ann}"), a, None).await,
            404,
        );

        // Bad parameters: specific, never a 500.
        let lim = api(&app, "GET", "/api/v1/users?limit=0", a, None).await;
        is_problem(&lim, 422);
        assert!(lim.body["errors"]["limit"].is_string());
        let cur = api(&app, "GET", "/api/v1/users?cursor=%%%", a, None).await;
        is_problem(&cur, 422);
        assert!(cur.body["errors"]["cursor"].is_string());
        is_problem(
            &api(&app, "GET", "/api/v1/users?status=sleeping", a, None).await,
            400,
        );
        is_problem(
            &api(&app, "POST", "/api/v1/groups", a, Some(json!({"name": 5}))).await,
            400,
        );
        is_problem(&api(&app, "PUT", "/api/v1/groups", a, None).await, 405);

        // Another account's objects do not exist for this token.
        let (other, other_email) = account_with(&app.state, "Other", Role::Admin).await;
        let om = membership::Entity::find()
            .filter(membership::Column::Email.eq(other_email))
            .one(&app.state.db)
            .await
            .unwrap()
            .unwrap();
        is_problem(
            &api(&app, "GET", &format!("/api/v1/users/{}", om.id), a, None).await,
            404,
        );
        is_problem(
            &api(
                &app,
                "POST",
                &format!("/api/v1/users/{}/disable", om.id),
                a,
                None,
            )
            .await,
            404,
        );
        let og = default_group(&app.state, &other).await;
        is_problem(
            &api(&app, "DELETE", &format!("/api/v1/groups/{og}"), a, None).await,
            404,
        );
    }
}

#[tokio::test]
async fn account_credentials_authenticate_until_the_passcode_is_regenerated() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (_, _, mut c) = admin(&app).await;
        let cred = c.call("/sf/account/credentials", json!({})).await.body;
        let basic = |pass: &str| {
            format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD
                    .encode(format!("{}:{pass}", cred["account_id"].as_str().unwrap()))
            )
        };
        let good = basic(cred["passcode"].as_str().unwrap());
        assert_eq!(
            api(&app, "GET", "/api/v1/groups", Some(&good), None)
                .await
                .status,
            StatusCode::OK,
            "{backend}"
        );
        is_problem(
            &api(&app, "GET", "/api/v1/groups", Some(&basic("wrong")), None).await,
            401,
        );
        // Tokens belong to people, not to the account credentials.
        let t = api(
            &app,
            "POST",
            "/api/v1/tokens",
            Some(&good),
            Some(json!({"name": "x", "modules": {"users": "view"}, "expires_in_days": 30})),
        )
        .await;
        is_problem(&t, 400);
        c.call("/sf/account/credentials_regenerate", json!({}))
            .await;
        is_problem(
            &api(&app, "GET", "/api/v1/groups", Some(&good), None).await,
            401,
        );
    }
}

#[tokio::test]
async fn the_rate_limit_answers_429_with_retry_after() {
    let (_, db) = databases().await.remove(0);
    let app = app_for(db).await; // 120 requests per token and minute
    let (_, _, mut c) = admin(&app).await;
    let (_, secret) = create_token(&mut c, json!({"users": "view"})).await;
    let mut limited = None;
    for i in 0..130 {
        let r = api(
            &app,
            "GET",
            "/api/v1/users?limit=1",
            Some(&bearer(&secret)),
            None,
        )
        .await;
        if r.status == StatusCode::TOO_MANY_REQUESTS {
            limited = Some((i, r));
            break;
        }
    }
    let (i, r) = limited.expect("no 429 within 130 requests");
    assert!((119..=121).contains(&i), "limited after {i} requests");
    is_problem(&r, 429);
    let wait: u64 = r.headers[header::RETRY_AFTER]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&wait));
}

#[tokio::test]
async fn expiry_reminders_go_once_even_with_two_runners() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (_, email, mut c) = admin(&app).await;
        let (id, _) = create_token(&mut c, json!({"users": "view"})).await;
        let now = app::backend::clock::now_ms();
        let t = api_token::Entity::find_by_id(id.clone())
            .one(&app.state.db)
            .await
            .unwrap()
            .unwrap();
        let mut am: api_token::ActiveModel = t.into();
        am.expires_at = Set(now + 3 * 86_400_000);
        am.update(&app.state.db).await.unwrap();
        let (a, b) = tokio::join!(
            token_expiry::run_once(&app.state, "runner-a", now),
            token_expiry::run_once(&app.state, "runner-b", now)
        );
        let (a, b) = (a.unwrap(), b.unwrap());
        assert_eq!(a.warned + b.warned, 1, "{backend}: {a:?} {b:?}");
        token_expiry::run_once(&app.state, "runner-a", now + 1000)
            .await
            .unwrap();
        let mails = mails_to(&app.state, &email).await;
        assert_eq!(
            mails.iter().filter(|m| m.contains("expires on")).count(),
            1,
            "{backend}"
        );
        assert!(mails.iter().any(|m| m.contains("CI")));

        let later = now + 4 * 86_400_000;
        let r = token_expiry::run_once(&app.state, "runner-b", later)
            .await
            .unwrap();
        assert_eq!(r.expired, 1, "{backend}");
        token_expiry::run_once(&app.state, "runner-a", later + 1000)
            .await
            .unwrap();
        let mails = mails_to(&app.state, &email).await;
        assert_eq!(
            mails.iter().filter(|m| m.contains("has expired")).count(),
            1,
            "{backend}"
        );
        let row = api_token::Entity::find_by_id(id)
            .one(&app.state.db)
            .await
            .unwrap()
            .unwrap();
        assert!(row.expired_notified_at.is_some());
    }
}

#[tokio::test]
async fn the_openapi_document_lists_every_operation() {
    let (_, db) = databases().await.remove(0);
    let app = app_for(db).await;
    let r = api(&app, "GET", "/api/v1/openapi.json", None, None).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.body["openapi"], "3.1.0");
    let paths = r.body["paths"].as_object().unwrap();
    for p in [
        "/api/v1/account",
        "/api/v1/users",
        "/api/v1/users/{id}/disable",
        "/api/v1/invitations",
        "/api/v1/groups/{id}",
        "/api/v1/tokens/{id}/rotate",
        "/api/v1/audit-records",
    ] {
        assert!(paths.contains_key(p), "{p} missing");
    }
    let get_users = &r.body["paths"]["/api/v1/users"]["get"]["responses"];
    for code in ["200", "401", "403", "422", "429"] {
        assert!(get_users.get(code).is_some(), "{code} missing");
    }
}
