//! Buyers, licensees and sellers through the REST API, on SQLite and PostgreSQL: paging,
//! revisions, field errors, the state machines, account isolation and module permissions;
//! and the licensee edit at the service level.

use crate::common::audit::records_of;
use crate::common::rest::*;
use crate::common::trading::{set_up, wizard};
use crate::common::*;
use app::backend::services::acting::Acting;
use app::backend::services::trading::buyer_scope::BuyerScope;
use app::backend::services::{audit::audit_verify, trading::licensees};
use app::error::AppError;
use app::permissions::Role;
use app::validation::LicenseeEdit;
use axum::http::{header, StatusCode};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::{json, Value};

const TRADING: &str = r#"{"buyers": "edit", "licensees": "edit", "sellers": "view"}"#;

fn ids(page: &Value) -> Vec<String> {
    page["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["id"].as_str().unwrap().to_string())
        .collect()
}

fn modules(json: &str) -> Value {
    serde_json::from_str(json).unwrap()
}

/// The licensee wizard in one request.
async fn post(s: &Script<'_>, name: &str, buyer: &str, seller: &str) -> Reply {
    let body = serde_json::to_value(wizard(name, buyer, seller)).unwrap();
    s.send("POST", "/api/v1/licensees", body).await
}

#[tokio::test]
async fn buyers_over_rest_page_patch_and_change_state() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (account, _, mut c) = admin(&app).await;
        let t = set_up(&app.state, &account).await;
        let (_, secret) = create_token(&mut c, modules(TRADING)).await;
        let s = Script::token(&app, &secret);

        // By name, one page at a time; search and status filters.
        let first = s.get("/api/v1/buyers?limit=1").await;
        assert_eq!(first.status, StatusCode::OK, "{backend}: {:?}", first.body);
        assert_eq!(ids(&first.body), [t.research.as_str()]);
        assert_eq!(first.body["data"][0]["sellers"][0]["id"], t.de.as_str());
        assert_eq!(first.body["pagination"]["has_more"], true);
        let cursor = first.body["pagination"]["next_cursor"].as_str().unwrap();
        let second = s
            .get(&format!("/api/v1/buyers?limit=1&cursor={cursor}"))
            .await;
        assert_eq!(ids(&second.body), [t.retail.as_str()], "{backend}");
        assert_eq!(second.body["pagination"]["has_more"], false);
        let found = s.get("/api/v1/buyers?q=RETAIL").await;
        assert_eq!(ids(&found.body), [t.retail.as_str()]);
        assert!(ids(&s.get("/api/v1/buyers?status=disabled").await.body).is_empty());
        s.problem("GET", "/api/v1/buyers?status=asleep", Value::Null, 400)
            .await;

        // Merge patch of the address and contact, revision-checked, fields named.
        let path = format!("/api/v1/buyers/{}", t.research);
        let rev = s.get(&path).await.body["revision"].as_i64().unwrap();
        let city = json!({"address": {"city": "Bonn"}});
        let no_rev = s.problem("PATCH", &path, city, 422).await;
        assert!(no_rev.body["errors"]["revision"].is_string());
        let stale = json!({"address": {"city": "Bonn"}, "revision": rev - 1});
        s.problem("PATCH", &path, stale, 409).await;
        let bad = json!({"contact": {"contact_email": "not an address"}, "revision": rev});
        let bad = s.problem("PATCH", &path, bad, 422).await;
        assert!(bad.body["errors"]["contact_email"].is_string(), "{backend}");
        let ok = json!({"address": {"city": "Bonn"}, "revision": rev});
        let ok = s.send("PATCH", &path, ok).await;
        assert_eq!(ok.status, StatusCode::OK, "{backend}: {:?}", ok.body);
        assert_eq!(ok.body["address"]["city"], "Bonn");
        assert_eq!(ok.body["address"]["address_line1"], "Friedrichstraße 1");
        assert_eq!(ok.body["contact"]["email"], "ada@example.com");
        assert_eq!(ok.body["revision"], rev + 1);

        // A licensee, enabled, then its buyer disabled: unavailable. Refused changes are 409.
        let lab = post(&s, "Lab", &t.research, &t.de).await;
        assert_eq!(lab.status, StatusCode::CREATED, "{backend}: {:?}", lab.body);
        let lab_path = format!("/api/v1/licensees/{}", lab.body["id"].as_str().unwrap());
        let on = s
            .send("POST", &format!("{lab_path}/enable"), Value::Null)
            .await;
        assert_eq!(on.body["available"], true, "{backend}: {:?}", on.body);
        assert_eq!(s.get(&path).await.body["status"], "Active");
        let off = s
            .send("POST", &format!("{path}/disable"), Value::Null)
            .await;
        assert_eq!(off.status, StatusCode::OK, "{backend}: {:?}", off.body);
        assert_eq!(off.body["status"], "Disabled");
        assert_eq!(off.body["disabled_by"], "Account");
        s.problem("POST", &format!("{path}/disable"), Value::Null, 409)
            .await;
        let l = s.get(&lab_path).await;
        assert_eq!(l.body["available"], false, "{backend}");
        assert_eq!(l.body["buyer_status"], "Disabled");
        let back = s.send("POST", &format!("{path}/enable"), Value::Null).await;
        assert_eq!(back.body["status"], "Active", "{backend}: {:?}", back.body);
        s.problem("POST", &format!("{path}/enable"), Value::Null, 409)
            .await;
        // Ids that are not buyer ids, or no buyer's, are simply not there.
        for id in ["nope", "BUY-0000-0000"] {
            let p = format!("/api/v1/buyers/{id}");
            s.problem("GET", &p, Value::Null, 404).await;
        }
    }
}

#[tokio::test]
async fn licensees_and_sellers_over_rest() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (account, _, mut c) = admin(&app).await;
        let t = set_up(&app.state, &account).await;
        let (_, secret) = create_token(&mut c, modules(TRADING)).await;
        let s = Script::token(&app, &secret);
        // The wizard in one request: the seller must be one of the buyer's.
        let wrong = post(&s, "Lab", &t.research, &t.uk).await;
        is_problem(&wrong, 422);
        assert!(wrong.body["errors"]["seller_id"].is_string(), "{backend}");
        let empty = json!({"name": ""});
        let empty = s.problem("POST", "/api/v1/licensees", empty, 422).await;
        assert!(empty.body["errors"]["name"].is_string());
        let lab = post(&s, "Lab", &t.research, &t.de).await;
        assert_eq!(lab.status, StatusCode::CREATED, "{backend}: {:?}", lab.body);
        let path = format!("/api/v1/licensees/{}", lab.body["id"].as_str().unwrap());
        assert_eq!(lab.headers[header::LOCATION], path.as_str());
        assert_eq!(lab.body["status"], "New");

        // Edit: merge patch, the buyer and seller fixed, revision-checked.
        let rev = lab.body["revision"].as_i64().unwrap();
        let own = json!({"name": "Lab Two", "use_buyer_address": false, "revision": rev,
            "address": {"address_line1": "Main St 2", "city": "Leeds", "country": "GB"}});
        let edited = s.send("PATCH", &path, own).await;
        assert_eq!(
            edited.status,
            StatusCode::OK,
            "{backend}: {:?}",
            edited.body
        );
        assert_eq!(edited.body["name"], "Lab Two");
        assert_eq!(edited.body["address"]["city"], "Leeds");
        assert_eq!(edited.body["contact"]["email"], "grace@example.com");
        assert_eq!(edited.body["buyer"]["id"], t.research.as_str());
        let moved = json!({"buyer_id": t.retail, "revision": rev + 1});
        let moved = s.problem("PATCH", &path, moved, 422).await;
        assert!(moved.body["errors"]["buyer_id"].is_string(), "{backend}");
        let same = json!({"buyer_id": t.research, "description": "Kept", "revision": rev + 1});
        let same = s.send("PATCH", &path, same).await;
        assert_eq!(
            same.body["description"], "Kept",
            "{backend}: {:?}",
            same.body
        );
        let stale = json!({"name": "Lab Three", "revision": rev});
        s.problem("PATCH", &path, stale, 409).await;
        let bad = json!({"contact": {"contact_phone": "call me"}, "revision": rev + 2});
        let bad = s.problem("PATCH", &path, bad, 422).await;
        assert!(bad.body["errors"]["contact_phone"].is_string(), "{backend}");

        // Enable twice: the second is refused; disabled, then enabled again.
        let (enable, disable) = (format!("{path}/enable"), format!("{path}/disable"));
        let on = s.send("POST", &enable, Value::Null).await;
        assert_eq!(on.body["status"], "Active", "{backend}: {:?}", on.body);
        s.problem("POST", &enable, Value::Null, 409).await;
        let off = s.send("POST", &disable, Value::Null).await;
        assert_eq!(off.body["status"], "Disabled");
        s.problem("POST", &disable, Value::Null, 409).await;
        let on = s.send("POST", &enable, Value::Null).await;
        assert_eq!(on.body["available"], true, "{backend}");

        // Keyset pages by name, and the filters.
        for (name, buyer, seller) in [
            ("Annex", &t.research, &t.de),
            ("Zeta", &t.research, &t.de),
            ("Shop", &t.retail, &t.uk),
        ] {
            let r = post(&s, name, buyer, seller).await;
            assert_eq!(r.status, StatusCode::CREATED, "{backend}: {:?}", r.body);
        }
        let mut names = vec![];
        let mut cursor = String::new();
        loop {
            let p = s
                .get(&format!("/api/v1/licensees?limit=3&cursor={cursor}"))
                .await;
            assert_eq!(p.status, StatusCode::OK, "{backend}: {:?}", p.body);
            for l in p.body["data"].as_array().unwrap() {
                names.push(l["name"].as_str().unwrap().to_string());
            }
            match p.body["pagination"]["next_cursor"].as_str() {
                Some(next) => cursor = next.to_string(),
                None => break,
            }
        }
        assert_eq!(names, ["Annex", "Lab Two", "Shop", "Zeta"], "{backend}");
        let of_retail = s
            .get(&format!("/api/v1/licensees?buyer_id={}", t.retail))
            .await;
        assert_eq!(ids(&of_retail.body).len(), 1);
        let fresh = s.get("/api/v1/licensees?status=new").await;
        assert_eq!(ids(&fresh.body).len(), 3, "{backend}");
        let not_a_buyer = "/api/v1/licensees?buyer_id=x";
        s.problem("GET", not_a_buyer, Value::Null, 422).await;
        let junk = "/api/v1/licensees?cursor=bm9wZQ";
        let junk = s.problem("GET", junk, Value::Null, 422).await;
        assert!(junk.body["errors"]["cursor"].is_string());
        let nul = URL_SAFE_NO_PAD.encode(r#"["\u0000", "LCE-0000-0000-0000"]"#);
        let nul = format!("/api/v1/licensees?cursor={nul}");
        s.problem("GET", &nul, Value::Null, 422).await;

        // Sellers: read only, with the account's buyers each one serves.
        let sellers = s.get("/api/v1/sellers").await;
        assert_eq!(
            ids(&sellers.body),
            [t.de.as_str(), t.uk.as_str()],
            "{backend}"
        );
        let served = &sellers.body["data"][0]["buyers"][0]["id"];
        assert_eq!(served, t.research.as_str());
        let de = s.get(&format!("/api/v1/sellers/{}", t.de)).await;
        assert_eq!(de.body["currencies"], json!(["EUR"]));
        let lone = format!("/api/v1/sellers/{}", t.lone);
        s.problem("GET", &lone, Value::Null, 404).await;

        // Another account's token reaches none of it.
        let (_, other_email) = account_with(&app.state, "Globex", Role::Admin).await;
        let mut o = Client::new(&app);
        o.sign_in(&other_email, PASSWORD).await;
        let (_, other) = create_token(&mut o, modules(TRADING)).await;
        let o = Script::token(&app, &other);
        for (method, p, body) in [
            ("GET", format!("/api/v1/buyers/{}", t.research), Value::Null),
            (
                "POST",
                format!("/api/v1/buyers/{}/disable", t.research),
                Value::Null,
            ),
            ("GET", path.clone(), Value::Null),
            (
                "PATCH",
                path.clone(),
                json!({"name": "Mine", "revision": 1}),
            ),
            ("POST", disable.clone(), Value::Null),
            ("GET", format!("/api/v1/sellers/{}", t.de), Value::Null),
        ] {
            o.problem(method, &p, body, 404).await;
        }
        assert!(ids(&o.get("/api/v1/licensees").await.body).is_empty());
        let steal = post(&o, "Stolen", &t.research, &t.de).await;
        is_problem(&steal, 422);
        assert!(steal.body["errors"]["buyer_id"].is_string(), "{backend}");

        // A token without the Licensees module is refused.
        let narrow = modules(r#"{"buyers": "view", "sellers": "view"}"#);
        let (_, narrow) = create_token(&mut c, narrow).await;
        let n = Script::token(&app, &narrow);
        n.problem("GET", "/api/v1/licensees", Value::Null, 403)
            .await;
        n.problem("GET", &path, Value::Null, 403).await;
        n.problem("POST", &enable, Value::Null, 403).await;
        let buyer_off = format!("/api/v1/buyers/{}/disable", t.retail);
        n.problem("POST", &buyer_off, Value::Null, 403).await;
        assert_eq!(n.get("/api/v1/buyers").await.status, StatusCode::OK);
    }
}

#[tokio::test]
async fn licensee_edits_are_revision_checked_and_audited() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (account, _) = account_with(&app.state, "Acme", Role::Admin).await;
        let t = set_up(&app.state, &account).await;
        let (db, all) = (&app.state.db, BuyerScope::All);
        let who = Acting::system(&account, "edit test");
        let valid = wizard("Research lab", &t.research, &t.de)
            .validate()
            .unwrap();
        let lab = licensees::create(db, &who, &all, valid).await.unwrap();

        let mut edit = LicenseeEdit::from_dto(&lab);
        edit.name = "Zoology lab".into();
        edit.resale = true;
        let rev = lab.revision;
        let saved = licensees::update(db, &who, &all, &lab.id, &edit, rev)
            .await
            .unwrap();
        assert_eq!(
            (saved.name.as_str(), saved.revision),
            ("Zoology lab", rev + 1)
        );
        assert_eq!(saved.buyer.id, t.research, "{backend}");
        let records = records_of(&app, &account, "licensees.licensee.update").await;
        assert_eq!(records.len(), 1, "{backend}");
        assert_eq!(records[0].object_id, lab.id);
        let changes: Value = serde_json::from_str(&records[0].changes).unwrap();
        let fields: Vec<&str> = changes
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["field"].as_str().unwrap())
            .collect();
        assert_eq!(fields, ["name", "resale"], "{backend}");

        // The sort key follows the name.
        let more = wizard("Marine lab", &t.research, &t.de).validate().unwrap();
        licensees::create(db, &who, &all, more).await.unwrap();
        let listed = licensees::list(db, &account, &all, None).await.unwrap();
        let names: Vec<&str> = listed.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(names, ["Marine lab", "Zoology lab"], "{backend}");

        // A stale revision, another buyer scope, and bad input change nothing.
        edit.name = "Stale".into();
        let stale = licensees::update(db, &who, &all, &lab.id, &edit, rev).await;
        match stale {
            Err(AppError::Conflict(m)) => assert!(m.contains("edit test"), "{m}"),
            other => panic!("{backend}: {other:?}"),
        }
        let rev = saved.revision;
        let retail = BuyerScope::Only(vec![t.retail.clone()]);
        let hidden = licensees::update(db, &who, &retail, &lab.id, &edit, rev).await;
        assert!(matches!(hidden, Err(AppError::NotFound)), "{backend}");
        edit.use_buyer_address = false;
        let invalid = licensees::update(db, &who, &all, &lab.id, &edit, rev)
            .await
            .unwrap_err();
        assert!(invalid.field_errors().contains_key("address_line1"));
        let now = licensees::get(db, &account, &all, &lab.id).await.unwrap();
        assert_eq!(now, saved, "{backend}");
        let records = records_of(&app, &account, "licensees.licensee.update").await;
        assert_eq!(records.len(), 1);
        assert!(audit_verify::verify(db, &account).await.unwrap().intact());
    }
}

#[tokio::test]
async fn the_openapi_document_lists_the_trading_operations() {
    let (_, db) = databases().await.remove(0);
    let app = app_for(db).await;
    let r = api(&app, "GET", "/api/v1/openapi.json", None, None).await;
    let paths = r.body["paths"].as_object().unwrap();
    for (p, op) in [
        ("/api/v1/buyers", "get"),
        ("/api/v1/buyers/{id}", "patch"),
        ("/api/v1/buyers/{id}/disable", "post"),
        ("/api/v1/licensees", "post"),
        ("/api/v1/licensees/{id}", "patch"),
        ("/api/v1/licensees/{id}/enable", "post"),
        ("/api/v1/sellers/{id}", "get"),
    ] {
        assert!(paths[p].get(op).is_some(), "{op} {p} missing");
    }
    let created = &r.body["paths"]["/api/v1/licensees"]["post"]["responses"]["201"];
    assert!(created["headers"].get("Location").is_some(), "{created}");
}

/// A licensee's logo: sent with the wizard's request (REST here), checked before anything is
/// written (a bad file is a `logo` field error and creates nothing), then replaced and removed
/// through the console, each change recorded.
#[tokio::test]
async fn a_licensee_logo_comes_with_the_wizard_and_changes_on_its_page() {
    let png = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (account, _, mut c) = admin(&app).await;
        let t = set_up(&app.state, &account).await;
        let (_, secret) = create_token(&mut c, modules(TRADING)).await;
        let s = Script::token(&app, &secret);

        let mut body = serde_json::to_value(wizard("Logo lab", &t.research, &t.de)).unwrap();
        body["logo"] = json!("data:image/png;base64,aGVsbG8=");
        let bad = s
            .problem("POST", "/api/v1/licensees", body.clone(), 422)
            .await;
        assert!(
            bad.body["errors"]["logo"].is_string(),
            "{backend}: {:?}",
            bad.body
        );
        let none = s.get("/api/v1/licensees?q=Logo").await;
        assert_eq!(
            none.body["data"].as_array().map(Vec::len),
            Some(0),
            "{backend}"
        );

        body["logo"] = json!(png);
        let made = s.send("POST", "/api/v1/licensees", body).await;
        assert_eq!(
            made.status,
            StatusCode::CREATED,
            "{backend}: {:?}",
            made.body
        );
        assert_eq!(made.body["has_logo"], true, "{backend}");
        let id = made.body["id"].as_str().unwrap().to_string();
        let shown = c.call("/sf/licensees/logo", json!({"id": id})).await;
        assert_eq!(shown.body, json!(png), "{backend}");

        let removed = c
            .call(
                "/sf/licensees/set_logo",
                json!({"id": id, "data_url": null}),
            )
            .await;
        assert_eq!(
            removed.body["has_logo"], false,
            "{backend}: {:?}",
            removed.body
        );
        assert!(c
            .call("/sf/licensees/logo", json!({"id": id}))
            .await
            .body
            .is_null());
        let svg = "data:image/svg+xml;base64,PHN2Zz48c2NyaXB0PmFsZXJ0KDEpPC9zY3JpcHQ+PC9zdmc+";
        let refused = c
            .call("/sf/licensees/set_logo", json!({"id": id, "data_url": svg}))
            .await;
        assert!(
            refused.status.is_client_error() || {
                // A script-only SVG is rebuilt without its script: never stored as sent.
                let stored = c.call("/sf/licensees/logo", json!({"id": id})).await.body;
                !stored
                    .as_str()
                    .unwrap_or_default()
                    .contains("PHN2Zz48c2NyaXB0")
            },
            "{backend}"
        );
        assert_eq!(
            records_of(&app, &account, "licensees.licensee.logo")
                .await
                .len(),
            2 + usize::from(refused.status.is_success()),
            "{backend}"
        );
    }
}
