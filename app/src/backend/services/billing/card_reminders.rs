//! A reminder in the "Billing and invoices" category 30 days before the card on file expires
//! (a card is valid to the end of its expiry month). Sent once per card: the profile keeps
//! the expiry it reminded of, set in the same conditional update that claims the reminder, so
//! two processes never both send it.

use super::account_billing::card_of;
use crate::backend::entities::{account, billing_profile};
use crate::backend::services::mail::mail_queue::{self, OutgoingMail, To};
use crate::backend::services::mail::mail_recipients::resolve_recipients;
use crate::backend::state::AppState;
use crate::error::AppError;
use crate::i18n::tr_args;
use crate::model::Category;
use crate::validation::DAY_MS;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter};

/// Days since 1970-01-01 of the first day after the card's expiry month.
fn valid_until(month: i64, year: i64) -> Option<i64> {
    let (y, m) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    crate::validation::parse_date(&format!("{y:04}-{m:02}-01"))
}

/// Sends the reminders due at `now`; the number sent.
pub async fn run_once(state: &AppState, now: i64) -> Result<usize, AppError> {
    let db = &state.db;
    let today = now.div_euclid(DAY_MS);
    let with_cards = billing_profile::Entity::find()
        .filter(billing_profile::Column::CardExpYear.is_not_null())
        .all(db)
        .await?;
    let mut sent = 0;
    for p in with_cards {
        let Some(card) = card_of(&p) else { continue };
        let Some(end) = valid_until(card.exp_month, card.exp_year) else {
            continue;
        };
        let expiry = format!("{:02}/{}", card.exp_month, card.exp_year);
        if today < end - 30 || today >= end || p.card_reminded.as_deref() == Some(&expiry) {
            continue;
        }
        // Claim it: only the update that still sees another value (or none) sends.
        let claimed = billing_profile::Entity::update_many()
            .col_expr(
                billing_profile::Column::CardReminded,
                Expr::value(expiry.clone()),
            )
            .filter(billing_profile::Column::AccountId.eq(&p.account_id))
            .filter(
                Condition::any()
                    .add(billing_profile::Column::CardReminded.is_null())
                    .add(billing_profile::Column::CardReminded.ne(expiry.clone())),
            )
            .exec(db)
            .await?;
        if claimed.rows_affected == 0 {
            continue;
        }
        let Some(a) = account::Entity::find_by_id(p.account_id.clone())
            .one(db)
            .await?
        else {
            continue;
        };
        for r in resolve_recipients(db, &a.id, Category::Billing).await? {
            let args = [
                ("account", a.name.clone()),
                ("card", card.label()),
                ("expiry", expiry.clone()),
                (
                    "url",
                    format!("{}/settings/billing", state.config.link_base),
                ),
            ];
            mail_queue::enqueue(
                state,
                OutgoingMail {
                    account_id: Some(a.id.clone()),
                    category: Category::Billing,
                    to: To::User(r.user_id),
                    subject: tr_args(r.language, "mail-card-expiring-subject", &args),
                    body: tr_args(r.language, "mail-card-expiring-body", &args),
                    language: r.language,
                },
            )
            .await?;
        }
        sent += 1;
    }
    Ok(sent)
}
