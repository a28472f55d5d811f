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
