//! `server billing close-period`: what the closing job does, on demand, for operators and
//! tests. Prints one line per account; a period already invoiced is said so and left alone.

use app::backend::clock::now_ms;
use app::backend::services::billing::invoicing;
use app::model::Money;
use sea_orm::DatabaseConnection;

pub async fn close_period(
    db: &DatabaseConnection,
    account: Option<String>,
    at: Option<String>,
) -> anyhow::Result<()> {
    let err = |e: app::error::AppError| anyhow::anyhow!("{e:?}");
    let at_ms = match at.as_deref() {
        // Noon UTC of that day: inside the day in every time zone but the most extreme.
        Some(day) => app::validation::parse_date(day)
            .map(|d| d * app::validation::DAY_MS + 12 * 3_600_000)
            .ok_or_else(|| anyhow::anyhow!("--at: enter a date as YYYY-MM-DD"))?,
        None => now_ms(),
    };
    let ids = match account {
        Some(a) => vec![a],
        None => invoicing::client_accounts(db).await.map_err(err)?,
    };
    for id in ids {
        match invoicing::close_period(db, &id, at_ms).await.map_err(err)? {
            Some(inv) => println!(
                "{id}: {} for {} to {}, total {}",
                inv.id,
                inv.period,
                inv.period_end,
                Money {
                    minor: inv.total_minor,
                    currency: inv.currency
                }
                .format("en")
            ),
            None => println!("{id}: already invoiced (or the account is newer than the period)"),
        }
    }
    Ok(())
}
