//! The platform operator's REST API and its hold on people, on SQLite and PostgreSQL: an
//! Operations token scripts a clean client account whose admin then signs in; a client's
//! token and an Operations member's token are refused; a blocked person cannot sign in and
//! their sessions and tokens stop until unblocked; a deleted person's data is erased.

use crate::common::audit::records_of;
use crate::common::rest::*;
use crate::common::*;
use app::permissions::Role;
use axum::http::StatusCode;
use serde_json::{json, Value};

async fn operator(app: &TestApp) -> (String, String, Client) {
    let state = &app.state;
    let ops = operations_account(state).await;
    let email = format!("ops.{}@example.com", ops.to_lowercase());
    add_member(state, &ops, &email, Role::Admin).await;
    let mut c = Client::new(app);
    assert_eq!(c.sign_in(&email, PASSWORD).await.status, StatusCode::OK);
    (ops, email, c)
}

#[tokio::test]
async fn an_operations_token_scripts_a_clean_client_account() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (ops, _, mut ops_console) = operator(&app).await;
        let (_, ops_secret) = create_token(&mut ops_console, json!({"account": "edit"})).await;
        let opsapi = Script::token(&app, &ops_secret);

        // Refused: a client's admin token with every module, and an Operations token that
        // lacks Account at edit.
        let (_, _, mut client_console) = admin(&app).await;
        let (_, client_secret) = create_token(&mut client_console, all_modules()).await;
        let (_, view_secret) = create_token(&mut ops_console, json!({"account": "view"})).await;
        for secret in [&client_secret, &view_secret] {
            Script::token(&app, secret)
                .problem(
                    "POST",
                    "/api/v1/operations/accounts",
                    json!({"name": "Evil", "admin_email": "evil@example.com"}),
                    403,
                )
                .await;
        }

        // Bad input names the field.
        let bad = opsapi
            .problem(
                "POST",
                "/api/v1/operations/accounts",
                json!({"name": "", "admin_email": "nope"}),
                422,
            )
            .await;
        assert!(
            bad.body["errors"]["admin_email"].is_string(),
            "{backend}: {:?}",
            bad.body
        );

        let email = format!("first.{}@client.example", ops.to_lowercase());
        let made = opsapi
            .send(
                "POST",
                "/api/v1/operations/accounts",
                json!({"name": "Globex", "admin_email": email, "admin_first_name": "Gia"}),
            )
            .await;
        assert_eq!(
            made.status,
            StatusCode::CREATED,
            "{backend}: {:?}",
            made.body
        );
        let account = made.body["account_id"].as_str().unwrap().to_string();
        let link = made.body["invitation_link"].as_str().unwrap().to_string();
        assert!(
            link.contains("/accept-invitation?token="),
            "{backend}: {link}"
        );

        // The new admin accepts and is an Admin of a clean account.
        let token = link.split("token=").nth(1).unwrap().to_string();
        let mut newcomer = Client::new(&app);
        let accepted = newcomer
            .call(
                "/sf/invitations/accept",
                json!({"token": token, "first_name": "Gia", "last_name": "Tester", "password": "Gl0bex!secure"}),
            )
            .await;
        assert_eq!(
            accepted.status,
            StatusCode::OK,
            "{backend}: {:?}",
            accepted.body
        );
        let me = newcomer.call("/sf/auth/session", json!({})).await;
        assert_eq!(me.body["account_id"], account.as_str(), "{backend}");
        assert_eq!(me.body["role"], "Admin", "{backend}");

        let listed = opsapi.get("/api/v1/operations/accounts?q=Globex").await;
        assert_eq!(listed.body.as_array().map(Vec::len), Some(1), "{backend}");
        let one = opsapi
            .get(&format!("/api/v1/operations/accounts/{account}"))
            .await;
        assert_eq!(one.body["account"]["members"], 1, "{backend}");

        let modules = opsapi
            .send(
                "PUT",
                &format!("/api/v1/operations/accounts/{account}/modules"),
                json!({"modules": ["buyers"]}),
            )
            .await;
        assert_eq!(
            modules.status,
            StatusCode::OK,
            "{backend}: {:?}",
            modules.body
        );
        assert!(modules.body.as_array().unwrap().contains(&json!("buyers")));
        assert!(!modules
            .body
            .as_array()
            .unwrap()
            .contains(&json!("licensees")));

        let off = opsapi
            .send(
                "POST",
                &format!("/api/v1/operations/accounts/{account}/disable"),
                Value::Null,
            )
            .await;
        assert_eq!(off.body["status"], "Disabled", "{backend}");
        opsapi
            .problem(
                "POST",
                &format!("/api/v1/operations/accounts/{account}/disable"),
                Value::Null,
                409,
            )
            .await;
        let me = newcomer.call("/sf/auth/session", json!({})).await;
        assert!(
            me.body.is_null(),
            "{backend}: a disabled account's session ends"
        );
        assert_eq!(
            records_of(&app, &ops, "account.account.create").await.len(),
            1
        );
    }
}

#[tokio::test]
async fn a_blocked_person_is_stopped_everywhere_and_a_deleted_one_erased() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (ops, ops_email, mut ops_console) = operator(&app).await;
        let (ops_token, ops_secret) =
            create_token(&mut ops_console, json!({"account": "edit"})).await;
        let _ = ops_token;
        let opsapi = Script::token(&app, &ops_secret);
        let (account, email, mut person) = admin(&app).await;
        let (_, secret) = create_token(&mut person, all_modules()).await;
        let theirs = Script::token(&app, &secret);
        assert_eq!(theirs.get("/api/v1/account").await.status, StatusCode::OK);

        let found = opsapi
            .get(&format!("/api/v1/operations/people?email={email}"))
            .await;
        assert_eq!(found.status, StatusCode::OK, "{backend}: {:?}", found.body);
        let id = found.body["id"].as_str().unwrap().to_string();
        assert_eq!(found.body["status"], "Active");
        assert_eq!(found.body["memberships"][0]["account_id"], account.as_str());

        // The operator cannot block themself.
        let me = opsapi
            .get(&format!("/api/v1/operations/people?email={ops_email}"))
            .await;
        let my_id = me.body["id"].as_str().unwrap();
        opsapi
            .problem(
                "POST",
                &format!("/api/v1/operations/people/{my_id}/block"),
                Value::Null,
                400,
            )
            .await;

        // Blocked through the console's server function: session, sign-in and token stop.
        let blocked = ops_console
            .call(
                "/sf/operations/set_identity_status",
                json!({"id": id, "status": "Blocked"}),
            )
            .await;
        assert_eq!(
            blocked.status,
            StatusCode::OK,
            "{backend}: {:?}",
            blocked.body
        );
        assert_eq!(blocked.body["status"], "Blocked");
        assert!(
            person
                .call("/sf/auth/session", json!({}))
                .await
                .body
                .is_null(),
            "{backend}"
        );
        let mut again = Client::new(&app);
        assert_ne!(
            again.sign_in(&email, PASSWORD).await.status,
            StatusCode::OK,
            "{backend}"
        );
        assert_eq!(
            theirs.get("/api/v1/account").await.status,
            StatusCode::UNAUTHORIZED
        );
        // Recorded where the person works and where the operator works.
        assert_eq!(
            records_of(&app, &account, "users.user.block").await.len(),
            1,
            "{backend}"
        );
        assert_eq!(
            records_of(&app, &ops, "users.user.block").await.len(),
            1,
            "{backend}"
        );

        // Unblocked: they sign in again and their token works.
        let unblocked = opsapi
            .send(
                "POST",
                &format!("/api/v1/operations/people/{id}/unblock"),
                Value::Null,
            )
            .await;
        assert_eq!(
            unblocked.body["status"], "Active",
            "{backend}: {:?}",
            unblocked.body
        );
        assert_eq!(
            again.sign_in(&email, PASSWORD).await.status,
            StatusCode::OK,
            "{backend}"
        );
        assert_eq!(theirs.get("/api/v1/account").await.status, StatusCode::OK);
        opsapi
            .problem(
                "POST",
                &format!("/api/v1/operations/people/{id}/unblock"),
                Value::Null,
                409,
            )
            .await;

        // Deleted: the address and names are gone, the membership disabled, final.
        let deleted = opsapi
            .send(
                "DELETE",
                &format!("/api/v1/operations/people/{id}"),
                Value::Null,
            )
            .await;
        assert_eq!(
            deleted.body["status"], "Deleted",
            "{backend}: {:?}",
            deleted.body
        );
        assert_ne!(deleted.body["email"], email.as_str());
        assert_eq!(deleted.body["first_name"], "");
        assert_eq!(deleted.body["memberships"][0]["status"], "Disabled");
        opsapi
            .problem(
                "GET",
                &format!("/api/v1/operations/people?email={email}"),
                Value::Null,
                404,
            )
            .await;
        opsapi
            .problem(
                "POST",
                &format!("/api/v1/operations/people/{id}/unblock"),
                Value::Null,
                409,
            )
            .await;
        assert_ne!(
            again.sign_in(&email, PASSWORD).await.status,
            StatusCode::OK,
            "{backend}"
        );
        let trail = records_of(&app, &account, "users.user.delete").await;
        assert_eq!(trail.len(), 1, "{backend}");
        assert!(
            !trail[0].summary.contains(&email),
            "{backend}: the trail keeps no address"
        );
    }
}
