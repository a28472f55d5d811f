//! What the billing tests share: the operator's console, a plan form, and a member made a
//! recipient of "Billing and invoices" mail.

use super::{add_member, operations_account, Client, TestApp, PASSWORD};
use app::permissions::Role;
use axum::http::StatusCode;
use serde_json::{json, Value};

/// The plan form as the page sends it: 1,000 calls, no events, EUR only.
pub fn plan(name: &str, seats: &str, monthly_eur: &str) -> Value {
    json!({
        "name": name, "status": "Active", "seats": seats, "api_calls": "1,000", "events": "0",
        "prices": [
            {"currency": "EUR", "monthly": monthly_eur, "api_overage": "0.50", "events_overage": ""},
            {"currency": "USD", "monthly": "", "api_overage": "", "events_overage": ""}
        ]
    })
}

pub async fn operator(app: &TestApp) -> (String, Client) {
    let ops = operations_account(&app.state).await;
    let email = format!("ops.{}@example.com", ops.to_lowercase());
    add_member(&app.state, &ops, &email, Role::Admin).await;
    let mut c = Client::new(app);
    assert_eq!(c.sign_in(&email, PASSWORD).await.status, StatusCode::OK);
    (ops, c)
}

/// Makes the person with `email` (signed in as `console`) receive "Billing and invoices" mail.
pub async fn billing_recipient(app: &TestApp, console: &mut Client, email: &str) {
    let me = super::notify::user_id(&app.state, email).await;
    let r = console
        .call(
            "/sf/notifications/save_category",
            super::notify::category("billing", true, "", false, &[format!("user:{me}")], 0),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
}

/// Makes the accounts older than last period and their plans older too, so that closing last
/// period bills the whole month at the current plan.
pub async fn ready_for_closing(db: &sea_orm::DatabaseConnection, accounts: &[&str]) {
    use sea_orm::{ConnectionTrait, Statement};
    for id in accounts {
        for sql in [
            format!("UPDATE accounts SET created_at = 0 WHERE id = '{id}'"),
            format!("UPDATE billing_profiles SET plan_since = 0 WHERE account_id = '{id}'"),
        ] {
            db.execute(Statement::from_string(db.get_database_backend(), sql))
                .await
                .unwrap();
        }
    }
}

/// A plan made by the operator and put on `account`; its id.
pub async fn put_on_plan(op: &mut Client, account: &str, form: Value) -> String {
    let made = op
        .call(
            "/sf/operations/save_plan",
            json!({"id": "", "revision": 0, "input": form}),
        )
        .await;
    assert_eq!(made.status, StatusCode::OK, "{:?}", made.body);
    let id = made.body["id"].as_str().unwrap().to_string();
    let r = op
        .call(
            "/sf/operations/set_account_plan",
            json!({"account_id": account, "plan_id": id}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    id
}
