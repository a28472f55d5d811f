//! Nobody grants what they do not hold: a Member or Creator who holds Users edit or Groups edit
//! through a group, and their API tokens, are refused everything that would give anyone
//! (themselves included) more than they hold, each time with the sentence that says what is
//! missing. Every refusal below worked before the rule existed.

use crate::common::notify::membership_of;
use crate::common::rest::*;
use crate::common::*;
use app::backend::services::people::members;
use app::permissions::{
    Role, ONLY_ADMIN_CHANGES_DEFAULT_GROUP, ONLY_ADMIN_CREDENTIALS, ONLY_ADMIN_GIVES_ADMIN,
    ONLY_ADMIN_TOUCHES_ADMIN, ONLY_ADMIN_TWO_STEP_RESET, ONLY_CREATOR_ROTATES,
};
use axum::http::StatusCode;
use serde_json::{json, Value};

struct World {
    app: TestApp,
    account: String,
    admin: Client,
    delegate: Client,
    admins_group: String,
    managers_group: String,
    delegate_id: String,
    plain_id: String,
    second_admin_id: String,
}

/// An account with two Admins, a plain Member, and a Member ("delegate") who holds Users,
/// Groups and API tokens at edit through the "People managers" group.
async fn world(db: sea_orm::DatabaseConnection) -> World {
    let app = app_for(db).await;
    let (account, admin_email) = account_with(&app.state, "Acme", Role::Admin).await;
    for (email, role) in [
        ("second-admin@example.com", Role::Admin),
        ("delegate@example.com", Role::Member),
        ("plain@example.com", Role::Member),
    ] {
        add_member(&app.state, &account, email, role).await;
    }
    let mut admin = Client::new(&app);
    admin.sign_in(&admin_email, PASSWORD).await;
    let delegate_id = membership_of(&app.state, &account, "delegate@example.com").await;
    let created = admin
        .call(
            "/sf/groups/create",
            json!({"input": {"name": "People managers", "description": "",
                "modules": {"users": "edit", "groups": "edit", "api_tokens": "edit"},
                "member_ids": [delegate_id]}}),
        )
        .await;
    assert_eq!(created.status, StatusCode::OK, "{:?}", created.body);
    let mut delegate = Client::new(&app);
    assert_eq!(
        delegate
            .sign_in("delegate@example.com", PASSWORD)
            .await
            .status,
        StatusCode::OK
    );
    World {
        admins_group: default_group(&app.state, &account).await,
        managers_group: created.body.as_str().unwrap().to_string(),
        plain_id: membership_of(&app.state, &account, "plain@example.com").await,
        second_admin_id: membership_of(&app.state, &account, "second-admin@example.com").await,
        delegate_id,
        app,
        account,
        admin,
        delegate,
    }
}

async fn updated_at(w: &World, id: &str) -> i64 {
    members::row(&w.app.state.db, &w.account, id)
        .await
        .unwrap()
        .updated_at
}

/// Calls and expects 403 with exactly `why`.
async fn refused(c: &mut Client, path: &str, body: Value, why: &str, backend: &str) {
    let r = c.call(path, body).await;
    assert_eq!(
        r.status,
        StatusCode::FORBIDDEN,
        "{backend} {path}: {:?}",
        r.body
    );
    assert_eq!(r.body["Denied"], why, "{backend} {path}");
}

fn invite(email: &str, role: &str, groups: &[&str]) -> Value {
    json!({"input": {"emails": email, "first_name": "", "last_name": "", "role": role, "group_ids": groups}})
}

#[tokio::test]
async fn users_edit_through_a_group_cannot_give_more_than_it_holds() {
    for (backend, db) in databases().await {
        let mut w = world(db).await;
        let (admins, managers) = (w.admins_group.clone(), w.managers_group.clone());
        let c = &mut w.delegate;
        // Inviting an Admin, or anyone into Administrators, or a role not below one's own.
        refused(
            c,
            "/sf/users/invite",
            invite("boss@example.com", "Admin", &[&managers]),
            ONLY_ADMIN_GIVES_ADMIN,
            backend,
        )
        .await;
        refused(
            c,
            "/sf/users/invite",
            invite("boss@example.com", "Agent", &[&admins]),
            ONLY_ADMIN_CHANGES_DEFAULT_GROUP,
            backend,
        )
        .await;
        refused(
            c,
            "/sf/users/invite",
            invite("peer@example.com", "Member", &[&managers]),
            "You can only give roles below your own (Member).",
            backend,
        )
        .await;
        // What they hold they may give: an Agent in their own group.
        let ok = c
            .call(
                "/sf/users/invite",
                invite("agent@example.com", "Agent", &[&managers]),
            )
            .await;
        assert_eq!(ok.status, StatusCode::OK, "{backend}: {:?}", ok.body);

        // An Admin's invitation: its link (accepting it makes an Admin) and its revocation.
        let boss = w
            .admin
            .call(
                "/sf/users/invite",
                invite("boss@example.com", "Admin", &[&admins]),
            )
            .await;
        assert_eq!(boss.status, StatusCode::OK, "{backend}");
        let boss_id = membership_of(&w.app.state, &w.account, "boss@example.com").await;
        let c = &mut w.delegate;
        refused(
            c,
            "/sf/users/invitation_link",
            json!({"membership_id": boss_id}),
            ONLY_ADMIN_TOUCHES_ADMIN,
            backend,
        )
        .await;
        refused(
            c,
            "/sf/users/revoke",
            json!({"membership_id": boss_id}),
            ONLY_ADMIN_TOUCHES_ADMIN,
            backend,
        )
        .await;

        // Promoting a member to Admin; disabling, removing or resetting an Admin.
        let at = updated_at(&w, &w.plain_id).await;
        let body = json!({"membership_id": w.plain_id, "role": "Admin", "group_ids": [managers], "updated_at": at});
        refused(
            &mut w.delegate,
            "/sf/users/update",
            body,
            ONLY_ADMIN_GIVES_ADMIN,
            backend,
        )
        .await;
        let at = updated_at(&w, &w.second_admin_id).await;
        let id = w.second_admin_id.clone();
        let c = &mut w.delegate;
        refused(
            c,
            "/sf/users/set_enabled",
            json!({"membership_id": id, "enabled": false, "updated_at": at}),
            ONLY_ADMIN_TOUCHES_ADMIN,
            backend,
        )
        .await;
        refused(
            c,
            "/sf/users/remove",
            json!({"membership_id": id, "updated_at": at}),
            ONLY_ADMIN_TOUCHES_ADMIN,
            backend,
        )
        .await;
        refused(
            c,
            "/sf/users/reset_two_step",
            json!({"membership_id": id}),
            ONLY_ADMIN_TWO_STEP_RESET,
            backend,
        )
        .await;

        // Joining the Administrators group themself.
        let at = updated_at(&w, &w.delegate_id).await;
        let body = json!({"membership_id": w.delegate_id, "role": "Member", "group_ids": [managers, admins], "updated_at": at});
        refused(
            &mut w.delegate,
            "/sf/users/update",
            body,
            ONLY_ADMIN_CHANGES_DEFAULT_GROUP,
            backend,
        )
        .await;
        // The passcode (full REST) needs Account edit, and even then an Admin.
        refused(
            &mut w.delegate,
            "/sf/account/credentials",
            json!({}),
            "You need edit rights on Account for this.",
            backend,
        )
        .await;

        // Nothing changed: still one inviter's Admin pending, the second Admin active, the
        // delegate a Member in their own group only.
        let second = members::row(&w.app.state.db, &w.account, &w.second_admin_id)
            .await
            .unwrap();
        assert_eq!(
            (second.role, second.status.as_str()),
            (Role::Admin, "Active"),
            "{backend}"
        );
        let me = members::row(&w.app.state.db, &w.account, &w.delegate_id)
            .await
            .unwrap();
        assert_eq!(me.groups.len(), 1, "{backend}");
        let plain = members::row(&w.app.state.db, &w.account, &w.plain_id)
            .await
            .unwrap();
        assert_eq!(plain.role, Role::Member, "{backend}");
    }
}

#[tokio::test]
async fn a_member_in_administrators_is_still_no_admin() {
    for (backend, db) in databases().await {
        let mut w = world(db).await;
        // An Admin puts the plain Member into Administrators: every module at edit, role Member.
        let at = updated_at(&w, &w.plain_id).await;
        let r = w.admin.call("/sf/users/update", json!({"membership_id": w.plain_id, "role": "Member", "group_ids": [w.admins_group], "updated_at": at})).await;
        assert_eq!(r.status, StatusCode::OK, "{backend}: {:?}", r.body);
        let mut plain = Client::new(&w.app);
        plain.sign_in("plain@example.com", PASSWORD).await;
        refused(
            &mut plain,
            "/sf/account/credentials",
            json!({}),
            ONLY_ADMIN_CREDENTIALS,
            backend,
        )
        .await;
        refused(
            &mut plain,
            "/sf/account/credentials_regenerate",
            json!({}),
            ONLY_ADMIN_CREDENTIALS,
            backend,
        )
        .await;
        refused(
            &mut plain,
            "/sf/users/invite",
            invite("x@example.com", "Admin", &[&w.admins_group]),
            ONLY_ADMIN_GIVES_ADMIN,
            backend,
        )
        .await;
        let at = updated_at(&w, &w.second_admin_id).await;
        refused(
            &mut plain,
            "/sf/users/set_enabled",
            json!({"membership_id": w.second_admin_id, "enabled": false, "updated_at": at}),
            ONLY_ADMIN_TOUCHES_ADMIN,
            backend,
        )
        .await;
        // An Admin may do all of it.
        let r = w.admin.call("/sf/account/credentials", json!({})).await;
        assert_eq!(r.status, StatusCode::OK, "{backend}");
    }
}

#[tokio::test]
async fn groups_edit_alone_cannot_raise_its_own_rights() {
    for (backend, db) in databases().await {
        let mut w = world(db).await;
        add_member(
            &w.app.state,
            &w.account,
            "grouper@example.com",
            Role::Member,
        )
        .await;
        let grouper_id = membership_of(&w.app.state, &w.account, "grouper@example.com").await;
        let g = w
            .admin
            .call(
                "/sf/groups/create",
                json!({"input": {"name": "Group editors", "description": "",
            "modules": {"groups": "edit"}, "member_ids": [grouper_id]}}),
            )
            .await;
        let editors = g.body.as_str().unwrap().to_string();
        let mut c = Client::new(&w.app);
        let before = c.sign_in("grouper@example.com", PASSWORD).await.body["permissions"].clone();

        // Into Administrators.
        refused(&mut c, "/sf/groups/update", json!({"group_id": w.admins_group, "revision": 1,
            "input": {"name": "Administrators", "description": "", "modules": {"audit": "view"}, "member_ids": [grouper_id]}}),
            ONLY_ADMIN_CHANGES_DEFAULT_GROUP, backend).await;
        // Their own group at edit on every module.
        let all_edit: serde_json::Map<String, Value> = [
            "account",
            "users",
            "groups",
            "api_tokens",
            "audit",
            "sellers",
        ]
        .iter()
        .map(|m| (m.to_string(), json!("edit")))
        .collect();
        refused(&mut c, "/sf/groups/update", json!({"group_id": editors, "revision": 1,
            "input": {"name": "Group editors", "description": "", "modules": all_edit, "member_ids": [grouper_id]}}),
            "You cannot grant edit rights on Account: you do not hold them yourself.", backend).await;
        // A new all-edit group with themself in it.
        refused(
            &mut c,
            "/sf/groups/create",
            json!({"input": {"name": "Everything", "description": "",
            "modules": all_edit, "member_ids": [grouper_id]}}),
            "You cannot grant edit rights on Account: you do not hold them yourself.",
            backend,
        )
        .await;
        // The People managers group grants more than they hold: they cannot join it either.
        refused(&mut c, "/sf/groups/update", json!({"group_id": w.managers_group, "revision": 1,
            "input": {"name": "People managers", "description": "", "modules": {"users": "edit", "groups": "edit", "api_tokens": "edit"},
                "member_ids": [w.delegate_id, grouper_id]}}),
            "You cannot grant edit rights on Users: you do not hold them yourself.", backend).await;
        // A group of what they hold is fine, and raises nothing.
        let ok = c
            .call(
                "/sf/groups/create",
                json!({"input": {"name": "Readers", "description": "",
            "modules": {"audit": "view", "groups": "edit"}, "member_ids": [grouper_id]}}),
            )
            .await;
        assert_eq!(ok.status, StatusCode::OK, "{backend}: {:?}", ok.body);
        let after = c.call("/sf/auth/session", json!({})).await.body["permissions"].clone();
        assert_eq!(before, after, "{backend}: rights unchanged");
    }
}

#[tokio::test]
async fn tokens_carry_the_same_refusals_over_rest() {
    for (backend, db) in databases().await {
        let mut w = world(db).await;
        // The token holds exactly what the delegate holds.
        let modules = my_modules(&mut w.delegate).await;
        let (_, secret) = create_token(&mut w.delegate, modules).await;
        let s = Script::token(&w.app, &secret);
        let detail = |r: &Reply| r.body["detail"].as_str().unwrap_or_default().to_string();
        let r = s.problem("POST", "/api/v1/invitations", json!({"emails": "boss@example.com", "first_name": "", "last_name": "", "role": "Admin", "group_ids": [w.managers_group]}), 403).await;
        assert_eq!(detail(&r), ONLY_ADMIN_GIVES_ADMIN, "{backend}");
        let at = updated_at(&w, &w.plain_id).await;
        let r = s
            .problem(
                "PATCH",
                &format!("/api/v1/users/{}", w.plain_id),
                json!({"revision": at, "role": "Admin"}),
                403,
            )
            .await;
        assert_eq!(detail(&r), ONLY_ADMIN_GIVES_ADMIN, "{backend}");
        for (method, path) in [
            (
                "POST",
                format!("/api/v1/users/{}/disable", w.second_admin_id),
            ),
            ("DELETE", format!("/api/v1/users/{}", w.second_admin_id)),
        ] {
            let r = s.problem(method, &path, Value::Null, 403).await;
            assert_eq!(
                detail(&r),
                ONLY_ADMIN_TOUCHES_ADMIN,
                "{backend} {method} {path}"
            );
        }
        let at = updated_at(&w, &w.delegate_id).await;
        let r = s
            .problem(
                "PATCH",
                &format!("/api/v1/users/{}", w.delegate_id),
                json!({"revision": at, "group_ids": [w.managers_group, w.admins_group]}),
                403,
            )
            .await;
        assert_eq!(detail(&r), ONLY_ADMIN_CHANGES_DEFAULT_GROUP, "{backend}");
        let r = s
            .problem(
                "PATCH",
                &format!("/api/v1/groups/{}", w.admins_group),
                json!({"revision": 1, "member_ids": [w.delegate_id]}),
                403,
            )
            .await;
        assert_eq!(detail(&r), ONLY_ADMIN_CHANGES_DEFAULT_GROUP, "{backend}");
        let r = s
            .problem(
                "POST",
                "/api/v1/groups",
                json!({"name": "All", "description": "",
            "modules": {"account": "edit"}, "member_ids": [w.delegate_id]}),
                403,
            )
            .await;
        assert_eq!(
            detail(&r),
            "You cannot grant edit rights on Account: you do not hold them yourself.",
            "{backend}"
        );

        // An Admin's token holding only Users edit is no Admin either.
        let (_, admin_secret) = create_token(&mut w.admin, json!({"users": "edit"})).await;
        let r = Script::token(&w.app, &admin_secret).problem("POST", "/api/v1/invitations",
            json!({"emails": "boss@example.com", "first_name": "", "last_name": "", "role": "Admin", "group_ids": [w.admins_group]}), 403).await;
        assert_eq!(detail(&r), ONLY_ADMIN_GIVES_ADMIN, "{backend}");

        // Rotating someone else's token would hand over a secret that acts as them.
        let (admin_token, _) = create_token(&mut w.admin, json!({"audit": "view"})).await;
        refused(
            &mut w.delegate,
            "/sf/tokens/rotate",
            json!({"id": admin_token, "grace_hours": 0}),
            ONLY_CREATOR_ROTATES,
            backend,
        )
        .await;
        let r = s
            .send(
                "POST",
                &format!("/api/v1/tokens/{admin_token}/rotate"),
                json!({"grace_hours": 0}),
            )
            .await;
        assert_eq!(detail(&r), ONLY_CREATOR_ROTATES, "{backend}: over REST too");
    }
}
