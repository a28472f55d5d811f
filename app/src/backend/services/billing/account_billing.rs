//! What a client account's own admins change in Billing: the plan (an upgrade applies at
//! once, a downgrade waits for the period's end and can be cancelled), the card and the
//! billing contact. Each change is revision-checked (`profiles::store`) and audited.
//!
//! Cards go through a [`PaymentProvider`]. The default, [`RecordOnly`], keeps only what
//! `validation::CardSummary` holds (brand, last four digits, expiry, holder); the full number
//! and the CVC are dropped once checked and never reach the database, the logs, the audit
//! trail or an error message. A processor's tokenisation plugs in as another provider (see
//! docs/ARCHITECTURE.md).

use super::{periods, plans, profiles, seats};
use crate::backend::clock::now_ms;
use crate::backend::entities::{account, billing_profile};
use crate::backend::services::acting::Acting;
use crate::backend::services::audit;
use crate::error::AppError;
use crate::model::{Currency, PlanStatus};
use crate::validation::{
    Address, BillingContactInput, CardBrand, CardInput, CardSummary, ValidBillingContact,
};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use std::future::Future;

/// Where a checked card goes; returns what the account keeps of it.
pub trait PaymentProvider: Sync {
    fn store_card(
        &self,
        account_id: &str,
        card: &CardInput,
        summary: CardSummary,
    ) -> impl Future<Output = Result<CardSummary, AppError>> + Send;
}

/// The default provider: charges nothing, keeps the summary only.
pub struct RecordOnly;

impl PaymentProvider for RecordOnly {
    async fn store_card(
        &self,
        _account_id: &str,
        _card: &CardInput,
        summary: CardSummary,
    ) -> Result<CardSummary, AppError> {
        Ok(summary)
    }
}

pub fn card_of(p: &billing_profile::Model) -> Option<CardSummary> {
    Some(CardSummary {
        brand: CardBrand::parse(p.card_brand.as_deref()?)?,
        last4: p.card_last4.clone()?,
        exp_month: p.card_exp_month?,
        exp_year: p.card_exp_year?,
        holder: p.card_holder.clone().unwrap_or_default(),
    })
}

pub fn contact_of(p: &billing_profile::Model) -> BillingContactInput {
    let s = |v: &Option<String>| v.clone().unwrap_or_default();
    BillingContactInput {
        name: s(&p.contact_name),
        emails: s(&p.contact_emails).replace(',', ", "),
        address: Address {
            address_line1: s(&p.address_line1),
            address_line2: s(&p.address_line2),
            city: s(&p.city),
            region: s(&p.region),
            postcode: s(&p.postcode),
            country: s(&p.country),
        },
        tax_id: s(&p.tax_id),
    }
}

async fn client_account(db: &DatabaseConnection, id: &str) -> Result<account::Model, AppError> {
    account::Entity::find_by_id(id.to_string())
        .one(db)
        .await?
        .filter(|a| a.kind != crate::backend::services::tenancy::operations::KIND)
        .ok_or(AppError::NotFound)
}

fn stale(current: &billing_profile::Model, revision: i64) -> Result<(), AppError> {
    if current.revision != revision {
        return Err(AppError::Conflict(
            "Someone changed this account's billing meanwhile. Reload, then try again.".into(),
        ));
    }
    Ok(())
}

/// Moves the account to `plan_id`: a dearer plan at once, a cheaper one at the period's end
/// (refused while more seats are taken than it includes).
pub async fn change_plan(
    db: &DatabaseConnection,
    who: &Acting,
    plan_id: &str,
    revision: i64,
) -> Result<(), AppError> {
    let a = client_account(db, &who.account_id).await?;
    let tx = audit::begin(db, &a.id).await?;
    let current = plans::profile_of(&tx, &a.id).await?;
    stale(&current, revision)?;
    let chosen = plans::get(&tx, plan_id)
        .await
        .map_err(|_| AppError::field("plan", "Choose a plan from the list."))?;
    if chosen.status != PlanStatus::Active {
        return Err(AppError::field(
            "plan",
            "This plan is retired: choose an active plan.",
        ));
    }
    if chosen.id == current.plan_id {
        return Err(AppError::field(
            "plan",
            "The account is on this plan already.",
        ));
    }
    let now_plan = plans::get(&tx, &current.plan_id).await?;
    let currency = Currency::parse(&current.currency).unwrap_or_default();
    let price = |p: &crate::model::PlanDto| p.price(currency).map(|x| x.monthly_minor);
    let (Some(new_price), Some(old_price)) = (price(&chosen), price(&now_plan)) else {
        return Err(AppError::field(
            "plan",
            "This plan is not sold in the account's currency.",
        ));
    };
    let upgrade =
        new_price > old_price || (new_price == old_price && chosen.seats > now_plan.seats);
    let (_, renews) = periods::period(now_ms(), &a.timezone);
    let (changed, entry) = if upgrade {
        let now = now_ms();
        super::invoicing::record_change(&tx, &a, &current, &now_plan, &chosen, now).await?;
        let changed = profiles::switched(current, &chosen.id, now);
        let entry = profiles::entry(
            &a,
            "billing.plan.upgrade",
            format!("Upgraded from {} to {}", now_plan.name, chosen.name),
            vec![audit::masked(
                "plan",
                Some(now_plan.name.clone()),
                Some(chosen.name.clone()),
            )],
        );
        (changed, entry)
    } else {
        let taken = seats::taken(&tx, &a.id).await?;
        if taken > chosen.seats {
            return Err(AppError::field(
                "plan",
                format!(
                    "The {} plan includes {} seats and {} are taken. Remove members or invitations first.",
                    chosen.name, chosen.seats, taken
                ),
            ));
        }
        let changed = billing_profile::Model {
            next_plan_id: Some(chosen.id.clone()),
            next_plan_from: Some(renews.clone()),
            ..current
        };
        let entry = profiles::entry(
            &a,
            "billing.plan.downgrade",
            format!(
                "Scheduled a downgrade from {} to {} on {}",
                now_plan.name, chosen.name, renews
            ),
            vec![audit::masked(
                "next_plan",
                None,
                Some(format!("{} from {renews}", chosen.name)),
            )],
        );
        (changed, entry)
    };
    profiles::store(&tx, changed, &who.actor.name).await?;
    audit::append(&tx, &a.id, &who.actor, &who.client, entry).await?;
    tx.commit().await?;
    Ok(())
}

/// Cancels a scheduled downgrade.
pub async fn cancel_downgrade(
    db: &DatabaseConnection,
    who: &Acting,
    revision: i64,
) -> Result<(), AppError> {
    let a = client_account(db, &who.account_id).await?;
    let tx = audit::begin(db, &a.id).await?;
    let current = plans::profile_of(&tx, &a.id).await?;
    stale(&current, revision)?;
    let Some(next) = current.next_plan_id.clone() else {
        return Err(AppError::BadRequest("No downgrade is scheduled.".into()));
    };
    let next_name = plans::get(&tx, &next).await.map(|p| p.name).unwrap_or(next);
    let changed = billing_profile::Model {
        next_plan_id: None,
        next_plan_from: None,
        ..current
    };
    profiles::store(&tx, changed, &who.actor.name).await?;
    audit::append(
        &tx,
        &a.id,
        &who.actor,
        &who.client,
        profiles::entry(
            &a,
            "billing.plan.downgrade_cancel",
            format!("Cancelled the downgrade to {next_name}"),
            vec![audit::masked("next_plan", Some(next_name.clone()), None)],
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Checks the card (`today` = the server's year and month) and keeps what the provider
/// returns. Nothing of the number but its last four digits is written anywhere.
pub async fn set_card(
    db: &DatabaseConnection,
    who: &Acting,
    provider: &impl PaymentProvider,
    card: &CardInput,
    revision: i64,
    today: (i64, i64),
) -> Result<CardSummary, AppError> {
    let summary = card.validate(today).map_err(AppError::Validation)?;
    let a = client_account(db, &who.account_id).await?;
    let tx = audit::begin(db, &a.id).await?;
    let current = plans::profile_of(&tx, &a.id).await?;
    stale(&current, revision)?;
    let kept = provider.store_card(&a.id, card, summary).await?;
    let before = card_of(&current).map(|c| c.label());
    let changed = billing_profile::Model {
        card_brand: Some(kept.brand.name().into()),
        card_last4: Some(kept.last4.clone()),
        card_exp_month: Some(kept.exp_month),
        card_exp_year: Some(kept.exp_year),
        card_holder: Some(kept.holder.clone()),
        ..current
    };
    profiles::store(&tx, changed, &who.actor.name).await?;
    audit::append(
        &tx,
        &a.id,
        &who.actor,
        &who.client,
        profiles::entry(
            &a,
            "billing.card.update",
            format!("Set the payment card to {}", kept.label()),
            vec![
                audit::masked("card", before, Some(kept.label())),
                audit::masked(
                    "card_expiry",
                    None,
                    Some(format!("{:02}/{}", kept.exp_month, kept.exp_year)),
                ),
            ],
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(kept)
}

/// The billing contact and address.
pub async fn set_contact(
    db: &DatabaseConnection,
    who: &Acting,
    v: ValidBillingContact,
    revision: i64,
) -> Result<(), AppError> {
    let a = client_account(db, &who.account_id).await?;
    let tx = audit::begin(db, &a.id).await?;
    let current = plans::profile_of(&tx, &a.id).await?;
    stale(&current, revision)?;
    let emails = v
        .emails
        .iter()
        .map(|e| e.as_str().to_string())
        .collect::<Vec<_>>()
        .join(",");
    let fields = |p: &billing_profile::Model| {
        vec![
            ("contact_name", p.contact_name.clone()),
            ("contact_emails", p.contact_emails.clone()),
            ("address_line1", p.address_line1.clone()),
            ("address_line2", p.address_line2.clone()),
            ("city", p.city.clone()),
            ("region", p.region.clone()),
            ("postcode", p.postcode.clone()),
            ("country", p.country.clone()),
            ("tax_id", p.tax_id.clone()),
        ]
    };
    let before = fields(&current);
    let changed = billing_profile::Model {
        contact_name: Some(v.name.clone()),
        contact_emails: Some(emails),
        address_line1: v.address.address_line1.clone(),
        address_line2: v.address.address_line2.clone(),
        city: v.address.city.clone(),
        region: v.address.region.clone(),
        postcode: v.address.postcode.clone(),
        country: v.address.country.clone(),
        tax_id: (!v.tax_id.is_empty()).then(|| v.tax_id.clone()),
        ..current
    };
    let after = fields(&changed);
    profiles::store(&tx, changed, &who.actor.name).await?;
    audit::append(
        &tx,
        &a.id,
        &who.actor,
        &who.client,
        profiles::entry(
            &a,
            "billing.contact.update",
            "Changed the billing contact".into(),
            audit::diff(&before, &after),
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Applies the downgrades whose day has come (in each account's zone); the accounts moved.
pub async fn apply_due_downgrades(db: &DatabaseConnection, now: i64) -> Result<usize, AppError> {
    let due = billing_profile::Entity::find()
        .filter(billing_profile::Column::NextPlanId.is_not_null())
        .all(db)
        .await?;
    let mut moved = 0;
    for p in due {
        let Ok(a) = client_account(db, &p.account_id).await else {
            continue;
        };
        let today = periods::day(now, &a.timezone);
        if p.next_plan_from
            .as_deref()
            .is_none_or(|d| d > today.as_str())
        {
            continue;
        }
        let tx = audit::begin(db, &a.id).await?;
        let current = plans::profile_of(&tx, &a.id).await?;
        let Some(next) = current.next_plan_id.clone() else {
            continue;
        };
        let (from, to) = (
            plans::get(&tx, &current.plan_id).await?.name,
            plans::get(&tx, &next).await?.name,
        );
        let changed = profiles::switched(current, &next, now);
        profiles::store(&tx, changed, "System").await?;
        let system = crate::backend::services::audit::Actor::system("Billing");
        audit::append(
            &tx,
            &a.id,
            &system,
            &Default::default(),
            profiles::entry(
                &a,
                "billing.plan.downgrade_apply",
                format!("Moved from {from} to {to} at the start of the period"),
                vec![audit::masked("plan", Some(from), Some(to))],
            ),
        )
        .await?;
        tx.commit().await?;
        moved += 1;
    }
    Ok(moved)
}
