//! `seed-demo`, continued: billing. The operator's Team and Business plans, the demo account
//! on Team for a year with a billing contact and daily usage, and the invoices of the last
//! three months (the first one paid), so Billing, its chart and Invoices have something to
//! show.

use app::backend::clock::now_ms;
use app::backend::entities::account;
use app::backend::services::acting::Acting;
use app::backend::services::billing::{invoice_admin, invoicing, periods, plans, usage_counter};
use app::backend::services::tenancy::operations;
use app::model::{Currency, InvoiceStatus, Metric};
use app::validation::{PlanInput, PriceInput};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    Statement,
};

fn e(err: app::error::AppError) -> anyhow::Error {
    anyhow::anyhow!("{err:?}")
}

fn plan_input(name: &str, seats: &str, calls: &str, eur: &str, usd: &str) -> PlanInput {
    let price = |currency, monthly: &str| PriceInput {
        currency,
        monthly: monthly.into(),
        api_overage: "0.50".into(),
        events_overage: "0.10".into(),
    };
    PlanInput {
        name: name.into(),
        status: app::model::PlanStatus::Active,
        seats: seats.into(),
        api_calls: calls.into(),
        events: "1,000,000".into(),
        prices: vec![price(Currency::Eur, eur), price(Currency::Usd, usd)],
    }
}

/// A plan of that name, made if the catalogue has none.
async fn ensure_plan(
    db: &DatabaseConnection,
    who: &Acting,
    input: PlanInput,
) -> anyhow::Result<String> {
    if let Some(p) = plans::list(db, false)
        .await
        .map_err(e)?
        .into_iter()
        .find(|p| p.name == input.name)
    {
        return Ok(p.id);
    }
    let valid = input.validate().map_err(|f| anyhow::anyhow!("{f:?}"))?;
    Ok(plans::create(db, who, valid).await.map_err(e)?.id)
}

pub async fn seed_billing(db: &DatabaseConnection, client: &str) -> anyhow::Result<()> {
    let ops = account::Entity::find()
        .filter(account::Column::Kind.eq(operations::KIND))
        .order_by_desc(account::Column::CreatedAt)
        .one(db)
        .await?
        .ok_or_else(|| anyhow::anyhow!("no Operations account"))?
        .id;
    let who = Acting {
        operations: true,
        ..Acting::system(&ops, "server seed-demo")
    };
    let team = ensure_plan(db, &who, plan_input("Team", "25", "100,000", "49", "59")).await?;
    ensure_plan(
        db,
        &who,
        plan_input("Business", "100", "1,000,000", "199", "229"),
    )
    .await?;
    plans::assign(db, &who, client, &team).await.map_err(e)?;
    let profile = plans::profile_of(db, client).await.map_err(e)?;
    invoice_admin::set_tax_rate(db, &who, client, 1900, profile.revision)
        .await
        .map_err(e)?;
    // A customer for a year: the account, its plan and no change to bill pro rata.
    let now = now_ms();
    let year_ago = now - 366 * 86_400_000;
    for sql in [
        format!("UPDATE accounts SET created_at = {year_ago} WHERE id = '{client}'"),
        format!("UPDATE billing_profiles SET plan_since = {year_ago}, contact_name = 'Accounts Payable', contact_emails = 'ap@northwind.example' WHERE account_id = '{client}'"),
        format!("DELETE FROM billing_adjustments WHERE account_id = '{client}'"),
    ] {
        db.execute(Statement::from_string(db.get_database_backend(), sql))
            .await?;
    }
    // Weekdays busier than weekends, growing over the year.
    for back in 0..365i64 {
        let at = now - back * 86_400_000;
        let day = periods::day(at, "Europe/Berlin");
        // 1970-01-01 was a Thursday: 0 is Monday, 5 and 6 the weekend.
        let weekday = (at.div_euclid(86_400_000) + 3).rem_euclid(7);
        let base = 1_500 + (365 - back) * 6;
        let calls = if weekday >= 5 {
            base / 4
        } else {
            base + (back * 37) % 400
        };
        usage_counter::add_row(db, client, Metric::ApiCalls, &day, calls)
            .await
            .map_err(e)?;
        usage_counter::add_row(db, client, Metric::Seats, &day, 8)
            .await
            .map_err(e)?;
    }
    // The last three months' invoices, oldest first so the numbers follow the periods.
    let mut ats = vec![];
    let mut at = now;
    for _ in 0..3 {
        ats.push(at);
        let (start, _, _) = periods::previous_period(at, "Europe/Berlin");
        at = periods::day_start(&start, "Europe/Berlin").unwrap_or(at) + 3_600_000;
    }
    let mut first = None;
    for at in ats.into_iter().rev() {
        if let Some(inv) = invoicing::close_period(db, client, at).await.map_err(e)? {
            first.get_or_insert(inv);
        }
    }
    if let Some(inv) = first {
        invoice_admin::set_status(db, &who, client, &inv.id, InvoiceStatus::Paid, inv.revision)
            .await
            .map_err(e)?;
    }
    Ok(())
}
