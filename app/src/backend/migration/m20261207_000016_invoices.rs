//! Invoices: one per client account and period (unique), numbered without gaps across the
//! operator (`INV-2026-000123`, from `invoice_counters` inside the closing transaction), with
//! their lines. An issued invoice never changes: triggers on both databases refuse any
//! change to its amounts, account, period or number, any change or removal of its lines, and
//! its removal; only its status moves (Open → Paid or Void). `billing_adjustments` holds the
//! pro-rata amounts of plan changes until the next invoice takes them; `previous_plan_id`
//! tells a period's closing which plan was in effect when a change came after its end.

use super::schema::{big, col, index, key, table, text, text_null};
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DatabaseBackend};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261207_000016_invoices"
    }
}

const SQLITE_TRIGGERS: &[&str] = &[
    "CREATE TRIGGER IF NOT EXISTS invoices_fixed BEFORE UPDATE OF id, account_id, period, \
     currency, subtotal_minor, tax_rate_bp, tax_minor, total_minor, issued_at ON invoices \
     BEGIN SELECT RAISE(ABORT, 'an issued invoice does not change'); END",
    "CREATE TRIGGER IF NOT EXISTS invoices_kept BEFORE DELETE ON invoices \
     BEGIN SELECT RAISE(ABORT, 'an issued invoice does not change'); END",
    "CREATE TRIGGER IF NOT EXISTS invoice_lines_fixed BEFORE UPDATE ON invoice_lines \
     BEGIN SELECT RAISE(ABORT, 'an issued invoice does not change'); END",
    "CREATE TRIGGER IF NOT EXISTS invoice_lines_kept BEFORE DELETE ON invoice_lines \
     BEGIN SELECT RAISE(ABORT, 'an issued invoice does not change'); END",
];

const PG_TRIGGERS: &[&str] = &[
    "CREATE OR REPLACE FUNCTION invoice_fixed() RETURNS trigger AS $$ BEGIN \
       IF TG_OP = 'DELETE' OR NEW.id <> OLD.id OR NEW.account_id <> OLD.account_id \
          OR NEW.period <> OLD.period OR NEW.currency <> OLD.currency \
          OR NEW.subtotal_minor <> OLD.subtotal_minor OR NEW.tax_rate_bp <> OLD.tax_rate_bp \
          OR NEW.tax_minor <> OLD.tax_minor OR NEW.total_minor <> OLD.total_minor \
          OR NEW.issued_at <> OLD.issued_at THEN \
         RAISE EXCEPTION 'an issued invoice does not change'; \
       END IF; RETURN NEW; END $$ LANGUAGE plpgsql",
    "CREATE OR REPLACE FUNCTION invoice_line_fixed() RETURNS trigger AS $$ BEGIN \
       RAISE EXCEPTION 'an issued invoice does not change'; END $$ LANGUAGE plpgsql",
    "CREATE TRIGGER invoices_fixed BEFORE UPDATE OR DELETE ON invoices \
     FOR EACH ROW EXECUTE FUNCTION invoice_fixed()",
    "CREATE TRIGGER invoice_lines_fixed BEFORE UPDATE OR DELETE ON invoice_lines \
     FOR EACH ROW EXECUTE FUNCTION invoice_line_fixed()",
];

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(table(
                "invoices",
                vec![
                    // The number: INV-<year>-<six digits>.
                    key("id"),
                    text("account_id"),
                    // The period's first day (the account's), YYYY-MM-DD.
                    text("period"),
                    text("period_end"),
                    big("issued_at"),
                    big("due_at"),
                    text("currency"),
                    big("subtotal_minor"),
                    big("tax_rate_bp"),
                    big("tax_minor"),
                    big("total_minor"),
                    // Open, Paid or Void.
                    text("status"),
                    big("status_at"),
                    text_null("status_by"),
                    big("revision"),
                ],
            ))
            .await?;
        manager
            .create_index(index(
                "ux_invoices_period",
                "invoices",
                &["account_id", "period"],
                true,
            ))
            .await?;
        manager
            .create_index(index(
                "ix_invoices_issued",
                "invoices",
                &["account_id", "issued_at", "id"],
                false,
            ))
            .await?;
        let mut lines = Table::create();
        lines
            .table(Alias::new("invoice_lines"))
            .if_not_exists()
            .col(col("invoice_id").string().not_null().to_owned())
            .col(col("position").big_integer().not_null().to_owned())
            .col(text("kind"))
            .col(text("description"))
            .col(big("quantity"))
            .col(big("unit_minor"))
            .col(big("amount_minor"))
            .primary_key(
                Index::create()
                    .col(Alias::new("invoice_id"))
                    .col(Alias::new("position")),
            );
        manager.create_table(lines.to_owned()).await?;
        manager
            .create_table(table("invoice_counters", vec![key("year"), big("next")]))
            .await?;
        manager
            .create_table(table(
                "billing_adjustments",
                vec![
                    key("id"),
                    text("account_id"),
                    big("at"),
                    text("description"),
                    text("currency"),
                    big("amount_minor"),
                    // The invoice that took it; NULL until then.
                    text_null("invoice_id"),
                ],
            ))
            .await?;
        manager
            .create_index(index(
                "ix_billing_adjustments_open",
                "billing_adjustments",
                &["account_id", "invoice_id"],
                false,
            ))
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Alias::new("billing_profiles"))
                    .add_column(col("previous_plan_id").string().null().to_owned())
                    .to_owned(),
            )
            .await?;
        let db = manager.get_connection();
        let triggers = match manager.get_database_backend() {
            DatabaseBackend::Postgres => PG_TRIGGERS,
            _ => SQLITE_TRIGGERS,
        };
        for sql in triggers {
            db.execute_unprepared(sql).await?;
        }
        Ok(())
    }
}
