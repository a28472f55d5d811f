//! Closing a period: one invoice per client account and period, whatever runs it twice.
//!
//! Design:
//! - The closing runs inside the account's audit-chain lock (`audit::begin`). A second
//!   closer of the same account waits for the first one, then finds its invoice and stops.
//!   The unique (account, period) index is the last word if anything slipped through.
//! - Numbers come from `invoice_counters`, one row per year of issue, incremented in the same
//!   transaction as the invoice. A closing that rolls back also gives its number back, so the
//!   numbers have no gaps across the operator (`INV-2026-000123`).
//! - Lines:
//!   1. The monthly fee of the plan in effect at the period's end. That is the current plan,
//!      or the previous one when the change came after the end (a downgrade at the next
//!      period's start, an upgrade before the closing ran).
//!   2. The pro-rata adjustments of plan changes made during the period (`record_change`):
//!      the days before the change at the old price instead of the new one.
//!   3. Overage per started 1,000 API calls and events beyond the plan's.
//!   4. Tax at the profile's rate, rounded half away from zero.
//! - An issued invoice never changes (database triggers, migration 16). Only its status moves.

use super::{periods, plans, usage};
use crate::backend::clock::now_ms;
use crate::backend::entities::{
    account, billing_adjustment, billing_profile, invoice, invoice_counter, invoice_line,
};
use crate::backend::services::audit::{self, Actor, AuditEntry};
use crate::backend::services::jobs;
use crate::backend::services::tenancy::operations::KIND as OPERATIONS_KIND;
use crate::error::AppError;
use crate::model::{Currency, InvoiceDto, InvoiceLineDto, InvoiceStatus, Metric, PlanDto};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};

/// Days to pay an invoice.
const DUE_DAYS: i64 = 14;

/// Records what a plan change made at `now` does to this period's invoice: the days before
/// it are charged at the old price. The closing bills the new plan for the whole period, so
/// the credit is (old − new) × elapsed / days. A negative amount is a credit.
pub async fn record_change<C: ConnectionTrait>(
    conn: &C,
    account: &account::Model,
    profile: &billing_profile::Model,
    from: &PlanDto,
    to: &PlanDto,
    now: i64,
) -> Result<(), AppError> {
    let currency = Currency::parse(&profile.currency).unwrap_or_default();
    let price = |p: &PlanDto| p.price(currency).map_or(0, |x| x.monthly_minor);
    let (elapsed, days) = periods::elapsed_days(now, &account.timezone);
    let amount = rounded(
        i128::from(price(from) - price(to)) * i128::from(elapsed),
        i128::from(days),
    );
    if amount == 0 {
        return Ok(());
    }
    billing_adjustment::ActiveModel {
        id: Set(crate::backend::crypto::random_secret(16)),
        account_id: Set(account.id.clone()),
        at: Set(now),
        description: Set(format!(
            "{} → {}: {elapsed} of {days} days at the earlier price",
            from.name, to.name
        )),
        currency: Set(currency.code().into()),
        amount_minor: Set(amount),
        invoice_id: Set(None),
    }
    .insert(conn)
    .await?;
    Ok(())
}

/// `num / den` rounded half away from zero.
fn rounded(num: i128, den: i128) -> i64 {
    if den == 0 {
        return 0;
    }
    let q = (num.abs() * 2 + den.abs()) / (den.abs() * 2);
    let signed = if (num < 0) != (den < 0) { -q } else { q };
    signed.clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64
}

pub(super) fn dto(i: invoice::Model, lines: Vec<invoice_line::Model>) -> InvoiceDto {
    InvoiceDto {
        currency: Currency::parse(&i.currency).unwrap_or_default(),
        status: InvoiceStatus::parse(&i.status).unwrap_or_default(),
        revision: i.revision,
        id: i.id,
        account_id: i.account_id,
        period: i.period,
        period_end: i.period_end,
        issued_at: i.issued_at,
        due_at: i.due_at,
        subtotal_minor: i.subtotal_minor,
        tax_rate_bp: i.tax_rate_bp,
        tax_minor: i.tax_minor,
        total_minor: i.total_minor,
        lines: lines
            .into_iter()
            .map(|l| InvoiceLineDto {
                kind: l.kind,
                description: l.description,
                quantity: l.quantity,
                unit_minor: l.unit_minor,
                amount_minor: l.amount_minor,
            })
            .collect(),
    }
}

/// One invoice of the account, with its lines.
pub async fn get<C: ConnectionTrait>(
    conn: &C,
    account_id: &str,
    id: &str,
) -> Result<InvoiceDto, AppError> {
    let i = invoice::Entity::find_by_id(id.trim().to_string())
        .filter(invoice::Column::AccountId.eq(account_id))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)?;
    let lines = invoice_line::Entity::find()
        .filter(invoice_line::Column::InvoiceId.eq(&i.id))
        .order_by_asc(invoice_line::Column::Position)
        .all(conn)
        .await?;
    Ok(dto(i, lines))
}

/// The next number of `year`, taken inside the caller's transaction.
async fn next_number<C: ConnectionTrait>(conn: &C, year: i64) -> Result<String, AppError> {
    let y = year.to_string();
    invoice_counter::Entity::insert(invoice_counter::ActiveModel {
        year: Set(y.clone()),
        next: Set(0),
    })
    .on_conflict(
        OnConflict::column(invoice_counter::Column::Year)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(conn)
    .await?;
    invoice_counter::Entity::update_many()
        .col_expr(
            invoice_counter::Column::Next,
            Expr::col(invoice_counter::Column::Next).add(1i64),
        )
        .filter(invoice_counter::Column::Year.eq(&y))
        .exec(conn)
        .await?;
    let n = invoice_counter::Entity::find_by_id(y)
        .one(conn)
        .await?
        .map_or(1, |c| c.next);
    Ok(format!("INV-{year}-{n:06}"))
}

/// A line for the measure's use beyond the plan, per started 1,000.
fn overage(
    kind: &str,
    label: &str,
    used: i64,
    included: i64,
    per_1000: i64,
) -> Option<invoice_line::Model> {
    let extra = used - included;
    if extra <= 0 || per_1000 <= 0 {
        return None;
    }
    let units = (extra + 999) / 1000;
    Some(invoice_line::Model {
        invoice_id: String::new(),
        position: 0,
        kind: kind.into(),
        description: format!("{label} beyond the plan's {included}: {extra}, per started 1,000"),
        quantity: units,
        unit_minor: per_1000,
        amount_minor: units.saturating_mul(per_1000),
    })
}

/// Closes the period before the one at `at` for a client account; None when its invoice
/// exists already (or the account did not exist during that period).
pub async fn close_period(
    db: &DatabaseConnection,
    account_id: &str,
    at: i64,
) -> Result<Option<InvoiceDto>, AppError> {
    let a = account::Entity::find_by_id(account_id.to_string())
        .one(db)
        .await?
        .filter(|a| a.kind != OPERATIONS_KIND)
        .ok_or(AppError::NotFound)?;
    let (start, end, end_ms) = periods::previous_period(at, &a.timezone);
    if a.created_at >= end_ms {
        return Ok(None);
    }
    let tx = audit::begin(db, &a.id).await?;
    let exists = invoice::Entity::find()
        .filter(invoice::Column::AccountId.eq(&a.id))
        .filter(invoice::Column::Period.eq(&start))
        .count(&tx)
        .await?;
    if exists > 0 {
        return Ok(None);
    }
    let profile = plans::profile_of(&tx, &a.id).await?;
    let plan_id = match &profile.previous_plan_id {
        Some(prev) if profile.plan_since >= end_ms => prev.clone(),
        _ => profile.plan_id.clone(),
    };
    let plan = plans::get(&tx, &plan_id).await?;
    let currency = Currency::parse(&profile.currency).unwrap_or_default();
    let price = plan.price(currency).unwrap_or_default();
    let mut lines = vec![invoice_line::Model {
        invoice_id: String::new(),
        position: 0,
        kind: "plan".into(),
        description: format!("{} plan, {start} to {end}", plan.name),
        quantity: 1,
        unit_minor: price.monthly_minor,
        amount_minor: price.monthly_minor,
    }];
    let adjustments = billing_adjustment::Entity::find()
        .filter(billing_adjustment::Column::AccountId.eq(&a.id))
        .filter(billing_adjustment::Column::InvoiceId.is_null())
        .filter(billing_adjustment::Column::At.lt(end_ms))
        .order_by_asc(billing_adjustment::Column::At)
        .all(&tx)
        .await?;
    for adj in &adjustments {
        lines.push(invoice_line::Model {
            invoice_id: String::new(),
            position: 0,
            kind: "adjustment".into(),
            description: adj.description.clone(),
            quantity: 1,
            unit_minor: adj.amount_minor,
            amount_minor: adj.amount_minor,
        });
    }
    let last_day = periods::day(end_ms - 1, &a.timezone);
    let calls = usage::total(&tx, &a.id, Metric::ApiCalls, &start, &last_day).await?;
    let events = usage::total(&tx, &a.id, Metric::Events, &start, &last_day).await?;
    lines.extend(overage(
        "api_calls",
        "API calls",
        calls,
        plan.api_calls,
        price.api_overage_minor,
    ));
    lines.extend(overage(
        "events",
        "Events",
        events,
        plan.events,
        price.events_overage_minor,
    ));
    let subtotal: i64 = lines.iter().map(|l| l.amount_minor).sum();
    let tax = rounded(
        i128::from(subtotal) * i128::from(profile.tax_rate_bp),
        10_000,
    );
    let now = now_ms();
    let year = i64::from(
        jiff::Timestamp::from_millisecond(now)
            .map(|t| t.to_zoned(jiff::tz::TimeZone::UTC).year())
            .unwrap_or(1970),
    );
    let number = next_number(&tx, year).await?;
    let row = invoice::Model {
        id: number.clone(),
        account_id: a.id.clone(),
        period: start.clone(),
        period_end: end.clone(),
        issued_at: now,
        due_at: now + DUE_DAYS * 86_400_000,
        currency: currency.code().into(),
        subtotal_minor: subtotal,
        tax_rate_bp: profile.tax_rate_bp,
        tax_minor: tax,
        total_minor: subtotal + tax,
        status: InvoiceStatus::Open.as_str().into(),
        status_at: now,
        status_by: None,
        revision: 1,
        bill_to: serde_json::to_string(&super::invoice_delivery::bill_to(&a, &profile)).ok(),
        mailed_at: None,
    };
    invoice::ActiveModel::from(row.clone())
        .reset_all()
        .insert(&tx)
        .await?;
    for (i, mut l) in lines.into_iter().enumerate() {
        l.invoice_id = number.clone();
        l.position = i as i64 + 1;
        invoice_line::ActiveModel::from(l)
            .reset_all()
            .insert(&tx)
            .await?;
    }
    if !adjustments.is_empty() {
        billing_adjustment::Entity::update_many()
            .col_expr(
                billing_adjustment::Column::InvoiceId,
                Expr::value(number.clone()),
            )
            .filter(billing_adjustment::Column::Id.is_in(adjustments.iter().map(|x| x.id.clone())))
            .exec(&tx)
            .await?;
    }
    audit::append(
        &tx,
        &a.id,
        &Actor::system("Billing"),
        &Default::default(),
        AuditEntry {
            action: "billing.invoice.issue".into(),
            object_type: "invoice".into(),
            object_id: number.clone(),
            object_name: number.clone(),
            summary: format!("Issued {number} for {start} to {end}"),
            changes: vec![audit::masked(
                "total_minor",
                None,
                Some(format!("{} {}", subtotal + tax, currency.code())),
            )],
        },
    )
    .await?;
    let out = get(&tx, &a.id, &number).await?;
    tx.commit().await?;
    Ok(Some(out))
}

/// Every client account's id.
pub async fn client_accounts(db: &DatabaseConnection) -> Result<Vec<String>, AppError> {
    Ok(account::Entity::find()
        .select_only()
        .column(account::Column::Id)
        .filter(account::Column::Kind.ne(OPERATIONS_KIND))
        .into_tuple()
        .all(db)
        .await?)
}

/// Closes the last period of every client account that has no invoice for it yet, under a
/// lease; the invoices issued.
pub async fn close_due(db: &DatabaseConnection, holder: &str, now: i64) -> Result<usize, AppError> {
    if !jobs::take_lease(db, "billing-close", holder, now, 10 * 60_000).await? {
        return Ok(0);
    }
    let ids = client_accounts(db).await?;
    let mut issued = 0;
    for id in ids {
        if close_period(db, &id, now).await?.is_some() {
            issued += 1;
        }
    }
    Ok(issued)
}
