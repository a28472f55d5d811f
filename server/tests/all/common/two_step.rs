//! Helpers for the two-step verification tests: codes computed with the server's own TOTP
//! module, a person with two-step verification on, and a sign-in stopped at the second step.

use super::{Client, TestApp, PASSWORD};
use app::backend::clock::now_ms;
use app::backend::entities::audit_record;
use app::backend::services::identity::totp;
use axum::http::StatusCode;
use serde_json::json;

/// The code of the current step + `offset`, for the key as the page shows it (in groups).
pub fn code(secret: &str, offset: i64) -> String {
    let bytes = totp::decode_secret(secret).expect("base32 key");
    totp::code_text(&bytes, totp::step_at(now_ms()) + offset).expect("code")
}

/// A well-formed code that is valid for no step near now.
pub fn wrong_code(secret: &str) -> String {
    let near: Vec<String> = (-3..=3).map(|o| code(secret, o)).collect();
    (0..10u32)
        .map(|d| d.to_string().repeat(6))
        .find(|c| !near.contains(c))
        .expect("some code is wrong")
}

/// Turns two-step verification on for the signed-in client; returns the key and the codes.
pub async fn enable(c: &mut Client) -> (String, Vec<String>) {
    let setup = c
        .call("/sf/me/two_step_begin", json!({"password": PASSWORD}))
        .await;
    assert_eq!(setup.status, StatusCode::OK, "{:?}", setup.body);
    let secret = setup.body["secret"].as_str().unwrap().to_string();
    let done = c
        .call("/sf/me/two_step_confirm", json!({"code": code(&secret, 0)}))
        .await;
    assert_eq!(done.status, StatusCode::OK, "{:?}", done.body);
    let codes = done.body["codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    (secret, codes)
}

/// A new client whose password sign-in stopped at the second step, with its challenge.
pub async fn at_second_step(app: &TestApp, email: &str, password: &str) -> (Client, String) {
    let mut c = Client::new(app);
    let r = c.sign_in(email, password).await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.body);
    assert!(c.cookie.is_none(), "no session before the code");
    let challenge = r.body["SecondStep"]["challenge"]
        .as_str()
        .unwrap_or_else(|| panic!("second step expected: {:?}", r.body))
        .to_string();
    (c, challenge)
}

pub async fn answer(c: &mut Client, challenge: &str, code: &str) -> super::Reply {
    c.call(
        "/sf/auth/sign_in_code",
        json!({"challenge": challenge, "code": code}),
    )
    .await
}

/// Fails if any column of any record carries one of `secrets` (in any letter case).
pub fn assert_nothing_leaked(records: &[audit_record::Model], secrets: &[String]) {
    for r in records {
        let columns = [
            &r.actor_name,
            &r.action,
            &r.object_type,
            &r.object_id,
            &r.object_name,
            &r.summary,
            &r.changes,
            &r.ip,
            &r.user_agent,
        ];
        for s in secrets.iter().filter(|s| !s.is_empty()) {
            let needles = [s.to_lowercase(), s.replace([' ', '-'], "").to_lowercase()];
            for col in columns {
                let hay = col.to_lowercase();
                assert!(
                    !needles.iter().any(|n| hay.contains(n.as_str())),
                    "{s} leaked into {}: {col}",
                    r.action
                );
            }
        }
    }
}
