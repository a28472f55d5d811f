//! Billing on SQLite and PostgreSQL: only the operator keeps the plan catalogue and assigns
//! plans; a plan's seats limit invitations, naming the limit; API calls counted in two server
//! processes' memory add up exactly in the database; the Billing page's summary reads them.

use crate::common::audit::records_of;
use crate::common::billing::{operator, plan};
use crate::common::rest::*;
use crate::common::*;
use app::backend::services::billing::usage;
use app::permissions::Role;
use axum::http::StatusCode;
use serde_json::json;

async fn overview(c: &mut Client) -> Reply {
    c.call("/sf/billing/overview", json!({})).await
}

async fn invite(c: &mut Client, group: &str, email: &str) -> Reply {
    c.call(
        "/sf/users/invite",
        json!({"input": {"emails": email, "first_name": "", "last_name": "", "role": "Member", "group_ids": [group]}}),
    )
    .await
}

#[tokio::test]
async fn the_operator_keeps_the_plans_and_seats_limit_invitations() {
    for (backend, db) in databases().await {
        let app = app_for(db).await;
        let (ops, mut op) = operator(&app).await;
        let (client, _, mut admin) = admin(&app).await;

        // The catalogue starts with Free, which every client account is on.
        let listed = op.call("/sf/operations/plans", json!({})).await;
        assert_eq!(
            listed.status,
            StatusCode::OK,
            "{backend}: {:?}",
            listed.body
        );
        assert_eq!(listed.body[0]["name"], "Free", "{backend}");
        assert_eq!(listed.body[0]["accounts"], 1, "{backend}");

        // A client's admin can neither read nor write it.
        let save = json!({"id": "", "revision": 0, "input": plan("Evil", "999", "0")});
        assert_eq!(
            admin.call("/sf/operations/save_plan", save).await.status,
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            admin.call("/sf/operations/plans", json!({})).await.status,
            StatusCode::FORBIDDEN
        );

        // Bad input names its fields; amounts become minor units.
        let bad = op
            .call(
                "/sf/operations/save_plan",
                json!({"id": "", "revision": 0, "input": plan("", "0", "4.999")}),
            )
            .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{backend}");
        let errors = &bad.body["Validation"];
        assert_eq!(errors["seats"], "Enter at least 1.", "{backend}: {errors}");
        assert_eq!(
            errors["monthly_EUR"], "Use at most two decimals.",
            "{backend}"
        );
        assert_eq!(errors["name"], "Enter the plan name.", "{backend}");

        let made = op
            .call(
                "/sf/operations/save_plan",
                json!({"id": "", "revision": 0, "input": plan("Team", "3", "1234.56")}),
            )
            .await;
        assert_eq!(made.status, StatusCode::OK, "{backend}: {:?}", made.body);
        let team = made.body["id"].as_str().unwrap().to_string();
        assert_eq!(
            made.body["prices"][0]["monthly_minor"], 123_456,
            "{backend}"
        );
        assert_eq!(made.body["prices"][0]["api_overage_minor"], 50, "{backend}");
        assert_eq!(
            made.body["prices"].as_array().unwrap().len(),
            1,
            "{backend}"
        );
        let twin = op
            .call(
                "/sf/operations/save_plan",
                json!({"id": "", "revision": 0, "input": plan("team", "3", "1")}),
            )
            .await;
        assert_eq!(
            twin.body["Validation"]["name"], "A plan with this name exists already.",
            "{backend}"
        );
        // A change from a stale revision is refused, naming who saved.
        let stale = op
            .call(
                "/sf/operations/save_plan",
                json!({"id": team, "revision": 0, "input": plan("Team", "4", "1")}),
            )
            .await;
        assert_eq!(
            stale.status,
            StatusCode::CONFLICT,
            "{backend}: {:?}",
            stale.body
        );

        // Assigned to the client: recorded in its trail, shown on its Billing page.
        let assign = json!({"account_id": client, "plan_id": team});
        assert_eq!(
            admin
                .call("/sf/operations/set_account_plan", assign.clone())
                .await
                .status,
            StatusCode::FORBIDDEN
        );
        let put = op.call("/sf/operations/set_account_plan", assign).await;
        assert_eq!(put.status, StatusCode::OK, "{backend}: {:?}", put.body);
        assert_eq!(
            records_of(&app, &client, "billing.plan.assign").await.len(),
            1,
            "{backend}"
        );
        assert_eq!(
            records_of(&app, &ops, "billing.plan.assign").await.len(),
            1,
            "{backend}"
        );
        let seen = admin.call("/sf/billing/overview", json!({})).await;
        assert_eq!(seen.status, StatusCode::OK, "{backend}: {:?}", seen.body);
        assert_eq!(seen.body["plan"]["name"], "Team", "{backend}");
        assert_eq!(seen.body["price"]["minor"], 123_456, "{backend}");
        assert_eq!(
            seen.body["usage"][0],
            json!({"metric": "seats", "used": 1, "included": 3}),
            "{backend}"
        );

        // Seats: the admin and two invitations fill three; the fourth is refused with the
        // limit on the e-mail field, and nothing is created.
        let group = default_group(&app.state, &client).await;
        for who in ["ann@example.com", "bob@example.com"] {
            let r = invite(&mut admin, &group, who).await;
            assert_eq!(r.status, StatusCode::OK, "{backend}: {:?}", r.body);
        }
        let full = invite(&mut admin, &group, "cy@example.com").await;
        assert_eq!(
            full.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{backend}: {:?}",
            full.body
        );
        assert_eq!(
            full.body["Validation"]["emails"],
            "The Team plan includes 3 seats and 3 are taken by members and open invitations. Ask an Operations admin for a larger plan.",
            "{backend}"
        );
        let taken = app::backend::services::billing::seats::taken(&app.state.db, &client).await;
        assert_eq!(taken.unwrap(), 3, "{backend}");

        // A retired plan cannot be assigned; Free cannot be retired.
        let mut retired = plan("Old", "50", "9");
        retired["status"] = json!("Retired");
        let old = op
            .call(
                "/sf/operations/save_plan",
                json!({"id": "", "revision": 0, "input": retired}),
            )
            .await;
        let refused = op
            .call(
                "/sf/operations/set_account_plan",
                json!({"account_id": client, "plan_id": old.body["id"]}),
            )
            .await;
        assert_eq!(
            refused.body["Validation"]["plan"], "This plan is retired: choose an active plan.",
            "{backend}"
        );
    }
}

#[tokio::test]
async fn api_calls_counted_in_two_processes_add_up_exactly() {
    for (backend, db) in databases().await {
        // Two server processes against one database: two states, each with its own counter.
        let one = app_for(db.clone()).await;
        let two = app_for(db.clone()).await;
        let (account, _, mut console) = admin(&one).await;
        let (_, secret) =
            create_token(&mut console, json!({"account": "view", "billing": "view"})).await;
        let (_, blind) = create_token(&mut console, json!({"account": "view"})).await;
        let auth = bearer(&secret);
        for (app, calls) in [(&one, 7), (&two, 5)] {
            for _ in 0..calls {
                let r = api(app, "GET", "/api/v1/account", Some(&auth), None).await;
                assert_eq!(r.status, StatusCode::OK, "{backend}: {:?}", r.body);
            }
        }
        // A refused credential is no call of the account's.
        let wrong = api(&one, "GET", "/api/v1/account", Some("Bearer nope"), None).await;
        assert_eq!(wrong.status, StatusCode::UNAUTHORIZED, "{backend}");

        // Nothing is written per request; each process adds its counts when it flushes.
        let before = console.call("/sf/billing/overview", json!({})).await;
        assert_eq!(
            before.body["usage"][1]["used"], 0,
            "{backend}: {:?}",
            before.body
        );
        assert_eq!(usage::flush(&one.state.usage, &db).await, 7, "{backend}");
        assert_eq!(usage::flush(&two.state.usage, &db).await, 5, "{backend}");
        assert_eq!(usage::flush(&one.state.usage, &db).await, 0, "{backend}");
        let after = console.call("/sf/billing/overview", json!({})).await;
        assert_eq!(
            after.body["usage"][1],
            json!({"metric": "api_calls", "used": 12, "included": 10000}),
            "{backend}: {:?}",
            after.body
        );
        // Over REST, with Billing at view: the same figure, and every day of the range.
        let r = api(
            &one,
            "GET",
            "/api/v1/billing/usage?metric=api_calls",
            Some(&auth),
            None,
        )
        .await;
        assert_eq!(r.status, StatusCode::OK, "{backend}: {:?}", r.body);
        assert_eq!(r.body["total"], 12, "{backend}");
        assert_eq!(r.body["days"].as_array().unwrap().len(), 30, "{backend}");
        let bad = api(
            &one,
            "GET",
            "/api/v1/billing/usage?metric=api_calls&from=2020-01-01",
            Some(&auth),
            None,
        )
        .await;
        assert_eq!(
            bad.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{backend}: {:?}",
            bad.body
        );
        let o = api(&one, "GET", "/api/v1/billing", Some(&auth), None).await;
        assert_eq!(o.body["plan"]["name"], "Free", "{backend}: {:?}", o.body);
        let refused = api(&one, "GET", "/api/v1/billing", Some(&bearer(&blind)), None).await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN, "{backend}");
        let rows = usage::daily(
            &db,
            &account,
            app::model::Metric::ApiCalls,
            "2000-01-01",
            "2999-12-31",
        )
        .await;
        assert_eq!(rows.unwrap().len(), 1, "{backend}: one row for the day");
    }
}

/// Every text column of every table that contains `needle` (as `table.column`).
async fn stored_anywhere(db: &sea_orm::DatabaseConnection, needle: &str) -> Vec<String> {
    use sea_orm::{ConnectionTrait, DatabaseBackend, Statement};
    let backend = db.get_database_backend();
    let columns_sql = match backend {
        DatabaseBackend::Sqlite => "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table'",
        _ => "SELECT table_name::text, column_name::text FROM information_schema.columns WHERE table_schema = 'public'",
    };
    let cols = db
        .query_all(Statement::from_string(backend, columns_sql.to_string()))
        .await
        .unwrap();
    let mut found = vec![];
    for c in cols {
        let (t, col): (String, String) = (
            c.try_get_by_index(0).unwrap(),
            c.try_get_by_index(1).unwrap(),
        );
        let sql =
            format!("SELECT COUNT(*) FROM \"{t}\" WHERE CAST(\"{col}\" AS TEXT) LIKE '%{needle}%'");
        let n: i64 = db
            .query_one(Statement::from_string(backend, sql))
            .await
            .unwrap()
            .unwrap()
            .try_get_by_index(0)
            .unwrap();
        if n > 0 {
            found.push(format!("{t}.{col}"));
        }
    }
    found
}

/// A log sink for this test's thread.
#[derive(Clone, Default)]
struct Logs(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for Logs {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn an_admin_changes_plan_card_and_contact_and_the_card_number_is_kept_nowhere() {
    let logs = Logs::default();
    let sink = logs.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || sink.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    for (backend, db) in databases().await {
        let app = app_for(db.clone()).await;
        let (_, mut op) = operator(&app).await;
        let (client, _, mut admin) = admin(&app).await;
        let mut ids = vec![];
        for (name, seats, price) in [("Small", "2", "10"), ("Big", "50", "100")] {
            let r = op
                .call(
                    "/sf/operations/save_plan",
                    json!({"id": "", "revision": 0, "input": plan(name, seats, price)}),
                )
                .await;
            ids.push(r.body["id"].as_str().unwrap().to_string());
        }
        let (small, big) = (ids[0].clone(), ids[1].clone());
        let o = overview(&mut admin).await.body;
        assert_eq!(o["plan"]["name"], "Free", "{backend}");

        // A dearer plan applies at once; a stale revision is refused.
        let up = admin
            .call(
                "/sf/billing/change_plan",
                json!({"plan_id": big, "revision": 0}),
            )
            .await;
        assert_eq!(up.status, StatusCode::OK, "{backend}: {:?}", up.body);
        let stale = admin
            .call(
                "/sf/billing/change_plan",
                json!({"plan_id": small, "revision": 0}),
            )
            .await;
        assert_eq!(stale.status, StatusCode::CONFLICT, "{backend}");
        let o = overview(&mut admin).await.body;
        assert_eq!(o["plan"]["name"], "Big", "{backend}");
        let rev = o["revision"].as_i64().unwrap();

        // A cheaper plan than the seats taken is refused, naming both.
        add_member(
            &app.state,
            &client,
            &format!("m1.{client}@example.com").to_lowercase(),
            Role::Member,
        )
        .await;
        add_member(
            &app.state,
            &client,
            &format!("m2.{client}@example.com").to_lowercase(),
            Role::Member,
        )
        .await;
        let down = admin
            .call(
                "/sf/billing/change_plan",
                json!({"plan_id": small, "revision": rev}),
            )
            .await;
        assert_eq!(
            down.body["Validation"]["plan"],
            "The Small plan includes 2 seats and 3 are taken. Remove members or invitations first.",
            "{backend}"
        );
        // Free is cheaper and roomy enough: scheduled for the period's end, cancellable.
        let free = app::backend::migration::FREE_PLAN_ID;
        let down = admin
            .call(
                "/sf/billing/change_plan",
                json!({"plan_id": free, "revision": rev}),
            )
            .await;
        assert_eq!(down.status, StatusCode::OK, "{backend}: {:?}", down.body);
        let o = overview(&mut admin).await.body;
        assert_eq!(
            (o["plan"]["name"].clone(), o["next_plan"]["name"].clone()),
            (json!("Big"), json!("Free")),
            "{backend}"
        );
        assert_eq!(o["next_plan_from"], o["renews_on"], "{backend}");
        let cancel = admin
            .call(
                "/sf/billing/cancel_downgrade",
                json!({"revision": o["revision"]}),
            )
            .await;
        assert_eq!(
            cancel.status,
            StatusCode::OK,
            "{backend}: {:?}",
            cancel.body
        );
        let o = overview(&mut admin).await.body;
        assert!(o["next_plan"].is_null(), "{backend}");
        admin
            .call(
                "/sf/billing/change_plan",
                json!({"plan_id": free, "revision": o["revision"]}),
            )
            .await;
        use app::backend::services::billing::account_billing;
        let later = app::backend::clock::now_ms() + 40 * 86_400_000;
        assert_eq!(
            account_billing::apply_due_downgrades(&db, later)
                .await
                .unwrap(),
            1,
            "{backend}"
        );
        let o = overview(&mut admin).await.body;
        assert_eq!(o["plan"]["name"], "Free", "{backend}");
        assert_eq!(
            records_of(&app, &client, "billing.plan.downgrade_apply")
                .await
                .len(),
            1,
            "{backend}"
        );

        // The card: a wrong check digit is refused on its field, without echoing the digits.
        let rev = o["revision"].as_i64().unwrap();
        let card = |number: &str| json!({"card": {"number": number, "expiry": "12/39", "cvc": "987", "holder": "Ada Lovelace"}, "revision": rev});
        let bad = admin
            .call("/sf/billing/set_card", card("4242 4242 4242 4241"))
            .await;
        assert_eq!(
            bad.body["Validation"]["number"], "This card number is not valid: check the digits.",
            "{backend}"
        );
        let ok = admin
            .call("/sf/billing/set_card", card("4242 4242 4242 4242"))
            .await;
        assert_eq!(ok.status, StatusCode::OK, "{backend}: {:?}", ok.body);
        let o = overview(&mut admin).await.body;
        assert_eq!(o["card"]["last4"], "4242", "{backend}");
        assert_eq!(o["card"]["brand"], "Visa", "{backend}");
        for needle in ["4242424242424242", "4242 4242 4242", "4242424242424241"] {
            assert_eq!(
                stored_anywhere(&db, needle).await,
                Vec::<String>::new(),
                "{backend}: {needle}"
            );
        }
        let trail = records_of(&app, &client, "billing.card.update").await;
        assert_eq!(trail.len(), 1, "{backend}");
        let said = format!("{} {}", trail[0].summary, trail[0].changes);
        assert!(said.contains("Visa •••• 4242"), "{backend}: {said}");
        assert!(
            !said.contains("987") && !said.contains("4242 4242"),
            "{backend}: {said}"
        );

        // The billing contact.
        let rev = o["revision"].as_i64().unwrap();
        let contact = |emails: &str| {
            json!({"input": {"name": "Accounts payable", "emails": emails,
            "address": {"address_line1": "Ringstraße 1", "city": "Vienna", "postcode": "1010", "country": "AT"}, "tax_id": "ATU1"}, "revision": rev})
        };
        let bad = admin
            .call("/sf/billing/set_contact", contact("a@x.io, nope"))
            .await;
        assert_eq!(
            bad.body["Validation"]["emails"], "Not e-mail addresses: nope",
            "{backend}"
        );
        let ok = admin
            .call(
                "/sf/billing/set_contact",
                contact("ap@acme.example; cfo@acme.example"),
            )
            .await;
        assert_eq!(ok.status, StatusCode::OK, "{backend}: {:?}", ok.body);
        let o = overview(&mut admin).await.body;
        assert_eq!(
            o["contact"]["emails"], "ap@acme.example, cfo@acme.example",
            "{backend}"
        );
        assert_eq!(
            records_of(&app, &client, "billing.contact.update")
                .await
                .len(),
            1,
            "{backend}"
        );
    }
    let text = String::from_utf8_lossy(&logs.0.lock().unwrap()).to_string();
    assert!(!text.is_empty(), "the logs were captured");
    for needle in [
        "4242424242424242",
        "4242 4242 4242 4242",
        "4242 4242 4242 4241",
    ] {
        assert!(!text.contains(needle), "the card number is in the logs");
    }
}
