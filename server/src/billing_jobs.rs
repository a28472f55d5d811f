//! Billing's background work, run by every server process; leases and conditional claims in
//! the database make each piece happen once however many processes run it.

use app::backend::services::billing::{
    account_billing, card_reminders, invoice_delivery, invoicing, usage, usage_alerts,
};
use app::backend::AppState;

/// Every 10 seconds: this process's API-call counts into the database, and the e-mails of
/// invoices just issued (by the closing job or `server billing close-period`).
pub async fn every_ten_seconds(state: &AppState) {
    usage::flush(&state.usage, &state.db).await;
    match invoice_delivery::mail_issued(state).await {
        Ok(0) => {}
        Ok(n) => tracing::info!(invoices = n, "invoice e-mails queued"),
        Err(e) => tracing::warn!(error = ?e, "invoice mailing failed"),
    }
}

/// Every 5 minutes: seats, scheduled downgrades, usage alerts, card reminders, and the
/// closing of periods that ended.
pub async fn every_five_minutes(state: &AppState, holder: &str, now: i64) {
    if let Err(e) = usage::record_seats(&state.db, holder, now).await {
        tracing::warn!(error = ?e, "seat usage job failed");
    }
    match account_billing::apply_due_downgrades(&state.db, now).await {
        Ok(0) => {}
        Ok(n) => tracing::info!(accounts = n, "scheduled downgrades applied"),
        Err(e) => tracing::warn!(error = ?e, "downgrade job failed"),
    }
    match usage_alerts::run_once(state, holder, now).await {
        Ok(0) => {}
        Ok(n) => tracing::info!(alerts = n, "usage alerts sent"),
        Err(e) => tracing::warn!(error = ?e, "usage alert job failed"),
    }
    match card_reminders::run_once(state, now).await {
        Ok(0) => {}
        Ok(n) => tracing::info!(cards = n, "card expiry reminders sent"),
        Err(e) => tracing::warn!(error = ?e, "card reminder job failed"),
    }
    match invoicing::close_due(&state.db, holder, now).await {
        Ok(0) => {}
        Ok(n) => tracing::info!(invoices = n, "periods closed"),
        Err(e) => tracing::warn!(error = ?e, "period closing failed"),
    }
}
