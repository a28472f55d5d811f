//! Invoices go out: `bill_to` keeps whom an invoice was made out to when it was issued (the
//! billing contact may change later; the invoice and its PDF do not), `mailed_at` marks the
//! invoices whose e-mail is queued (claimed by one process), and a message may carry an
//! attachment, rendered when it is sent (`messages.attachment`: `invoice:<number>`), so the
//! queue keeps no PDFs. The triggers of migration 16 now guard `bill_to` too.

use super::schema::{col, index};
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DatabaseBackend};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261207_000017_invoice_delivery"
    }
}

const SQLITE: &[&str] = &[
    "CREATE TRIGGER IF NOT EXISTS invoices_bill_to_fixed BEFORE UPDATE OF bill_to ON invoices \
     WHEN OLD.bill_to IS NOT NULL \
     BEGIN SELECT RAISE(ABORT, 'an issued invoice does not change'); END",
    // Invoices issued before this migration are not mailed now.
    "UPDATE invoices SET mailed_at = issued_at",
];

const PG: &[&str] = &[
    "CREATE OR REPLACE FUNCTION invoice_fixed() RETURNS trigger AS $$ BEGIN \
       IF TG_OP = 'DELETE' OR NEW.id <> OLD.id OR NEW.account_id <> OLD.account_id \
          OR NEW.period <> OLD.period OR NEW.currency <> OLD.currency \
          OR NEW.subtotal_minor <> OLD.subtotal_minor OR NEW.tax_rate_bp <> OLD.tax_rate_bp \
          OR NEW.tax_minor <> OLD.tax_minor OR NEW.total_minor <> OLD.total_minor \
          OR NEW.issued_at <> OLD.issued_at \
          OR (OLD.bill_to IS NOT NULL AND NEW.bill_to IS DISTINCT FROM OLD.bill_to) THEN \
         RAISE EXCEPTION 'an issued invoice does not change'; \
       END IF; RETURN NEW; END $$ LANGUAGE plpgsql",
    "UPDATE invoices SET mailed_at = issued_at",
];

fn add(table: &str, column: ColumnDef) -> TableAlterStatement {
    Table::alter()
        .table(Alias::new(table))
        .add_column(column)
        .to_owned()
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite's ALTER TABLE adds one at a time.
        manager
            .alter_table(add("invoices", col("bill_to").text().null().to_owned()))
            .await?;
        manager
            .alter_table(add(
                "invoices",
                col("mailed_at").big_integer().null().to_owned(),
            ))
            .await?;
        manager
            .alter_table(add(
                "messages",
                col("attachment").string().null().to_owned(),
            ))
            .await?;
        // The mailing job looks for invoices not mailed yet; the list filters by status.
        manager
            .create_index(index(
                "ix_invoices_mailed",
                "invoices",
                &["mailed_at"],
                false,
            ))
            .await?;
        manager
            .create_index(index(
                "ix_invoices_status",
                "invoices",
                &["account_id", "status", "issued_at", "id"],
                false,
            ))
            .await?;
        let db = manager.get_connection();
        let sql = match manager.get_database_backend() {
            DatabaseBackend::Postgres => PG,
            _ => SQLITE,
        };
        for s in sql {
            db.execute_unprepared(s).await?;
        }
        Ok(())
    }
}
