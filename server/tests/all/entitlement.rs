//! The modules an account is entitled to, on SQLite and PostgreSQL: Operations turns Buyers
//! off for a client account, and its Admin no longer sees or reaches Buyers, through the
//! console or a token, nor can give rights on it; turned on again, everything works as before.
//! Modules that do not exist yet are never part of an entitlement.

use crate::common::rest::{self, Script};
use crate::common::*;
use app::backend::services::acting::Acting;
use app::backend::services::tenancy::operations;
use app::permissions::{Module, Role};
use serde_json::json;

#[tokio::test]
async fn a_module_turned_off_is_hidden_and_refused_everywhere() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let state = &app.state;
        let ops = operations_account(state).await;
        let (account, _, mut admin) = rest::admin(&app).await;
        let (_, secret) = rest::create_token(&mut admin, json!({"buyers": "view"})).await;
        let token = Script::token(&app, &secret);
        assert_eq!(token.get("/api/v1/buyers").await.status, 200, "{backend}");

        let set = |modules: Vec<Module>| {
            let (db, ops_id, account) = (state.db.clone(), ops.clone(), account.clone());
            async move {
                operations::set_account_modules(
                    &db,
                    &Acting::system(&ops_id, "test"),
                    &account,
                    &modules,
                )
                .await
            }
        };
        // Everything but Buyers; the core modules stay whatever is asked.
        let now = set(vec![Module::Licensees, Module::Sellers, Module::ApiTokens])
            .await
            .unwrap();
        assert!(
            !now.contains(&Module::Buyers) && now.contains(&Module::Users),
            "{backend}"
        );
        assert!(!now.contains(&Module::Notifications), "{backend}");

        let session = admin.call("/sf/auth/session", json!({})).await.body;
        let modules: Vec<String> = serde_json::from_value(session["modules"].clone()).unwrap();
        assert!(
            !modules.contains(&"buyers".to_string()),
            "{backend} {modules:?}"
        );
        let page = admin.call("/sf/buyers/page", json!({"params": {}})).await;
        assert_eq!(page.status, 403, "{backend}");
        assert!(
            page.body
                .to_string()
                .contains("not enabled for this account"),
            "{backend} {:?}",
            page.body
        );
        assert_eq!(token.get("/api/v1/buyers").await.status, 403, "{backend}");
        // Rights on it cannot be given meanwhile.
        let group = admin
            .call(
                "/sf/groups/create",
                json!({"input": {"name": "Buyer desk", "description": "", "modules": {"buyers": "view"},
                    "member_ids": [], "buyers_scope": "all", "buyer_ids": []}}),
            )
            .await;
        assert_eq!(group.status, 403, "{backend} {:?}", group.body);
        let tok = admin
            .call(
                "/sf/tokens/create",
                json!({"input": {"name": "B", "modules": {"buyers": "view"}, "expires_in_days": 30}}),
            )
            .await;
        assert_eq!(tok.status, 403, "{backend} {:?}", tok.body);

        // A module that does not exist yet is no part of an entitlement.
        let events = set(vec![Module::Events]).await;
        assert!(events.is_err(), "{backend}");

        // On again: the same token and session work.
        set(Module::ALL
            .to_vec()
            .into_iter()
            .filter(|m| m.exists())
            .collect())
        .await
        .unwrap();
        assert_eq!(token.get("/api/v1/buyers").await.status, 200, "{backend}");
        let page = admin.call("/sf/buyers/page", json!({"params": {}})).await;
        assert_eq!(page.status, 200, "{backend}");
        let _ = Role::Admin;
    }
}
