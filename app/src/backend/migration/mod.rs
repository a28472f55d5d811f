//! Schema migrations, applied at every start (idempotent) and by `server migrate`.

use sea_orm_migration::prelude::*;

mod m20261123_000001_init;
mod m20261123_000002_people;
mod m20261123_000003_api_tokens;
mod m20261123_000004_audit_trail;
mod m20261123_000005_trading;
mod m20261124_000006_two_step;
mod m20261124_000007_notifications;
mod m20261124_000008_profile;
mod m20261124_000009_message_search;
mod m20261203_000010_security;
mod m20261203_000011_list_indexes;
mod m20261203_000012_account_modules;
mod m20261203_000013_list_filters;
mod m20261203_000014_trading_search;
mod m20261207_000015_billing;
mod m20261207_000016_invoices;
mod m20261207_000017_invoice_delivery;
mod schema;

pub use m20261207_000015_billing::FREE_PLAN_ID;

pub struct Migrator;

#[sea_orm_migration::async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261123_000001_init::Migration),
            Box::new(m20261123_000002_people::Migration),
            Box::new(m20261123_000003_api_tokens::Migration),
            Box::new(m20261123_000004_audit_trail::Migration),
            Box::new(m20261123_000005_trading::Migration),
            Box::new(m20261124_000006_two_step::Migration),
            Box::new(m20261124_000007_notifications::Migration),
            Box::new(m20261124_000008_profile::Migration),
            Box::new(m20261124_000009_message_search::Migration),
            Box::new(m20261203_000010_security::Migration),
            Box::new(m20261203_000011_list_indexes::Migration),
            Box::new(m20261203_000012_account_modules::Migration),
            Box::new(m20261203_000013_list_filters::Migration),
            Box::new(m20261203_000014_trading_search::Migration),
            Box::new(m20261207_000015_billing::Migration),
            Box::new(m20261207_000016_invoices::Migration),
            Box::new(m20261207_000017_invoice_delivery::Migration),
        ]
    }
}
