//! Billing's jobs on SQLite and PostgreSQL: usage alerts once per period and threshold, the
//! card-expiry reminder once per card, and the period closing: one numbered invoice per account
//! and period, whatever runs it twice, which never changes once issued.

use crate::common::audit::records_of;
use crate::common::billing::{billing_recipient, operator, plan};
use crate::common::rest::*;
use crate::common::*;
use app::permissions::Role;
use axum::http::StatusCode;
use serde_json::json;

#[tokio::test]
async fn usage_alerts_go_out_once_per_period_at_80_and_100_percent() {
    use app::backend::services::billing::{periods, usage_alerts, usage_counter};
    for (backend, db) in databases().await {
        let app = app_for(db.clone()).await;
        let (_, mut op) = operator(&app).await;
        let (client, email, mut console) = admin(&app).await;
        billing_recipient(&app, &mut console, &email).await;
        let mut small = plan("Tiny", "5", "1");
        small["api_calls"] = json!("10");
        let made = op
            .call(
                "/sf/operations/save_plan",
                json!({"id": "", "revision": 0, "input": small}),
            )
            .await;
        op.call(
            "/sf/operations/set_account_plan",
            json!({"account_id": client, "plan_id": made.body["id"]}),
        )
        .await;
        let now = app::backend::clock::now_ms();
        let today = periods::day(now, "UTC");
        let alerts = |label| {
            let state = app.state.clone();
            async move { usage_alerts::run_once(&state, label, now).await.unwrap() }
        };
        usage_counter::add_row(&db, &client, app::model::Metric::ApiCalls, &today, 7)
            .await
            .unwrap();
        assert_eq!(alerts("a").await, 0, "{backend}: 70% is no alert");
        usage_counter::add_row(&db, &client, app::model::Metric::ApiCalls, &today, 1)
            .await
            .unwrap();
        assert_eq!(alerts("a").await, 1, "{backend}: 80%");
        assert_eq!(alerts("a").await, 0, "{backend}: once per period");
        usage_counter::add_row(&db, &client, app::model::Metric::ApiCalls, &today, 5)
            .await
            .unwrap();
        assert_eq!(alerts("a").await, 1, "{backend}: 130% is the 100% alert");
        // Another process does not take the job while the lease is held.
        assert_eq!(alerts("b").await, 0, "{backend}");
        deliver_mail(&app.state).await;
        let mails = mails_to(&app.state, &email).await;
        let subjects: Vec<_> = mails
            .iter()
            .filter(|m| m.contains("of the plan's API calls used"))
            .collect();
        assert_eq!(subjects.len(), 2, "{backend}: {mails:?}");
    }
}

#[tokio::test]
async fn a_card_expiring_within_30_days_is_reminded_once() {
    use app::backend::services::billing::{card_reminders, periods};
    for (backend, db) in databases().await {
        let app = app_for(db.clone()).await;
        let (_, email, mut console) = admin(&app).await;
        billing_recipient(&app, &mut console, &email).await;
        let now = app::backend::clock::now_ms();
        // A card that is valid to the end of this month.
        let (year, month) = periods::year_month(now);
        let expiry = format!("{month:02}/{}", year % 100);
        let r = console
            .call(
                "/sf/billing/set_card",
                json!({"card": {"number": "5555 5555 5555 4444", "expiry": expiry, "cvc": "123", "holder": "Ada"}, "revision": 0}),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{backend}: {:?}", r.body);
        // The 15th of this month is within 30 days of its end: due then, once; 40 days
        // earlier nothing is.
        let mid = app::validation::parse_date(&format!("{year:04}-{month:02}-15")).unwrap()
            * 86_400_000
            + 12 * 3_600_000;
        assert_eq!(
            card_reminders::run_once(&app.state, mid - 40 * 86_400_000)
                .await
                .unwrap(),
            0,
            "{backend}"
        );
        assert_eq!(
            card_reminders::run_once(&app.state, mid).await.unwrap(),
            1,
            "{backend}"
        );
        assert_eq!(
            card_reminders::run_once(&app.state, mid).await.unwrap(),
            0,
            "{backend}"
        );
        let mails = mails_to(&app.state, &email).await;
        assert_eq!(
            mails
                .iter()
                .filter(|m| m.contains("the payment card expires soon"))
                .count(),
            1,
            "{backend}"
        );
        assert!(
            // The body is quoted-printable: the dots are encoded, the brand and digits are not.
            mails
                .iter()
                .any(|m| m.contains("Mastercard") && m.contains("4444")),
            "{backend}"
        );
    }
}

#[tokio::test]
async fn closing_a_period_issues_one_numbered_invoice_that_never_changes() {
    use app::backend::entities::billing_profile;
    use app::backend::services::billing::{invoicing, periods, usage_counter};
    use sea_orm::{ActiveModelTrait, ConnectionTrait, EntityTrait, Set, Statement};
    for (backend, db) in databases().await {
        let app = app_for(db.clone()).await;
        let (_, mut op) = operator(&app).await;
        let (client, _, mut console) = admin(&app).await;
        let (other, _) = account_with(&app.state, "Initech", Role::Admin).await;
        // Team: €10.00 a month, 1,000 calls included, €0.50 per started 1,000 beyond.
        let made = op
            .call(
                "/sf/operations/save_plan",
                json!({"id": "", "revision": 0, "input": plan("Team", "5", "10")}),
            )
            .await;
        op.call(
            "/sf/operations/set_account_plan",
            json!({"account_id": client, "plan_id": made.body["id"]}),
        )
        .await;
        // 19% tax, and 2,500 calls in the month that ended.
        let mut p: billing_profile::ActiveModel =
            billing_profile::Entity::find_by_id(client.clone())
                .one(&db)
                .await
                .unwrap()
                .unwrap()
                .into();
        // The accounts existed before the period; the plan was set before it too.
        p.tax_rate_bp = Set(1900);
        p.plan_since = Set(0);
        p.update(&db).await.unwrap();
        for id in [&client, &other] {
            db.execute(Statement::from_string(
                db.get_database_backend(),
                format!("UPDATE accounts SET created_at = 0 WHERE id = '{id}'"),
            ))
            .await
            .unwrap();
        }
        let now = app::backend::clock::now_ms();
        let (start, _, end_ms) = periods::previous_period(now, "UTC");
        let last = periods::day(end_ms - 1, "UTC");
        usage_counter::add_row(&db, &client, app::model::Metric::ApiCalls, &start, 2000)
            .await
            .unwrap();
        usage_counter::add_row(&db, &client, app::model::Metric::ApiCalls, &last, 500)
            .await
            .unwrap();
        // This period's calls are not last period's.
        usage_counter::add_row(
            &db,
            &client,
            app::model::Metric::ApiCalls,
            &periods::day(now, "UTC"),
            9999,
        )
        .await
        .unwrap();

        // Two closers at once: one invoice.
        let (a, b) = tokio::join!(
            invoicing::close_period(&db, &client, now),
            invoicing::close_period(&db, &client, now)
        );
        let made: Vec<_> = [a.unwrap(), b.unwrap()].into_iter().flatten().collect();
        assert_eq!(made.len(), 1, "{backend}");
        let inv = &made[0];
        let year = periods::year_month(now).0;
        assert_eq!(inv.id, format!("INV-{year}-000001"), "{backend}");
        assert_eq!(inv.period, start, "{backend}");
        let amounts: Vec<i64> = inv.lines.iter().map(|l| l.amount_minor).collect();
        assert_eq!(amounts, vec![1000, 100], "{backend}: {:?}", inv.lines);
        assert_eq!(
            (inv.subtotal_minor, inv.tax_minor, inv.total_minor),
            (1100, 209, 1309),
            "{backend}"
        );
        assert!(
            invoicing::close_period(&db, &client, now)
                .await
                .unwrap()
                .is_none(),
            "{backend}"
        );
        // The next account's invoice takes the next number: no gap.
        let next = invoicing::close_period(&db, &other, now)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(next.id, format!("INV-{year}-000002"), "{backend}");
        assert_eq!(next.total_minor, 0, "{backend}: Free");

        // An issued invoice never changes; its status may.
        let sql = |s: &str| Statement::from_string(db.get_database_backend(), s.to_string());
        let id = &inv.id;
        assert!(
            db.execute(sql(&format!(
                "UPDATE invoices SET total_minor = 1 WHERE id = '{id}'"
            )))
            .await
            .is_err(),
            "{backend}"
        );
        assert!(
            db.execute(sql(&format!(
                "DELETE FROM invoice_lines WHERE invoice_id = '{id}'"
            )))
            .await
            .is_err(),
            "{backend}"
        );
        assert!(
            db.execute(sql(&format!("DELETE FROM invoices WHERE id = '{id}'")))
                .await
                .is_err(),
            "{backend}"
        );
        db.execute(sql(&format!(
            "UPDATE invoices SET status = 'Paid' WHERE id = '{id}'"
        )))
        .await
        .unwrap();
        let again = invoicing::get(&db, &client, id).await.unwrap();
        assert_eq!(
            (again.total_minor, again.lines.len()),
            (1309, 2),
            "{backend}"
        );
        assert_eq!(
            records_of(&app, &client, "billing.invoice.issue")
                .await
                .len(),
            1,
            "{backend}"
        );
        // Another account cannot read it.
        assert!(invoicing::get(&db, &other, id).await.is_err(), "{backend}");
        // A token with Billing at view reads the list and the invoice over REST.
        let (_, secret) = create_token(&mut console, json!({"billing": "view"})).await;
        let auth = bearer(&secret);
        let listed = api(&app, "GET", "/api/v1/billing/invoices", Some(&auth), None).await;
        assert_eq!(
            listed.body["data"][0]["id"],
            json!(id),
            "{backend}: {:?}",
            listed.body
        );
        let one = api(
            &app,
            "GET",
            &format!("/api/v1/billing/invoices/{id}"),
            Some(&auth),
            None,
        )
        .await;
        assert_eq!(one.body["total_minor"], 1309, "{backend}");
        assert_eq!(one.body["lines"].as_array().unwrap().len(), 2, "{backend}");
    }
}
