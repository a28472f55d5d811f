//! Every server function, called by every role: allowed exactly when the role's permissions
//! say so. And a member of account B, using account A's real ids, reaches nothing of A.

use crate::common::*;
use app::permissions::{Level, Module, Permissions, Role};
use axum::http::StatusCode;
use serde_json::{json, Value};

fn user_filter() -> Value {
    json!({"filter": {"search": "", "status": "", "role": "", "group": "", "sort": "joined", "desc": false, "limit": 10, "cursor": null}})
}

fn group_input(name: &str, member_ids: Vec<String>) -> Value {
    json!({"name": name, "description": "", "modules": {"audit": "view"}, "member_ids": member_ids})
}

/// A server function call and the permission it needs (`None`: any signed-in member).
type Call = (&'static str, Value, Option<(Module, Level)>);

fn calls(membership: &str, group: &str) -> Vec<Call> {
    let account_fields = json!({"name": "Renamed", "website": "", "support_email": "", "description": "", "language": "en",
        "address_line1": "", "address_line2": "", "city": "", "region": "", "postcode": "", "country": "", "timezone": "UTC",
        "legal_name": "", "tax_id": "", "industry": "", "company_size": ""});
    let png = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
    vec![
        ("/sf/auth/session", json!({}), None),
        // The person's own settings: any signed-in member. Bodies that are refused for other
        // reasons than the password, so the matrix never trips the sign-in lock.
        ("/sf/me/two_step", json!({}), None),
        ("/sf/me/two_step_begin", json!({"password": PASSWORD}), None),
        ("/sf/me/two_step_confirm", json!({"code": "abc"}), None),
        (
            "/sf/me/two_step_disable",
            json!({"password": PASSWORD, "code": "000000"}),
            None,
        ),
        ("/sf/me/recovery_codes", json!({"password": PASSWORD}), None),
        (
            "/sf/me/change_password",
            json!({"current_password": PASSWORD, "new_password": "short", "sign_out_others": false}),
            None,
        ),
        ("/sf/me/sessions", json!({}), None),
        (
            "/sf/me/sign_out_session",
            json!({"handle": "0000000000000000"}),
            None,
        ),
        ("/sf/me/sign_out_others", json!({}), None),
        ("/sf/me/profile", json!({}), None),
        (
            "/sf/me/save_profile",
            json!({"input": {"first_name": "", "last_name": "", "phone": "", "language": "", "timezone": "",
                "date_format": "", "time_format": "", "number_format": "", "theme": ""}, "revision": 1}),
            None,
        ),
        (
            "/sf/me/picture",
            json!({"data_url": "data:image/png;base64,aGVsbG8="}),
            None,
        ),
        ("/sf/me/picture_remove", json!({}), None),
        (
            "/sf/account/two_step_policy",
            json!({}),
            Some((Module::Account, Level::View)),
        ),
        (
            "/sf/account/set_two_step_policy",
            json!({"required": false, "account_revision": 0}),
            Some((Module::Account, Level::Edit)),
        ),
        (
            "/sf/users/two_step",
            json!({"membership_id": membership}),
            Some((Module::Users, Level::View)),
        ),
        (
            "/sf/users/reset_two_step",
            json!({"membership_id": membership}),
            Some((Module::Users, Level::Edit)),
        ),
        (
            "/sf/account/get",
            json!({}),
            Some((Module::Account, Level::View)),
        ),
        (
            "/sf/account/update",
            json!({"input": account_fields, "revision": 0}),
            Some((Module::Account, Level::Edit)),
        ),
        (
            "/sf/account/logo",
            json!({"data_url": png}),
            Some((Module::Account, Level::Edit)),
        ),
        (
            "/sf/account/logo_remove",
            json!({}),
            Some((Module::Account, Level::Edit)),
        ),
        (
            "/sf/account/credentials",
            json!({}),
            Some((Module::Account, Level::Edit)),
        ),
        (
            "/sf/account/credentials_regenerate",
            json!({}),
            Some((Module::Account, Level::Edit)),
        ),
        (
            "/sf/audit/list",
            json!({"filter": {"limit": 10, "before": null, "after": null}}),
            Some((Module::Audit, Level::View)),
        ),
        (
            "/sf/audit/get",
            json!({"id": "AUD-0000-0000-0000-0000"}),
            Some((Module::Audit, Level::View)),
        ),
        (
            "/sf/audit/verify",
            json!({}),
            Some((Module::Audit, Level::View)),
        ),
        (
            "/sf/audit/retention",
            json!({}),
            Some((Module::Audit, Level::View)),
        ),
        (
            "/sf/audit/set_retention",
            json!({"days": 365, "account_revision": 0}),
            Some((Module::Audit, Level::Edit)),
        ),
        (
            "/sf/buyers/list",
            json!({}),
            Some((Module::Buyers, Level::View)),
        ),
        (
            "/sf/buyers/get",
            json!({"id": "BUY-0000-0000"}),
            Some((Module::Buyers, Level::View)),
        ),
        (
            "/sf/buyers/update",
            json!({"id": "BUY-0000-0000", "details": {}, "revision": 1}),
            Some((Module::Buyers, Level::Edit)),
        ),
        (
            "/sf/buyers/set_enabled",
            json!({"id": "BUY-0000-0000", "enabled": false}),
            Some((Module::Buyers, Level::Edit)),
        ),
        (
            "/sf/buyers/logo",
            json!({"id": "BUY-0000-0000"}),
            Some((Module::Buyers, Level::View)),
        ),
        (
            "/sf/buyers/set_logo",
            json!({"id": "BUY-0000-0000", "data_url": png}),
            Some((Module::Buyers, Level::Edit)),
        ),
        (
            "/sf/licensees/list",
            json!({"buyer_id": null}),
            Some((Module::Licensees, Level::View)),
        ),
        (
            "/sf/buyers/page",
            json!({"params": {}}),
            Some((Module::Buyers, Level::View)),
        ),
        (
            "/sf/buyers/export",
            json!({"params": {}}),
            Some((Module::Buyers, Level::View)),
        ),
        (
            "/sf/licensees/page",
            json!({"params": {}}),
            Some((Module::Licensees, Level::View)),
        ),
        (
            "/sf/licensees/export",
            json!({"params": {}}),
            Some((Module::Licensees, Level::View)),
        ),
        (
            "/sf/licensees/buyer_choices",
            json!({}),
            Some((Module::Licensees, Level::View)),
        ),
        (
            "/sf/licensees/get",
            json!({"id": "LCE-0000-0000-0000"}),
            Some((Module::Licensees, Level::View)),
        ),
        (
            "/sf/licensees/create",
            json!({"input": {"name": ""}}),
            Some((Module::Licensees, Level::Edit)),
        ),
        (
            "/sf/licensees/update",
            json!({"id": "LCE-0000-0000-0000", "edit": {"name": ""}, "revision": 1}),
            Some((Module::Licensees, Level::Edit)),
        ),
        (
            "/sf/licensees/logo",
            json!({"id": "LCE-0000-0000-0000"}),
            Some((Module::Licensees, Level::View)),
        ),
        (
            "/sf/licensees/set_logo",
            json!({"id": "LCE-0000-0000-0000", "data_url": png}),
            Some((Module::Licensees, Level::Edit)),
        ),
        (
            "/sf/licensees/set_enabled",
            json!({"id": "LCE-0000-0000-0000", "enabled": true}),
            Some((Module::Licensees, Level::Edit)),
        ),
        (
            "/sf/billing/overview",
            json!({}),
            Some((Module::Billing, Level::View)),
        ),
        (
            "/sf/billing/usage",
            json!({"metric": "api_calls", "days": 30}),
            Some((Module::Billing, Level::View)),
        ),
        (
            "/sf/billing/plans",
            json!({}),
            Some((Module::Billing, Level::View)),
        ),
        (
            "/sf/billing/invoices_page",
            json!({"params": {}}),
            Some((Module::Billing, Level::View)),
        ),
        (
            "/sf/billing/invoices_export",
            json!({"params": {}}),
            Some((Module::Billing, Level::View)),
        ),
        (
            "/sf/billing/invoice_pdf",
            json!({"id": "INV-2026-000001", "lang": "en"}),
            Some((Module::Billing, Level::View)),
        ),
        (
            "/sf/billing/invoice",
            json!({"id": "INV-2026-000001"}),
            Some((Module::Billing, Level::View)),
        ),
        (
            "/sf/billing/change_plan",
            json!({"plan_id": "PLN-0000-0001", "revision": 0}),
            Some((Module::Billing, Level::Edit)),
        ),
        (
            "/sf/billing/cancel_downgrade",
            json!({"revision": 0}),
            Some((Module::Billing, Level::Edit)),
        ),
        (
            "/sf/billing/set_card",
            json!({"card": {"number": "1", "expiry": "", "cvc": "", "holder": ""}, "revision": 0}),
            Some((Module::Billing, Level::Edit)),
        ),
        (
            "/sf/billing/set_contact",
            json!({"input": {"name": "", "emails": ""}, "revision": 0}),
            Some((Module::Billing, Level::Edit)),
        ),
        (
            "/sf/sellers/list",
            json!({}),
            Some((Module::Sellers, Level::View)),
        ),
        (
            "/sf/sellers/get",
            json!({"id": "SEL-0000-0000"}),
            Some((Module::Sellers, Level::View)),
        ),
        (
            "/sf/users/get",
            json!({"membership_id": membership}),
            Some((Module::Users, Level::View)),
        ),
        (
            "/sf/users/list",
            user_filter(),
            Some((Module::Users, Level::View)),
        ),
        (
            "/sf/users/export",
            user_filter(),
            Some((Module::Users, Level::View)),
        ),
        (
            "/sf/users/groups",
            json!({}),
            Some((Module::Users, Level::View)),
        ),
        (
            "/sf/users/invite",
            json!({"input": {"emails": "new@example.com", "first_name": "", "last_name": "", "role": "Member", "group_ids": [group]}}),
            Some((Module::Users, Level::Edit)),
        ),
        (
            "/sf/users/invitation_link",
            json!({"membership_id": membership}),
            Some((Module::Users, Level::Edit)),
        ),
        (
            "/sf/users/update",
            json!({"membership_id": membership, "role": "Member", "group_ids": [group], "updated_at": 0}),
            Some((Module::Users, Level::Edit)),
        ),
        (
            "/sf/users/set_enabled",
            json!({"membership_id": membership, "enabled": true, "updated_at": 0}),
            Some((Module::Users, Level::Edit)),
        ),
        (
            "/sf/users/remove",
            json!({"membership_id": membership, "updated_at": 0}),
            Some((Module::Users, Level::Edit)),
        ),
        (
            "/sf/users/revoke",
            json!({"membership_id": membership}),
            Some((Module::Users, Level::Edit)),
        ),
        (
            "/sf/groups/list",
            json!({}),
            Some((Module::Groups, Level::View)),
        ),
        (
            "/sf/groups/buyer_choices",
            json!({}),
            Some((Module::Groups, Level::View)),
        ),
        (
            "/sf/groups/create",
            json!({"input": group_input("Matrix", vec![])}),
            Some((Module::Groups, Level::Edit)),
        ),
        (
            "/sf/groups/update",
            json!({"group_id": group, "revision": 0, "input": group_input("X", vec![])}),
            Some((Module::Groups, Level::Edit)),
        ),
        (
            "/sf/groups/delete",
            json!({"group_id": "UGR-0000-0000"}),
            Some((Module::Groups, Level::Edit)),
        ),
        (
            "/sf/tokens/list",
            json!({"filter": {"search": "", "status": "", "sort": "created", "desc": true, "limit": 10, "cursor": null}}),
            Some((Module::ApiTokens, Level::View)),
        ),
        (
            "/sf/tokens/export",
            json!({"filter": {"search": "", "status": "", "sort": "created", "desc": true, "limit": 10, "cursor": null}}),
            Some((Module::ApiTokens, Level::View)),
        ),
        (
            "/sf/tokens/get",
            json!({"id": "TOK-0000-0000"}),
            Some((Module::ApiTokens, Level::View)),
        ),
        (
            "/sf/tokens/create",
            json!({"input": {"name": "Matrix", "modules": {"audit": "view"}, "expires_in_days": 30}}),
            Some((Module::ApiTokens, Level::Edit)),
        ),
        (
            "/sf/tokens/update",
            json!({"id": "TOK-0000-0000", "input": {"name": "x", "description": "", "modules": {"audit": "view"}, "revision": 1}}),
            Some((Module::ApiTokens, Level::Edit)),
        ),
        (
            "/sf/tokens/set_status",
            json!({"id": "TOK-0000-0000", "status": "Disabled"}),
            Some((Module::ApiTokens, Level::Edit)),
        ),
        (
            "/sf/tokens/rotate",
            json!({"id": "TOK-0000-0000", "grace_hours": 0}),
            Some((Module::ApiTokens, Level::Edit)),
        ),
        (
            "/sf/tokens/policy",
            json!({}),
            Some((Module::ApiTokens, Level::View)),
        ),
        (
            "/sf/tokens/set_policy",
            json!({"max_days": 90, "account_revision": 0}),
            Some((Module::Account, Level::Edit)),
        ),
        (
            "/sf/notifications/settings",
            json!({}),
            Some((Module::Notifications, Level::View)),
        ),
        (
            "/sf/notifications/save_settings",
            json!({"sender_name": "Matrix", "footer": "", "revision": 999}),
            Some((Module::Notifications, Level::Edit)),
        ),
        (
            "/sf/notifications/save_category",
            json!({"key": "news", "enabled": true, "note": "", "required": false, "recipients": [], "revision": 999}),
            Some((Module::Notifications, Level::Edit)),
        ),
        (
            "/sf/notifications/messages",
            json!({"q": {"limit": 10}}),
            Some((Module::Notifications, Level::View)),
        ),
        (
            "/sf/notifications/messages_export",
            json!({"q": {"limit": 10}}),
            Some((Module::Notifications, Level::View)),
        ),
        (
            "/sf/notifications/message",
            json!({"id": "MSG-0000-0000-0000"}),
            Some((Module::Notifications, Level::View)),
        ),
        // The person's own preferences: any signed-in member.
        ("/sf/notifications/my_prefs", json!({}), None),
        (
            "/sf/notifications/save_my_prefs",
            json!({"prefs": [["news", true]]}),
            None,
        ),
        // The footer link's page: no session at all, the signed token decides (refused here).
        (
            "/sf/notifications/link_prefs",
            json!({"token": "not-a-link"}),
            None,
        ),
        (
            "/sf/notifications/save_link_prefs",
            json!({"token": "not-a-link", "prefs": []}),
            None,
        ),
    ]
}

#[tokio::test]
async fn every_server_function_for_every_role() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (account, _) = account_with(&app.state, "Acme", Role::Admin).await;
        let group = default_group(&app.state, &account).await;
        for role in Role::ALL {
            let email = format!("matrix-{}@example.com", role.as_str().to_lowercase());
            add_member(&app.state, &account, &email, role).await;
            let mut c = Client::new(&app);
            assert_eq!(c.sign_in(&email, PASSWORD).await.status, StatusCode::OK);
            let me = c.call("/sf/auth/session", json!({})).await.body;
            let membership = app::backend::services::people::members::list(
                &app.state.db,
                &account,
                &app::model::UserFilter {
                    search: email.clone(),
                    limit: 10,
                    ..Default::default()
                },
            )
            .await
            .unwrap()
            .rows[0]
                .membership_id
                .clone();
            assert_eq!(me["role"], role.as_str());
            let perms = Permissions::for_role(role);
            for (path, body, need) in calls(&membership, &group) {
                let status = c.call(path, body).await.status;
                let allowed = need.is_none_or(|(m, l)| perms.allows(m, l));
                if allowed {
                    assert!(
                        status != StatusCode::FORBIDDEN && status != StatusCode::UNAUTHORIZED,
                        "{backend} {role:?} {path}: {status}"
                    );
                } else {
                    assert_eq!(status, StatusCode::FORBIDDEN, "{backend} {role:?} {path}");
                }
            }
            // Resending invitations: Users edit, or the Agent role.
            let resend = c
                .call("/sf/users/resend", json!({"membership_id": membership}))
                .await
                .status;
            let may = perms.allows(Module::Users, Level::Edit) || role == Role::Agent;
            assert_eq!(
                resend == StatusCode::FORBIDDEN,
                !may,
                "{backend} {role:?} resend: {resend}"
            );
        }
        let mut anonymous = Client::new(&app);
        for (path, body, need) in calls("AUSR-0000-0000-0000", &group) {
            if need.is_some() || path.starts_with("/sf/me/") || path.contains("my_prefs") {
                assert_eq!(
                    anonymous.call(path, body).await.status,
                    StatusCode::UNAUTHORIZED,
                    "{backend} anonymous {path}"
                );
            }
        }
    }
}

#[tokio::test]
async fn account_b_cannot_touch_account_a_even_with_its_ids() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (a, admin_a) = account_with(&app.state, "Alpha", Role::Admin).await;
        add_member(&app.state, &a, "alice@example.com", Role::Member).await;
        let mut ca = Client::new(&app);
        ca.sign_in(&admin_a, PASSWORD).await;
        let a_group = default_group(&app.state, &a).await;
        ca.call("/sf/users/invite", json!({"input": {"emails": "pending@example.com", "first_name": "", "last_name": "", "role": "Member", "group_ids": [a_group]}})).await;
        let a_rows = ca.call("/sf/users/list", user_filter()).await.body["rows"]
            .as_array()
            .unwrap()
            .clone();
        let a_before = ca.call("/sf/users/list", user_filter()).await.body;

        let (_, admin_b) = account_with(&app.state, "Beta", Role::Admin).await;
        let mut cb = Client::new(&app);
        cb.sign_in(&admin_b, PASSWORD).await;
        for row in &a_rows {
            let id = row["membership_id"].as_str().unwrap();
            let at = row["updated_at"].clone();
            for (path, body) in [
                (
                    "/sf/users/update",
                    json!({"membership_id": id, "role": "Admin", "group_ids": [a_group], "updated_at": at}),
                ),
                (
                    "/sf/users/set_enabled",
                    json!({"membership_id": id, "enabled": false, "updated_at": at}),
                ),
                (
                    "/sf/users/remove",
                    json!({"membership_id": id, "updated_at": at}),
                ),
                ("/sf/users/revoke", json!({"membership_id": id})),
                ("/sf/users/resend", json!({"membership_id": id})),
                ("/sf/users/invitation_link", json!({"membership_id": id})),
                ("/sf/users/get", json!({"membership_id": id})),
                ("/sf/users/two_step", json!({"membership_id": id})),
                ("/sf/users/reset_two_step", json!({"membership_id": id})),
            ] {
                let r = cb.call(path, body).await;
                assert_eq!(
                    r.status,
                    StatusCode::NOT_FOUND,
                    "{backend} {path} on A's {id}: {:?}",
                    r.body
                );
            }
        }
        for (path, body) in [
            (
                "/sf/groups/update",
                json!({"group_id": a_group, "revision": 1, "input": group_input("Taken", vec![])}),
            ),
            ("/sf/groups/delete", json!({"group_id": a_group})),
        ] {
            assert_eq!(
                cb.call(path, body).await.status,
                StatusCode::NOT_FOUND,
                "{backend} {path}"
            );
        }
        let invite = cb.call("/sf/users/invite", json!({"input": {"emails": "x@example.com", "first_name": "", "last_name": "", "role": "Member", "group_ids": [a_group]}})).await;
        assert_eq!(
            invite.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{backend}: A's group in B's invite"
        );
        let b_lists = cb
            .call("/sf/users/list", user_filter())
            .await
            .body
            .to_string();
        assert!(
            !b_lists.contains("alice@example.com") && !b_lists.contains("pending@example.com"),
            "{backend}"
        );
        let b_groups = cb.call("/sf/groups/list", json!({})).await.body.to_string();
        assert!(!b_groups.contains(&a_group), "{backend}");
        // A's Messages log (the invitation above) and A's people and groups as recipients.
        let a_log = ca
            .call("/sf/notifications/messages", json!({"q": {"limit": 10}}))
            .await
            .body;
        let a_message = a_log["rows"][0]["id"]
            .as_str()
            .expect("A's invitation")
            .to_string();
        let r = cb
            .call("/sf/notifications/message", json!({"id": a_message}))
            .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{backend}");
        let b_log = cb
            .call("/sf/notifications/messages", json!({"q": {"limit": 100}}))
            .await
            .body
            .to_string();
        assert!(!b_log.contains(&a_message), "{backend}");
        let b_settings = cb
            .call("/sf/notifications/settings", json!({}))
            .await
            .body
            .to_string();
        assert!(
            !b_settings.contains(&a_group) && !b_settings.contains("alice@example.com"),
            "{backend}"
        );
        let r = cb
            .call(
                "/sf/notifications/save_category",
                json!({"key": "account", "enabled": true, "note": "", "required": false,
                    "recipients": [format!("group:{a_group}")], "revision": 0}),
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{backend}");
        assert_eq!(
            ca.call("/sf/users/list", user_filter()).await.body,
            a_before,
            "{backend}: A unchanged"
        );
    }
}

#[tokio::test]
async fn groups_follow_their_rules_and_shape_permissions() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (account, admin) = account_with(&app.state, "Acme", Role::Admin).await;
        add_member(&app.state, &account, "agent@example.com", Role::Agent).await;
        let mut c = Client::new(&app);
        c.sign_in(&admin, PASSWORD).await;
        let default = default_group(&app.state, &account).await;
        let lock = c.call("/sf/groups/update", json!({"group_id": default, "revision": 1, "input": group_input("Administrators", vec![])})).await;
        assert_eq!(
            lock.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{backend}: default group modules are fixed"
        );
        assert_eq!(
            c.call("/sf/groups/delete", json!({"group_id": default}))
                .await
                .status,
            StatusCode::BAD_REQUEST
        );

        let agent_row = c.call("/sf/users/list", json!({"filter": {"search": "agent@", "status": "", "role": "", "group": "", "sort": "joined", "desc": false, "limit": 10, "cursor": null}})).await.body["rows"][0].clone();
        let agent_id = agent_row["membership_id"].as_str().unwrap().to_string();
        let mut input = group_input("Billing team", vec![agent_id.clone()]);
        input["modules"] = json!({"sellers": "edit", "account": "view"});
        let created = c.call("/sf/groups/create", json!({"input": input})).await;
        assert_eq!(
            created.status,
            StatusCode::OK,
            "{backend}: {:?}",
            created.body
        );
        let gid = created.body.as_str().unwrap().to_string();
        let dup = c
            .call(
                "/sf/groups/create",
                json!({"input": group_input("billing TEAM", vec![])}),
            )
            .await;
        assert!(
            dup.body["Validation"]["name"]
                .as_str()
                .unwrap()
                .contains("already"),
            "{backend}"
        );

        // The agent now has billing and account through the group, on top of the role.
        let mut agent = Client::new(&app);
        let s = agent.sign_in("agent@example.com", PASSWORD).await;
        assert_eq!(
            s.body["permissions"]["levels"]["sellers"], "edit",
            "{backend}"
        );
        assert_eq!(
            agent.call("/sf/account/get", json!({})).await.status,
            StatusCode::OK,
            "{backend}"
        );

        assert_eq!(
            c.call("/sf/groups/delete", json!({"group_id": gid}))
                .await
                .status,
            StatusCode::BAD_REQUEST,
            "{backend}: not empty"
        );
        let emptied = c.call("/sf/groups/update", json!({"group_id": gid, "revision": 1, "input": {"name": "Billing team", "description": "", "modules": {"sellers": "edit"}, "member_ids": []}})).await;
        assert_eq!(
            emptied.status,
            StatusCode::OK,
            "{backend}: {:?}",
            emptied.body
        );
        let stale = c
            .call(
                "/sf/groups/update",
                json!({"group_id": gid, "revision": 1, "input": group_input("Other", vec![])}),
            )
            .await;
        assert_eq!(stale.status, StatusCode::CONFLICT, "{backend}");
        assert_eq!(
            agent.call("/sf/account/get", json!({})).await.status,
            StatusCode::FORBIDDEN,
            "{backend}: access follows the group"
        );
        assert_eq!(
            c.call("/sf/groups/delete", json!({"group_id": gid}))
                .await
                .status,
            StatusCode::OK,
            "{backend}"
        );
    }
}

/// The "delegated admin" column: a Member holding Users edit and Groups edit through a group.
/// Every server function and REST operation either needs a module they lack (403 naming it)
/// or is within their modules, where the grant rules may still refuse (403 saying why), but
/// never with the module sentence. The specific grant refusals are in `delegated_admin.rs`.
#[tokio::test]
async fn every_server_function_and_rest_operation_for_a_delegated_admin() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (account, admin) = account_with(&app.state, "Acme", Role::Admin).await;
        let group = default_group(&app.state, &account).await;
        add_member(&app.state, &account, "delegate@example.com", Role::Member).await;
        let delegate =
            crate::common::notify::membership_of(&app.state, &account, "delegate@example.com")
                .await;
        let mut a = Client::new(&app);
        a.sign_in(&admin, PASSWORD).await;
        let g = a
            .call(
                "/sf/groups/create",
                json!({"input": {"name": "Delegates", "description": "",
                    "modules": {"users": "edit", "groups": "edit", "api_tokens": "edit"}, "member_ids": [delegate]}}),
            )
            .await;
        assert_eq!(g.status, StatusCode::OK, "{backend}: {:?}", g.body);
        let mut c = Client::new(&app);
        let session = c.sign_in("delegate@example.com", PASSWORD).await.body;
        let perms: Permissions = serde_json::from_value(session["permissions"].clone()).unwrap();
        assert!(
            perms.allows(Module::Users, Level::Edit) && perms.allows(Module::Groups, Level::Edit)
        );
        let need_text = |m: Module, l: Level| {
            format!("You need {} rights on {} for this.", l.as_str(), m.label())
        };
        let mut counted = 0;
        for (path, body, need) in calls(&delegate, &group) {
            let r = c.call(path, body).await;
            assert_ne!(r.status, StatusCode::UNAUTHORIZED, "{backend} {path}");
            match need {
                Some((m, l)) if !perms.allows(m, l) => {
                    assert_eq!(r.status, StatusCode::FORBIDDEN, "{backend} {path}");
                    assert_eq!(r.body["Denied"], need_text(m, l), "{backend} {path}");
                }
                _ if r.status == StatusCode::FORBIDDEN => {
                    let why = r.body["Denied"].as_str().unwrap_or_default();
                    assert!(
                        !why.is_empty() && !why.starts_with("You need"),
                        "{backend} {path}: {why}"
                    );
                }
                _ => {}
            }
            counted += 1;
        }
        assert!(counted > 60, "{backend}: {counted} server functions");

        // The same over REST, with a token carrying exactly the delegate's rights.
        let modules = crate::common::rest::my_modules(&mut c).await;
        let (token_id, secret) = crate::common::rest::create_token(&mut c, modules).await;
        let s = crate::common::rest::Script::token(&app, &secret);
        let m = &delegate;
        let ops: Vec<(&str, String, Value, Module, Level)> = vec![
            (
                "GET",
                "/api/v1/account".into(),
                Value::Null,
                Module::Account,
                Level::View,
            ),
            (
                "PATCH",
                "/api/v1/account".into(),
                json!({"revision": 0}),
                Module::Account,
                Level::Edit,
            ),
            (
                "GET",
                "/api/v1/users".into(),
                Value::Null,
                Module::Users,
                Level::View,
            ),
            (
                "GET",
                format!("/api/v1/users/{m}"),
                Value::Null,
                Module::Users,
                Level::View,
            ),
            (
                "PATCH",
                format!("/api/v1/users/{m}"),
                json!({"revision": 0, "group_ids": [group]}),
                Module::Users,
                Level::Edit,
            ),
            (
                "POST",
                format!("/api/v1/users/{m}/disable"),
                Value::Null,
                Module::Users,
                Level::Edit,
            ),
            (
                "POST",
                format!("/api/v1/users/{m}/enable"),
                Value::Null,
                Module::Users,
                Level::Edit,
            ),
            (
                "DELETE",
                format!("/api/v1/users/{m}"),
                Value::Null,
                Module::Users,
                Level::Edit,
            ),
            (
                "GET",
                "/api/v1/invitations".into(),
                Value::Null,
                Module::Users,
                Level::View,
            ),
            (
                "POST",
                "/api/v1/invitations".into(),
                json!({"emails": "boss@example.com", "first_name": "", "last_name": "", "role": "Admin", "group_ids": [group]}),
                Module::Users,
                Level::Edit,
            ),
            (
                "POST",
                format!("/api/v1/invitations/{m}/resend"),
                Value::Null,
                Module::Users,
                Level::Edit,
            ),
            (
                "POST",
                format!("/api/v1/invitations/{m}/revoke"),
                Value::Null,
                Module::Users,
                Level::Edit,
            ),
            (
                "GET",
                "/api/v1/groups".into(),
                Value::Null,
                Module::Groups,
                Level::View,
            ),
            (
                "GET",
                format!("/api/v1/groups/{group}"),
                Value::Null,
                Module::Groups,
                Level::View,
            ),
            (
                "POST",
                "/api/v1/groups".into(),
                json!({"name": "All", "description": "", "modules": {"sellers": "edit"}, "member_ids": []}),
                Module::Groups,
                Level::Edit,
            ),
            (
                "PATCH",
                format!("/api/v1/groups/{group}"),
                json!({"revision": 1, "member_ids": [m]}),
                Module::Groups,
                Level::Edit,
            ),
            (
                "DELETE",
                format!("/api/v1/groups/{group}"),
                Value::Null,
                Module::Groups,
                Level::Edit,
            ),
            (
                "GET",
                "/api/v1/tokens".into(),
                Value::Null,
                Module::ApiTokens,
                Level::View,
            ),
            (
                "GET",
                format!("/api/v1/tokens/{token_id}"),
                Value::Null,
                Module::ApiTokens,
                Level::View,
            ),
            (
                "POST",
                "/api/v1/tokens".into(),
                json!({"name": "x", "modules": {"sellers": "edit"}, "expires_in_days": 30}),
                Module::ApiTokens,
                Level::Edit,
            ),
            (
                "GET",
                "/api/v1/buyers".into(),
                Value::Null,
                Module::Buyers,
                Level::View,
            ),
            (
                "POST",
                "/api/v1/buyers/BUY-0000-0000/disable".into(),
                Value::Null,
                Module::Buyers,
                Level::Edit,
            ),
            (
                "GET",
                "/api/v1/licensees".into(),
                Value::Null,
                Module::Licensees,
                Level::View,
            ),
            (
                "POST",
                "/api/v1/licensees/LCE-0000-0000-0000/enable".into(),
                Value::Null,
                Module::Licensees,
                Level::Edit,
            ),
            (
                "GET",
                "/api/v1/sellers".into(),
                Value::Null,
                Module::Sellers,
                Level::View,
            ),
            (
                "GET",
                "/api/v1/billing".into(),
                Value::Null,
                Module::Billing,
                Level::View,
            ),
            (
                "GET",
                "/api/v1/billing/usage?metric=api_calls".into(),
                Value::Null,
                Module::Billing,
                Level::View,
            ),
            (
                "GET",
                "/api/v1/billing/invoices".into(),
                Value::Null,
                Module::Billing,
                Level::View,
            ),
            (
                "GET",
                "/api/v1/billing/invoices/INV-2026-000001".into(),
                Value::Null,
                Module::Billing,
                Level::View,
            ),
            (
                "GET",
                "/api/v1/billing/invoices/INV-2026-000001/pdf".into(),
                Value::Null,
                Module::Billing,
                Level::View,
            ),
            (
                "GET",
                "/api/v1/audit-records".into(),
                Value::Null,
                Module::Audit,
                Level::View,
            ),
            (
                "GET",
                "/api/v1/audit-records/export".into(),
                Value::Null,
                Module::Audit,
                Level::View,
            ),
            // Last: rotating its own token with no grace stops this secret.
            (
                "POST",
                format!("/api/v1/tokens/{token_id}/rotate"),
                json!({"grace_hours": 0}),
                Module::ApiTokens,
                Level::Edit,
            ),
        ];
        for (method, path, body, module, level) in ops {
            let r = s.send(method, &path, body).await;
            let detail = r.body["detail"].as_str().unwrap_or_default().to_string();
            if perms.allows(module, level) {
                assert!(
                    r.status != StatusCode::FORBIDDEN || !detail.starts_with("You need"),
                    "{backend} {method} {path}: {detail}"
                );
            } else {
                assert_eq!(r.status, StatusCode::FORBIDDEN, "{backend} {method} {path}");
                assert_eq!(
                    detail,
                    need_text(module, level),
                    "{backend} {method} {path}"
                );
            }
        }
        // What the delegate could not give stayed ungiven.
        let boss = app::backend::services::identity::users::find_by_email(
            &app.state.db,
            "boss@example.com",
        )
        .await
        .unwrap();
        assert!(boss.is_none(), "{backend}: no Admin invited");
    }
}
