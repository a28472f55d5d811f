//! Billing: the operator's plan catalogue, each client account's plan, and usage.
//!
//! Design:
//! - Only client accounts are billed. The Operations account is never limited by a plan.
//! - An account without a `billing_profiles` row is on the Free plan (seeded by migration
//!   15) in euros, so no account is ever without a plan.
//! - Usage is counted per account, metric and day, where the day is in the account's time
//!   zone. API calls are counted in each server process's memory (`usage_counter`) and added
//!   to `usage_daily` at least every 10 seconds and at shutdown. That is one upsert per
//!   account and day, not one write per request, and several processes add up exactly.
//! - Seats are the account's Active and Invited memberships. An invitation that would pass
//!   the plan's seats is refused inside the invitation's own transaction (`seats`).
//! - Only the platform operator (`Acting::operations`) changes the catalogue or an account's
//!   plan. The services check that themselves, so every edge agrees.

pub mod account_billing;
pub mod card_reminders;
pub mod invoice_admin;
pub mod invoice_delivery;
pub mod invoice_list;
pub mod invoice_pdf;
pub mod invoicing;
pub mod periods;
pub mod plans;
pub mod profiles;
pub mod seats;
pub mod usage;
pub mod usage_alerts;
pub mod usage_counter;
