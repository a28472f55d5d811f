//! Invoices after they are issued, on SQLite and PostgreSQL: the PDF (read back with
//! `pdftotext`), the e-mail to the billing contacts with the PDF attached (queued once however
//! many processes look), the operator's Paid / Void and tax rate (revision-checked, audited,
//! nobody else may), and the list's filters, keyset pages and CSV.

use crate::common::audit::records_of;
use crate::common::billing::{operator, plan, put_on_plan, ready_for_closing};
use crate::common::rest::*;
use crate::common::*;
use app::backend::services::billing::{invoice_delivery, invoicing, periods, usage_counter};
use app::model::{Currency, Metric, Money};
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use serde_json::json;
use tower::ServiceExt;

/// GET `path` with a bearer token: status, content type and the raw body.
async fn get_bytes(app: &TestApp, path: &str, auth: &str) -> (StatusCode, String, Vec<u8>) {
    let req = Request::builder()
        .uri(path)
        .header(header::HOST, "console.test")
        .header(header::AUTHORIZATION, auth)
        .body(Body::empty())
        .unwrap();
    let res = app.router.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let kind = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let bytes = axum::body::to_bytes(res.into_body(), 10 << 20)
        .await
        .unwrap();
    (status, kind, bytes.to_vec())
}

/// The text of a PDF as `pdftotext` reads it.
fn pdf_text(bytes: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("pdf-{}", app::backend::crypto::random_secret(8)));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("invoice.pdf");
    std::fs::write(&file, bytes).unwrap();
    let out = std::process::Command::new("pdftotext")
        .arg("-layout")
        .arg(&file)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed by .ci/setup");
    std::fs::remove_dir_all(&dir).ok();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[tokio::test]
async fn an_issued_invoice_goes_out_as_pdf_and_e_mail_and_only_the_operator_settles_it() {
    for (backend, db) in databases().await {
        let app = app_for(db.clone()).await;
        let (_, mut op) = operator(&app).await;
        let (client, _, mut console) = admin(&app).await;
        // €1,000.00 a month, 1,000 calls included, €0.50 per started 1,000 beyond.
        put_on_plan(&mut op, &client, plan("Scale", "5", "1000")).await;
        let billing = op
            .call(
                "/sf/operations/account_billing",
                json!({"account_id": client}),
            )
            .await;
        assert_eq!(
            billing.status,
            StatusCode::OK,
            "{backend}: {:?}",
            billing.body
        );
        let revision = billing.body["revision"].as_i64().unwrap();
        // The tax rate is checked on its field; a client admin cannot set it.
        let bad = op
            .call(
                "/sf/operations/set_tax_rate",
                json!({"account_id": client, "rate": "101", "revision": revision}),
            )
            .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{backend}");
        assert!(
            bad.body["Validation"]["tax_rate"].is_string(),
            "{backend}: {:?}",
            bad.body
        );
        let theirs = console
            .call(
                "/sf/operations/set_tax_rate",
                json!({"account_id": client, "rate": "0", "revision": revision}),
            )
            .await;
        assert_eq!(theirs.status, StatusCode::FORBIDDEN, "{backend}");
        let set = op
            .call(
                "/sf/operations/set_tax_rate",
                json!({"account_id": client, "rate": "19", "revision": revision}),
            )
            .await;
        assert_eq!(set.status, StatusCode::OK, "{backend}: {:?}", set.body);
        let stale = op
            .call(
                "/sf/operations/set_tax_rate",
                json!({"account_id": client, "rate": "7", "revision": revision}),
            )
            .await;
        assert_eq!(stale.status, StatusCode::CONFLICT, "{backend}");
        assert_eq!(
            records_of(&app, &client, "billing.tax_rate.set")
                .await
                .len(),
            1
        );
        // Invoices go to the billing contact's addresses.
        let contact = console
            .call(
                "/sf/billing/set_contact",
                json!({"input": {"name": "Pat Books", "emails": "books@example.com, ap@example.com",
                    "address": {"address_line1": "Hafenstraße 1", "city": "Hamburg",
                        "postcode": "20457", "country": "DE"},
                    "tax_id": "DE123456789"}, "revision": revision + 1}),
            )
            .await;
        assert_eq!(
            contact.status,
            StatusCode::OK,
            "{backend}: {:?}",
            contact.body
        );
        ready_for_closing(&db, &[&client]).await;
        let now = app::backend::clock::now_ms();
        let (start, _, _) = periods::previous_period(now, "UTC");
        usage_counter::add_row(&db, &client, Metric::ApiCalls, &start, 2500)
            .await
            .unwrap();
        let inv = invoicing::close_period(&db, &client, now)
            .await
            .unwrap()
            .unwrap();
        // 1,000.00 + 2 × 0.50 = 1,001.00; 19% tax 190.19; total 1,191.19.
        assert_eq!(inv.total_minor, 119_119, "{backend}: {:?}", inv);

        // Two processes look for invoices to mail at once: the mails are queued once.
        let (a, b) = tokio::join!(
            invoice_delivery::mail_issued(&app.state),
            invoice_delivery::mail_issued(&app.state)
        );
        assert_eq!(a.unwrap() + b.unwrap(), 1, "{backend}");
        assert_eq!(invoice_delivery::mail_issued(&app.state).await.unwrap(), 0);
        for to in ["books@example.com", "ap@example.com"] {
            let mails = mails_to(&app.state, to).await;
            assert_eq!(mails.len(), 1, "{backend}: {to}");
            let m = &mails[0];
            assert!(m.contains(&inv.id), "{backend}");
            assert!(
                m.contains("Content-Type: application/pdf"),
                "{backend}: {m}"
            );
            assert!(
                m.contains(&format!("filename=\"{}.pdf\"", inv.id)),
                "{backend}"
            );
        }
        // The Messages log names the file the mail carried.
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        let logged = app::backend::entities::message::Entity::find()
            .filter(app::backend::entities::message::Column::Recipient.eq("books@example.com"))
            .one(&db)
            .await
            .unwrap()
            .unwrap();
        let details = console
            .call("/sf/notifications/message", json!({"id": logged.id}))
            .await;
        assert_eq!(
            details.body["attachment"],
            json!(format!("{}.pdf", inv.id)),
            "{backend}: {:?}",
            details.body
        );

        // The PDF over REST, in German: its text has the number, the bill-to and the total.
        let (_, secret) = create_token(&mut console, json!({"billing": "view"})).await;
        let auth = bearer(&secret);
        let path = format!("/api/v1/billing/invoices/{}/pdf?lang=de", inv.id);
        let (status, kind, bytes) = get_bytes(&app, &path, &auth).await;
        assert_eq!(
            (status, kind.as_str()),
            (StatusCode::OK, "application/pdf"),
            "{backend}"
        );
        assert!(bytes.starts_with(b"%PDF-"), "{backend}");
        let text = pdf_text(&bytes);
        let total = Money {
            minor: 119_119,
            currency: Currency::Eur,
        }
        .format("de");
        assert_eq!(total, "1.191,19\u{a0}€");
        // pdftotext may write the no-break space as a plain one.
        let (text, total) = (text.replace('\u{a0}', " "), total.replace('\u{a0}', " "));
        for needle in [
            inv.id.as_str(),
            total.as_str(),
            "Pat Books",
            "DE123456789",
            "Rechnung",
        ] {
            assert!(text.contains(needle), "{backend}: {needle} not in\n{text}");
        }
        // Another account's invoice is not found; a language we do not write is a field error.
        let (other, _) = account_with(&app.state, "Initech", app::permissions::Role::Admin).await;
        assert!(
            invoice_delivery::pdf(&db, &other, &inv.id, Default::default())
                .await
                .is_err()
        );
        let (status, _, _) = get_bytes(&app, &format!("{path}x"), &auth).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{backend}");

        // Open → Paid by the operator, once, audited in the client's trail.
        let mark = |rev: i64, status: &str| json!({"account_id": client, "id": inv.id, "status": status, "revision": rev});
        let denied = console
            .call(
                "/sf/operations/set_invoice_status",
                mark(inv.revision, "Paid"),
            )
            .await;
        assert_eq!(denied.status, StatusCode::FORBIDDEN, "{backend}");
        let paid = op
            .call(
                "/sf/operations/set_invoice_status",
                mark(inv.revision, "Paid"),
            )
            .await;
        assert_eq!(paid.status, StatusCode::OK, "{backend}: {:?}", paid.body);
        assert_eq!(paid.body["status"], "Paid");
        let again = op
            .call(
                "/sf/operations/set_invoice_status",
                mark(inv.revision + 1, "Void"),
            )
            .await;
        assert_eq!(
            again.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{backend}: paid stays paid"
        );
        let stale = op
            .call(
                "/sf/operations/set_invoice_status",
                mark(inv.revision, "Void"),
            )
            .await;
        assert_ne!(stale.status, StatusCode::OK, "{backend}");
        assert_eq!(
            records_of(&app, &client, "billing.invoice.paid")
                .await
                .len(),
            1
        );
        // The amounts did not move.
        let after = invoicing::get(&db, &client, &inv.id).await.unwrap();
        assert_eq!(after.total_minor, inv.total_minor, "{backend}");
    }
}

#[tokio::test]
async fn the_invoice_list_filters_by_status_and_day_pages_and_exports() {
    for (backend, db) in databases().await {
        let app = app_for(db.clone()).await;
        let (_, mut op) = operator(&app).await;
        let (client, _, mut console) = admin(&app).await;
        put_on_plan(&mut op, &client, plan("Team", "5", "10")).await;
        ready_for_closing(&db, &[&client]).await;
        // Five periods closed: the five months before this one.
        let now = app::backend::clock::now_ms();
        let mut at = now;
        for _ in 0..5 {
            let inv = invoicing::close_period(&db, &client, at)
                .await
                .unwrap()
                .unwrap();
            at = periods::day_start(&inv.period, "UTC").unwrap() + 3_600_000;
        }
        let paid = app::model::InvoiceStatus::Paid.as_str();
        use sea_orm::{ConnectionTrait, Statement};
        db.execute(Statement::from_string(
            db.get_database_backend(),
            format!("UPDATE invoices SET status = '{paid}' WHERE account_id = '{client}' AND period < '{}'",
                periods::previous_period(now, "UTC").0),
        ))
        .await
        .unwrap();
        let page = |filters: serde_json::Value, limit: u64, cursor: Option<String>| json!({"params": {"filters": filters, "limit": limit, "cursor": cursor}});
        let first = console
            .call("/sf/billing/invoices_page", page(json!({}), 2, None))
            .await;
        assert_eq!(first.status, StatusCode::OK, "{backend}: {:?}", first.body);
        assert_eq!(first.body["total"], 5, "{backend}");
        assert_eq!(first.body["rows"].as_array().unwrap().len(), 2);
        let cursor = first.body["next_cursor"].as_str().unwrap().to_string();
        let second = console
            .call(
                "/sf/billing/invoices_page",
                page(json!({}), 2, Some(cursor)),
            )
            .await;
        let ids = |r: &Reply| -> Vec<String> {
            r.body["rows"]
                .as_array()
                .unwrap()
                .iter()
                .map(|x| x["id"].as_str().unwrap().to_string())
                .collect()
        };
        let (a, b) = (ids(&first), ids(&second));
        assert_eq!(b.len(), 2, "{backend}");
        assert!(a.iter().all(|x| !b.contains(x)), "{backend}: pages overlap");
        // Newest first: the later number first.
        assert!(a[0] > a[1] && a[1] > b[0], "{backend}: {a:?} {b:?}");
        let only_paid = console
            .call(
                "/sf/billing/invoices_page",
                page(json!({"status": "Paid"}), 25, None),
            )
            .await;
        assert_eq!(only_paid.body["total"], 4, "{backend}");
        let today = periods::day(now, "UTC");
        let yesterday = periods::day(now - 86_400_000, "UTC");
        let issued_today = console
            .call(
                "/sf/billing/invoices_page",
                page(json!({"from": today, "to": today}), 25, None),
            )
            .await;
        assert_eq!(issued_today.body["total"], 5, "{backend}");
        let before = console
            .call(
                "/sf/billing/invoices_page",
                page(json!({"to": yesterday}), 25, None),
            )
            .await;
        assert_eq!(before.body["total"], 0, "{backend}");
        let backwards = console
            .call(
                "/sf/billing/invoices_page",
                page(json!({"from": today, "to": yesterday}), 25, None),
            )
            .await;
        assert_eq!(
            backwards.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{backend}"
        );
        assert!(backwards.body["Validation"]["to"].is_string(), "{backend}");
        let bad_status = console
            .call(
                "/sf/billing/invoices_page",
                page(json!({"status": "Lost"}), 25, None),
            )
            .await;
        assert!(
            bad_status.body["Validation"]["status"].is_string(),
            "{backend}"
        );
        // The CSV has every match, not one page.
        let csv = console
            .call(
                "/sf/billing/invoices_export",
                page(json!({"status": "Paid"}), 2, None),
            )
            .await;
        let text = csv.body.as_str().unwrap().to_string();
        assert_eq!(text.lines().count(), 5, "{backend}: {text}");
        assert!(
            text.lines().skip(1).all(|l| l.ends_with(",Paid")),
            "{backend}"
        );
        // Over REST, the same filters and cursor.
        let (_, secret) = create_token(&mut console, json!({"billing": "view"})).await;
        let auth = bearer(&secret);
        let open = api(
            &app,
            "GET",
            "/api/v1/billing/invoices?status=Open",
            Some(&auth),
            None,
        )
        .await;
        assert_eq!(
            open.body["data"].as_array().unwrap().len(),
            1,
            "{backend}: {:?}",
            open.body
        );
        let r1 = api(
            &app,
            "GET",
            "/api/v1/billing/invoices?limit=3",
            Some(&auth),
            None,
        )
        .await;
        let next = r1.body["pagination"]["next_cursor"]
            .as_str()
            .unwrap()
            .to_string();
        let r2 = api(
            &app,
            "GET",
            &format!("/api/v1/billing/invoices?limit=3&cursor={next}"),
            Some(&auth),
            None,
        )
        .await;
        assert_eq!(r2.body["data"].as_array().unwrap().len(), 2, "{backend}");
        assert_eq!(r2.body["pagination"]["has_more"], false, "{backend}");
    }
}
