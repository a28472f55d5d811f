//! Billing: the operator's plan catalogue (`plans`, one price row per currency in
//! `plan_prices`), each client account's billing profile (its plan and currency; no row means
//! the Free plan in euros) and the daily usage per account and metric (`usage_daily`, days in
//! the account's time zone), which every server process adds its in-memory counts to.
//! Money is integer minor units with an ISO currency code, never floating point.

use super::schema::{big, big_null, key, keyed, table, text, text_null};
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261207_000015_billing"
    }
}

/// The seeded plan every client account is on until Operations assigns another.
pub const FREE_PLAN_ID: &str = "PLN-0000-0001";

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(table(
                "plans",
                vec![
                    key("id"),
                    text("name"),
                    text("status"),
                    big("seats"),
                    big("api_calls"),
                    big("events"),
                    big("revision"),
                    big("created_at"),
                    big("updated_at"),
                    text_null("updated_by"),
                ],
            ))
            .await?;
        manager
            .create_index(super::schema::index(
                "ux_plans_name",
                "plans",
                &["name"],
                true,
            ))
            .await?;
        manager
            .create_table(keyed(
                "plan_prices",
                &["plan_id", "currency"],
                vec![
                    big("monthly_minor"),
                    big("api_overage_minor"),
                    big("events_overage_minor"),
                ],
            ))
            .await?;
        manager
            .create_table(table(
                "billing_profiles",
                vec![
                    key("account_id"),
                    text("plan_id"),
                    text("currency"),
                    // When the current plan began (ms): the period's pro-rata start.
                    big("plan_since"),
                    // A downgrade waiting for the period's end (cancellable), and the
                    // day (the account's) it applies.
                    text_null("next_plan_id"),
                    text_null("next_plan_from"),
                    // Tax on invoices in basis points (1900 = 19%), set by Operations.
                    big("tax_rate_bp"),
                    // The card: only what may be kept (brand, last four, expiry, holder).
                    text_null("card_brand"),
                    text_null("card_last4"),
                    big_null("card_exp_month"),
                    big_null("card_exp_year"),
                    text_null("card_holder"),
                    // The card (`MM/YYYY`) whose expiry reminder went out, so it goes once.
                    text_null("card_reminded"),
                    // The billing contact: invoices go to `contact_emails` (comma-separated).
                    text_null("contact_name"),
                    text_null("contact_emails"),
                    text_null("address_line1"),
                    text_null("address_line2"),
                    text_null("city"),
                    text_null("region"),
                    text_null("postcode"),
                    text_null("country"),
                    text_null("tax_id"),
                    big("revision"),
                    big("updated_at"),
                    text_null("updated_by"),
                ],
            ))
            .await?;
        manager
            .create_index(super::schema::index(
                "ix_billing_profiles_plan",
                "billing_profiles",
                &["plan_id"],
                false,
            ))
            .await?;
        manager
            .create_table(keyed(
                "usage_daily",
                &["account_id", "metric", "day"],
                vec![big("value")],
            ))
            .await?;

        // One row per usage alert sent (account, period, measure, threshold): the insert
        // that wins sends the mail, so no alert goes out twice.
        manager
            .create_table(keyed(
                "usage_alerts",
                &["account_id", "period", "metric", "threshold"],
                vec![],
            ))
            .await?;

        let plan = Query::insert()
            .into_table(Alias::new("plans"))
            .columns(
                [
                    "id",
                    "name",
                    "status",
                    "seats",
                    "api_calls",
                    "events",
                    "revision",
                    "created_at",
                    "updated_at",
                ]
                .map(Alias::new),
            )
            .values([
                FREE_PLAN_ID.into(),
                "Free".into(),
                "Active".into(),
                10i64.into(),
                10_000i64.into(),
                100_000i64.into(),
                1i64.into(),
                0i64.into(),
                0i64.into(),
            ])
            .map_err(|e| DbErr::Custom(e.to_string()))?
            .to_owned();
        manager.exec_stmt(plan).await?;
        for currency in ["EUR", "USD", "GBP", "CHF"] {
            let price = Query::insert()
                .into_table(Alias::new("plan_prices"))
                .columns(
                    [
                        "plan_id",
                        "currency",
                        "monthly_minor",
                        "api_overage_minor",
                        "events_overage_minor",
                    ]
                    .map(Alias::new),
                )
                .values([
                    FREE_PLAN_ID.into(),
                    currency.into(),
                    0i64.into(),
                    0i64.into(),
                    0i64.into(),
                ])
                .map_err(|e| DbErr::Custom(e.to_string()))?
                .to_owned();
            manager.exec_stmt(price).await?;
        }
        Ok(())
    }
}
