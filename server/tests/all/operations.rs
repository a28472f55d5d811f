//! The Operations account through the console's server functions, on SQLite and PostgreSQL:
//! only its Admins reach them; it creates a client account (inviting its admin), buyers and
//! sellers and links them; disabling a client account locks its members out until enabled.

use crate::common::audit::all_records;
use crate::common::*;
use app::permissions::Role;
use serde_json::{json, Value};

fn address() -> Value {
    json!({"address_line1": "Herengracht 500", "city": "Amsterdam", "country": "NL"})
}

#[tokio::test]
async fn operations_manage_client_accounts_and_nobody_else_can() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let state = &app.state;
        let ops = operations_account(state).await;
        let ops_admin = format!("ops.{}@example.com", ops.to_lowercase());
        add_member(state, &ops, &ops_admin, Role::Admin).await;
        let ops_member = format!("opsm.{}@example.com", ops.to_lowercase());
        add_member(state, &ops, &ops_member, Role::Member).await;
        let (_, client_admin) = account_with(state, "Initech", Role::Admin).await;

        // A client's admin and an Operations member who is not an Admin are refused.
        for who in [&client_admin, &ops_member] {
            let mut c = Client::new(&app);
            c.sign_in(who, PASSWORD).await;
            for (path, body) in [
                ("accounts", json!({"q": ""})),
                ("account", json!({"id": ops})),
                (
                    "create_account",
                    json!({"input": {"name": "Evil", "admin_email": "x@example.com"}}),
                ),
                ("set_account_enabled", json!({"id": ops, "enabled": false})),
                (
                    "set_account_modules",
                    json!({"id": ops, "modules": ["buyers"]}),
                ),
                (
                    "create_buyer",
                    json!({"account_id": ops, "input": {"name": "X", "tax_number": "DE123456789"}}),
                ),
                (
                    "set_buyer_enabled",
                    json!({"account_id": ops, "buyer_id": "BUY-0000-0000", "enabled": true}),
                ),
                ("sellers", json!({})),
                (
                    "set_seller_status",
                    json!({"id": "SEL-0000-0000", "status": "Offline"}),
                ),
                (
                    "create_seller",
                    json!({"input": {"name": "X", "currencies": ["EUR"]}}),
                ),
                (
                    "link_seller",
                    json!({"input": {"seller_id": "SEL-0000-0000", "account_id": ops}}),
                ),
                ("plans", json!({})),
                (
                    "save_plan",
                    json!({"id": "", "revision": 0, "input": {"name": "X", "status": "Active", "seats": "1",
                        "api_calls": "1", "events": "1", "prices": [{"currency": "EUR", "monthly": "1"}]}}),
                ),
                (
                    "set_account_plan",
                    json!({"account_id": ops, "plan_id": "PLN-0000-0001"}),
                ),
                ("account_billing", json!({"account_id": ops})),
                (
                    "set_tax_rate",
                    json!({"account_id": ops, "rate": "19", "revision": 0}),
                ),
                (
                    "set_invoice_status",
                    json!({"account_id": ops, "id": "INV-2026-000001", "status": "Paid", "revision": 1}),
                ),
            ] {
                let r = c.call(&format!("/sf/operations/{path}"), body).await;
                assert_eq!(r.status, 403, "{backend} {who} {path}");
            }
        }

        let mut op = Client::new(&app);
        op.sign_in(&ops_admin, PASSWORD).await;
        let bad = op
            .call(
                "/sf/operations/create_account",
                json!({"input": {"name": "C", "admin_email": "nope"}}),
            )
            .await;
        assert_eq!(bad.status, 422, "{backend}");
        assert!(bad.body.to_string().contains("admin_email"), "{}", bad.body);
        let made = op
            .call(
                "/sf/operations/create_account",
                json!({"input": {"name": "Contoso", "admin_email": "carla@contoso.example", "admin_first_name": "Carla"}}),
            )
            .await;
        assert_eq!(made.status, 200, "{backend}: {}", made.body);
        let acc = made.body["account_id"].as_str().unwrap().to_string();
        let link = made.body["invitation_link"].as_str().unwrap();
        assert!(link.contains("/accept-invitation?token="), "{link}");
        assert!(
            mailed_token(state, "carla@contoso.example", "accept-invitation")
                .await
                .is_some()
        );

        // A buyer (checked as typed), a seller, and the link between them.
        let bad = op
            .call(
                "/sf/operations/create_buyer",
                json!({"account_id": acc, "input": {"name": "Contoso GmbH", "tax_number": "1"}}),
            )
            .await;
        assert_eq!(bad.status, 422);
        for field in ["tax_number", "address_line1", "contact_email"] {
            assert!(
                bad.body.to_string().contains(field),
                "{field}: {}",
                bad.body
            );
        }
        let buyer = op
            .call(
                "/sf/operations/create_buyer",
                json!({"account_id": acc, "input": {"name": "Contoso GmbH", "tax_number": "DE811122233",
                    "address": address(),
                    "contact": {"contact_first_name": "Petra", "contact_last_name": "P", "contact_email": "ap@contoso.example"}}}),
            )
            .await;
        assert_eq!(buyer.status, 200, "{}", buyer.body);
        let buyer_id = buyer.body["id"].as_str().unwrap().to_string();
        let seller = op
            .call("/sf/operations/create_seller", json!({"input": {"name": "Platform NL", "address": address(), "currencies": ["eur"]}}))
            .await;
        assert_eq!(seller.status, 200, "{}", seller.body);
        assert_eq!(seller.body["seller"]["currencies"], json!(["EUR"]));
        let seller_id = seller.body["seller"]["id"].as_str().unwrap().to_string();
        let linked = op
            .call(
                "/sf/operations/link_seller",
                json!({"input": {"seller_id": seller_id, "account_id": acc, "buyer_id": buyer_id}}),
            )
            .await;
        assert_eq!(linked.status, 200, "{}", linked.body);
        assert_eq!(
            linked.body["sellers"][0]["buyers"][0]["id"],
            json!(buyer_id)
        );
        // Offline: still linked, but takes no new licensees; the client's trail says so.
        let off = op
            .call(
                "/sf/operations/set_seller_status",
                json!({"id": seller_id, "status": "Offline"}),
            )
            .await;
        assert_eq!(off.status, 200, "{}", off.body);
        assert_eq!(off.body["seller"]["status"], "Offline");
        let again = op
            .call(
                "/sf/operations/set_seller_status",
                json!({"id": seller_id, "status": "Offline"}),
            )
            .await;
        assert_eq!(again.status, 400);
        let bad = op
            .call(
                "/sf/operations/set_seller_status",
                json!({"id": seller_id, "status": "Gone"}),
            )
            .await;
        assert_eq!(bad.status, 422);
        // The Operations account itself is not a client: no buyers for it, no disabling it.
        let own = op
            .call(
                "/sf/operations/set_account_enabled",
                json!({"id": ops, "enabled": false}),
            )
            .await;
        assert_eq!(own.status, 404, "{backend}");

        let listed = op
            .call("/sf/operations/accounts", json!({"q": "conto"}))
            .await;
        assert_eq!(listed.body.as_array().unwrap().len(), 1, "{}", listed.body);
        assert_eq!(listed.body[0]["buyers"], 1);
        assert_eq!(listed.body[0]["sellers"], 1);

        // Disabling a client account: its signed-in admin is out, and cannot sign in again.
        let mut client = Client::new(&app);
        client.sign_in(&client_admin, PASSWORD).await;
        let client_acc =
            client.call("/sf/auth/session", json!({})).await.body["account_id"].clone();
        let off = op
            .call(
                "/sf/operations/set_account_enabled",
                json!({"id": client_acc, "enabled": false}),
            )
            .await;
        assert_eq!(off.status, 200, "{}", off.body);
        assert_eq!(off.body["status"], "Disabled");
        let r = client.call("/sf/auth/session", json!({})).await;
        assert!(r.body.is_null(), "{backend}: still signed in: {}", r.body);
        let mut again = Client::new(&app);
        let r = again.sign_in(&client_admin, PASSWORD).await;
        assert_ne!(
            r.status, 200,
            "{backend}: a disabled account's member signed in"
        );
        let twice = op
            .call(
                "/sf/operations/set_account_enabled",
                json!({"id": client_acc, "enabled": false}),
            )
            .await;
        assert_eq!(twice.status, 400);
        let on = op
            .call(
                "/sf/operations/set_account_enabled",
                json!({"id": client_acc, "enabled": true}),
            )
            .await;
        assert_eq!(on.status, 200);
        assert_eq!(again.sign_in(&client_admin, PASSWORD).await.status, 200);

        // Recorded in both trails.
        let client_acc = client_acc.as_str().unwrap();
        let actions: Vec<String> = all_records(&app, client_acc)
            .await
            .into_iter()
            .map(|r| r.action)
            .collect();
        assert!(
            actions.contains(&"account.account.disable".to_string()),
            "{actions:?}"
        );
        assert!(actions.contains(&"account.account.enable".to_string()));
        let ops_actions: Vec<String> = all_records(&app, &ops)
            .await
            .into_iter()
            .map(|r| r.action)
            .collect();
        assert!(
            ops_actions.contains(&"account.account.create".to_string()),
            "{ops_actions:?}"
        );
        assert!(ops_actions.contains(&"account.account.disable".to_string()));
        let contoso: Vec<String> = all_records(&app, &acc)
            .await
            .into_iter()
            .map(|r| r.action)
            .collect();
        for a in [
            "account.account.create",
            "users.invitation.create",
            "buyers.buyer.create",
            "sellers.seller.link",
            "sellers.seller.status",
        ] {
            assert!(contoso.contains(&a.to_string()), "{a}: {contoso:?}");
        }
    }
}
