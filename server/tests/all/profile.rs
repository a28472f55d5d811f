//! The profile, its picture and the account's two-step rule over HTTP, on SQLite and
//! PostgreSQL.

use crate::common::audit::records_of;
use crate::common::two_step::enable;
use crate::common::*;
use app::permissions::Role;
use axum::http::StatusCode;
use base64::Engine;
use serde_json::{json, Value};
use std::io::Cursor;

fn fields(first: &str, theme: &str) -> Value {
    json!({"first_name": first, "last_name": "Lovelace", "phone": "+44 20 7946 0000", "language": "de",
        "timezone": "Europe/Berlin", "date_format": "DD.MM.YYYY", "time_format": "24h", "number_format": "1.234,5",
        "theme": theme})
}

fn data_url(kind: &str, bytes: &[u8]) -> String {
    format!(
        "data:{kind};base64,{}",
        base64::engine::general_purpose::STANDARD.encode(bytes)
    )
}

/// A 900 x 600 JPEG carrying an EXIF block with a recognisable text in it.
fn jpeg_with_exif() -> Vec<u8> {
    let img = image::RgbImage::from_fn(900, 600, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])
    });
    let mut out = Cursor::new(Vec::new());
    image::DynamicImage::ImageRgb8(img)
        .write_to(&mut out, image::ImageFormat::Jpeg)
        .unwrap();
    let jpeg = out.into_inner();
    // TIFF (little endian) with one IFD entry: ImageDescription = the marker.
    let text = b"SECRET-EXIF-MARKER\0";
    let mut tiff = b"II*\0\x08\0\0\0\x01\0".to_vec();
    tiff.extend([0x0E, 0x01, 2, 0]);
    tiff.extend((text.len() as u32).to_le_bytes());
    tiff.extend(26u32.to_le_bytes());
    tiff.extend([0, 0, 0, 0]);
    tiff.extend(text);
    let mut app1 = b"Exif\0\0".to_vec();
    app1.extend(tiff);
    let mut with = jpeg[..2].to_vec();
    with.extend([0xFF, 0xE1]);
    with.extend(((app1.len() + 2) as u16).to_be_bytes());
    with.extend(app1);
    with.extend(&jpeg[2..]);
    with
}

/// A GET as the browser's `<img>` makes it: status, content type and the raw bytes.
async fn get_bytes(
    app: &TestApp,
    path: &str,
    cookie: Option<&str>,
) -> (StatusCode, String, Vec<u8>) {
    use tower::ServiceExt;
    let mut req = axum::http::Request::get(path).header("host", "console.test");
    if let Some(c) = cookie {
        req = req.header("cookie", c);
    }
    let res = app
        .router
        .clone()
        .oneshot(req.body(axum::body::Body::empty()).unwrap())
        .await
        .unwrap();
    let status = res.status();
    let kind = res
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let bytes = axum::body::to_bytes(res.into_body(), 10 << 20)
        .await
        .unwrap();
    (status, kind, bytes.to_vec())
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

#[tokio::test]
async fn profile_saves_with_revision_check_and_shared_validation() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (account, email) = account_with(&app.state, "Acme", Role::Member).await;
        let mut c = Client::new(&app);
        c.sign_in(&email, PASSWORD).await;
        let p = c.call("/sf/me/profile", json!({})).await;
        assert_eq!(p.status, StatusCode::OK, "{backend}: {:?}", p.body);
        assert_eq!(p.body["revision"], 1);
        assert_eq!(p.body["account_language"], "en");
        assert_eq!(p.body["fields"]["theme"], "system");

        let bad = c
            .call(
                "/sf/me/save_profile",
                json!({"input": fields("", "neon"), "revision": 1}),
            )
            .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{backend}");
        for f in ["first_name", "theme"] {
            assert!(
                bad.body["Validation"][f].is_string(),
                "{backend}: {:?}",
                bad.body
            );
        }
        let ok = c
            .call(
                "/sf/me/save_profile",
                json!({"input": fields("Ada", "dark"), "revision": 1}),
            )
            .await;
        assert_eq!(ok.status, StatusCode::OK, "{backend}: {:?}", ok.body);
        assert_eq!(ok.body, json!(2));
        let stale = c
            .call(
                "/sf/me/save_profile",
                json!({"input": fields("Bob", "light"), "revision": 1}),
            )
            .await;
        assert_eq!(stale.status, StatusCode::CONFLICT, "{backend}");

        let s = c.call("/sf/auth/session", json!({})).await.body;
        assert_eq!(s["first_name"], "Ada", "{backend}");
        assert_eq!(s["prefs"]["language"], "de");
        assert_eq!(s["prefs"]["theme"], "dark");
        assert_eq!(s["prefs"]["number_format"], "1.234,5");
        assert_eq!(s["prefs"]["account_language"], "en");
        // The Users list searches the name's copy on the membership.
        let found = c
            .call("/sf/users/list", json!({"filter": {"search": "ada lovelace", "status": "", "role": "", "group": "", "sort": "joined", "desc": false, "limit": 10, "cursor": null}}))
            .await;
        assert_ne!(found.status, StatusCode::INTERNAL_SERVER_ERROR, "{backend}");
        let m = app::backend::services::people::members::list(
            &app.state.db,
            &account,
            &app::model::UserFilter {
                search: "ada lovelace".into(),
                limit: 10,
                ..Default::default()
            },
        )
        .await
        .unwrap();
        assert_eq!(m.rows.len(), 1, "{backend}: names in sync");
        let audited = records_of(&app, &account, "auth.profile.update").await;
        assert_eq!(audited.len(), 1, "{backend}");
        assert!(audited[0].changes.contains("theme"), "{backend}");
    }
}

#[tokio::test]
async fn pictures_are_checked_shrunk_stripped_and_shown_only_to_colleagues() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (account, email) = account_with(&app.state, "Acme", Role::Member).await;
        add_member(&app.state, &account, "colleague@example.com", Role::Member).await;
        let (_, stranger) = account_with(&app.state, "Other", Role::Admin).await;
        let mut c = Client::new(&app);
        let me = c.sign_in(&email, PASSWORD).await.body["user_id"]
            .as_str()
            .unwrap()
            .to_string();

        for (what, url) in [
            ("text", data_url("image/png", b"hello, not a picture")),
            ("gif", data_url("image/gif", b"GIF89a\x01\0\x01\0")),
            ("too large", {
                let mut big = vec![0xFF, 0xD8, 0xFF];
                big.resize(5 * 1024 * 1024 + 1, 0);
                data_url("image/jpeg", &big)
            }),
        ] {
            let r = c.call("/sf/me/picture", json!({"data_url": url})).await;
            assert_eq!(
                r.status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "{backend} {what}: {:?}",
                r.body
            );
            assert!(
                r.body["Validation"]["picture"].is_string(),
                "{backend} {what}"
            );
        }

        let jpeg = jpeg_with_exif();
        assert!(contains(&jpeg, b"SECRET-EXIF-MARKER"));
        let r = c
            .call(
                "/sf/me/picture",
                json!({"data_url": data_url("image/jpeg", &jpeg)}),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{backend}: {:?}", r.body);
        assert_eq!(r.body["has_picture"], true);
        let path = format!("/assets/avatar/{me}");
        let got = get_bytes(&app, &path, c.cookie.as_deref()).await;
        assert_eq!(got.0, StatusCode::OK, "{backend}");
        assert_eq!(got.1, "image/png");
        let png = got.2;
        assert!(png.starts_with(b"\x89PNG"), "{backend}");
        assert!(
            !contains(&png, b"Exif") && !contains(&png, b"SECRET-EXIF-MARKER"),
            "{backend}: metadata kept"
        );
        let back = image::load_from_memory(&png).unwrap();
        assert_eq!((back.width(), back.height()), (256, 171), "{backend}");
        assert_eq!(
            c.call("/sf/auth/session", json!({})).await.body["has_picture"],
            true
        );

        let mut colleague = Client::new(&app);
        colleague.sign_in("colleague@example.com", PASSWORD).await;
        let seen = get_bytes(&app, &path, colleague.cookie.as_deref()).await;
        assert_eq!(seen.0, StatusCode::OK, "{backend}: same account");
        let mut other = Client::new(&app);
        other.sign_in(&stranger, PASSWORD).await;
        let refused = get_bytes(&app, &path, other.cookie.as_deref()).await;
        assert_eq!(refused.0, StatusCode::NOT_FOUND, "{backend}: other account");
        let anonymous = get_bytes(&app, &path, None).await;
        assert_eq!(anonymous.0, StatusCode::UNAUTHORIZED, "{backend}");

        let r = c.call("/sf/me/picture_remove", json!({})).await;
        assert_eq!(r.body["has_picture"], false, "{backend}: {:?}", r.body);
        let gone = get_bytes(&app, &path, c.cookie.as_deref()).await;
        assert_eq!(gone.0, StatusCode::NOT_FOUND, "{backend}");
        assert_eq!(
            records_of(&app, &account, "auth.profile.picture")
                .await
                .len(),
            2,
            "{backend}"
        );
    }
}

#[tokio::test]
async fn a_required_two_step_set_up_comes_first_and_admins_can_reset_it() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (account, admin) = account_with(&app.state, "Acme", Role::Admin).await;
        add_member(&app.state, &account, "member@example.com", Role::Member).await;
        let mut a = Client::new(&app);
        a.sign_in(&admin, PASSWORD).await;
        let policy = a.call("/sf/account/two_step_policy", json!({})).await.body;
        assert_eq!(policy["required"], false, "{backend}: {policy:?}");
        assert_eq!(policy["members_without"], 2);
        let set = |rev: &Value| json!({"required": true, "account_revision": rev});
        let r = a
            .call(
                "/sf/account/set_two_step_policy",
                set(&policy["account_revision"]),
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::BAD_REQUEST,
            "{backend}: the admin first"
        );
        enable(&mut a).await;
        let r = a
            .call(
                "/sf/account/set_two_step_policy",
                set(&policy["account_revision"]),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{backend}: {:?}", r.body);
        assert_eq!(
            (
                r.body["required"].clone(),
                r.body["members_without"].clone()
            ),
            (json!(true), json!(1))
        );
        let stale = a
            .call(
                "/sf/account/set_two_step_policy",
                set(&policy["account_revision"]),
            )
            .await;
        assert_eq!(stale.status, StatusCode::CONFLICT, "{backend}");
        assert_eq!(
            records_of(&app, &account, "account.two_step_policy.update")
                .await
                .len(),
            1
        );

        // The member signs in with the password alone, and may only set up two-step.
        let mut m = Client::new(&app);
        let s = m.sign_in("member@example.com", PASSWORD).await;
        assert_eq!(
            s.body["two_step_setup_required"], true,
            "{backend}: {:?}",
            s.body
        );
        let refused = m.call("/sf/account/get", json!({})).await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN, "{backend}");
        assert_eq!(refused.body, json!("TwoStepSetupRequired"), "{backend}");
        let audit = m.call("/sf/buyers/list", json!({})).await;
        assert_eq!(audit.body, json!("TwoStepSetupRequired"), "{backend}");
        for open in [
            "/sf/me/profile",
            "/sf/auth/session",
            "/sf/me/two_step",
            "/sf/me/sessions",
        ] {
            assert_eq!(
                m.call(open, json!({})).await.status,
                StatusCode::OK,
                "{backend} {open}"
            );
        }
        enable(&mut m).await;
        assert_eq!(
            m.call("/sf/account/get", json!({})).await.status,
            StatusCode::OK,
            "{backend}"
        );
        assert_eq!(
            m.call("/sf/auth/session", json!({})).await.body["two_step_setup_required"],
            false
        );

        // The admin resets it (lost phone): signed out, and set-up again at the next sign-in.
        let membership = app::backend::services::people::members::list(
            &app.state.db,
            &account,
            &app::model::UserFilter {
                search: "member@".into(),
                limit: 10,
                ..Default::default()
            },
        )
        .await
        .unwrap()
        .rows[0]
            .membership_id
            .clone();
        let on = a
            .call("/sf/users/two_step", json!({"membership_id": membership}))
            .await;
        assert_eq!(on.body, json!(true), "{backend}");
        let (_, other_admin) = account_with(&app.state, "Other", Role::Admin).await;
        let mut o = Client::new(&app);
        o.sign_in(&other_admin, PASSWORD).await;
        let cross = o
            .call(
                "/sf/users/reset_two_step",
                json!({"membership_id": membership}),
            )
            .await;
        assert_eq!(
            cross.status,
            StatusCode::NOT_FOUND,
            "{backend}: another account's member"
        );
        let r = a
            .call(
                "/sf/users/reset_two_step",
                json!({"membership_id": membership}),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{backend}: {:?}", r.body);
        assert_eq!(
            m.call("/sf/me/sessions", json!({})).await.status,
            StatusCode::UNAUTHORIZED,
            "{backend}"
        );
        assert_eq!(
            a.call("/sf/users/two_step", json!({"membership_id": membership}))
                .await
                .body,
            json!(false)
        );
        let again = Client::new(&app)
            .sign_in("member@example.com", PASSWORD)
            .await;
        assert_eq!(
            again.body["two_step_setup_required"], true,
            "{backend}: {:?}",
            again.body
        );
        let records = records_of(&app, &account, "users.membership.two_step_reset").await;
        assert_eq!(records.len(), 1, "{backend}");
        assert_eq!(records[0].object_id, membership);
    }
}
