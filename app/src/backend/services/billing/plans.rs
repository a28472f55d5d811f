//! The plan catalogue (Operations → Plans) and each client account's plan. Changes are the
//! platform operator's only (checked here, whatever the edge), revision-checked and recorded
//! in the operator's trail; an assignment is also recorded in the client account's trail.

use crate::backend::clock::now_ms;
use crate::backend::entities::{account, billing_profile, plan, plan_price};
use crate::backend::migration::FREE_PLAN_ID;
use crate::backend::services::acting::Acting;
use crate::backend::services::audit::{self, AuditEntry};
use crate::backend::services::tenancy::operations::KIND as OPERATIONS_KIND;
use crate::error::AppError;
use crate::ids::{generate, IdKind};
use crate::model::{Currency, PlanDto, PlanPrice, PlanStatus};
use crate::validation::ValidPlan;
use sea_orm::sea_query::{Expr, Func};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, Set,
};

fn require_operator(who: &Acting) -> Result<(), AppError> {
    if who.operations {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

fn conflict(p: &plan::Model) -> AppError {
    AppError::Conflict(format!(
        "{} changed this plan after you loaded it. Reload, then try again.",
        p.updated_by.clone().unwrap_or_else(|| "Someone".into())
    ))
}

fn dto(p: plan::Model, prices: Vec<plan_price::Model>, accounts: i64) -> PlanDto {
    let mut prices: Vec<PlanPrice> = prices
        .into_iter()
        .filter_map(|r| {
            Some(PlanPrice {
                currency: Currency::parse(&r.currency)?,
                monthly_minor: r.monthly_minor,
                api_overage_minor: r.api_overage_minor,
                events_overage_minor: r.events_overage_minor,
            })
        })
        .collect();
    prices.sort_by_key(|p| p.currency);
    PlanDto {
        status: PlanStatus::parse(&p.status).unwrap_or(PlanStatus::Retired),
        id: p.id,
        name: p.name,
        seats: p.seats,
        api_calls: p.api_calls,
        events: p.events,
        prices,
        revision: p.revision,
        accounts,
    }
}

async fn prices_of<C: ConnectionTrait>(
    conn: &C,
    plan_id: &str,
) -> Result<Vec<plan_price::Model>, AppError> {
    Ok(plan_price::Entity::find()
        .filter(plan_price::Column::PlanId.eq(plan_id))
        .all(conn)
        .await?)
}

/// One plan with its prices (any status).
pub async fn get<C: ConnectionTrait>(conn: &C, id: &str) -> Result<PlanDto, AppError> {
    let p = plan::Entity::find_by_id(id.trim().to_string())
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)?;
    let prices = prices_of(conn, &p.id).await?;
    Ok(dto(p, prices, 0))
}

/// Every plan, Active first then by name, each with the number of client accounts on it
/// (accounts without a billing profile are on Free).
pub async fn list(db: &DatabaseConnection, active_only: bool) -> Result<Vec<PlanDto>, AppError> {
    let mut q = plan::Entity::find();
    if active_only {
        q = q.filter(plan::Column::Status.eq(PlanStatus::Active.as_str()));
    }
    let plans = q.order_by_asc(plan::Column::Name).all(db).await?;
    let prices = plan_price::Entity::find().all(db).await?;
    let profiles: Vec<(String, i64)> = billing_profile::Entity::find()
        .select_only()
        .column(billing_profile::Column::PlanId)
        .column_as(Expr::col(billing_profile::Column::AccountId).count(), "n")
        .group_by(billing_profile::Column::PlanId)
        .into_tuple()
        .all(db)
        .await?;
    let clients = account::Entity::find()
        .filter(account::Column::Kind.ne(OPERATIONS_KIND))
        .count(db)
        .await? as i64;
    let profiled: i64 = profiles.iter().map(|(_, n)| n).sum();
    let mut out: Vec<PlanDto> = plans
        .into_iter()
        .map(|p| {
            let mut n = profiles
                .iter()
                .find(|(id, _)| *id == p.id)
                .map_or(0, |(_, n)| *n);
            if p.id == FREE_PLAN_ID {
                n += (clients - profiled).max(0);
            }
            let own = prices
                .iter()
                .filter(|r| r.plan_id == p.id)
                .cloned()
                .collect();
            dto(p, own, n)
        })
        .collect();
    out.sort_by_key(|p| p.status != PlanStatus::Active);
    Ok(out)
}

use sea_orm::QuerySelect;

async fn write_prices<C: ConnectionTrait>(
    conn: &C,
    plan_id: &str,
    prices: &[PlanPrice],
) -> Result<(), AppError> {
    plan_price::Entity::delete_many()
        .filter(plan_price::Column::PlanId.eq(plan_id))
        .exec(conn)
        .await?;
    for p in prices {
        plan_price::ActiveModel {
            plan_id: Set(plan_id.into()),
            currency: Set(p.currency.code().into()),
            monthly_minor: Set(p.monthly_minor),
            api_overage_minor: Set(p.api_overage_minor),
            events_overage_minor: Set(p.events_overage_minor),
        }
        .insert(conn)
        .await?;
    }
    Ok(())
}

async fn name_taken<C: ConnectionTrait>(
    conn: &C,
    name: &str,
    except: Option<&str>,
) -> Result<bool, AppError> {
    let mut q = plan::Entity::find()
        .filter(Expr::expr(Func::lower(Expr::col(plan::Column::Name))).eq(name.to_lowercase()));
    if let Some(id) = except {
        q = q.filter(plan::Column::Id.ne(id));
    }
    Ok(q.count(conn).await? > 0)
}

fn summary(v: &ValidPlan) -> Vec<(&'static str, Option<String>)> {
    let prices = v
        .prices
        .iter()
        .map(|p| {
            format!(
                "{} {}/{}/{}",
                p.currency.code(),
                p.monthly_minor,
                p.api_overage_minor,
                p.events_overage_minor
            )
        })
        .collect::<Vec<_>>()
        .join(", ");
    vec![
        ("name", Some(v.name.clone())),
        ("status", Some(v.status.as_str().into())),
        ("seats", Some(v.seats.to_string())),
        ("api_calls", Some(v.api_calls.to_string())),
        ("events", Some(v.events.to_string())),
        ("prices_minor", Some(prices)),
    ]
}

fn summary_of(p: &PlanDto) -> Vec<(&'static str, Option<String>)> {
    summary(&ValidPlan {
        name: p.name.clone(),
        status: p.status,
        seats: p.seats,
        api_calls: p.api_calls,
        events: p.events,
        prices: p.prices.clone(),
    })
}

/// A new plan in the catalogue.
pub async fn create(
    db: &DatabaseConnection,
    who: &Acting,
    v: ValidPlan,
) -> Result<PlanDto, AppError> {
    require_operator(who)?;
    let tx = audit::begin(db, &who.account_id).await?;
    if name_taken(&tx, &v.name, None).await? {
        return Err(AppError::field(
            "name",
            "A plan with this name exists already.",
        ));
    }
    let now = now_ms();
    let id = generate(IdKind::Plan);
    plan::ActiveModel {
        id: Set(id.clone()),
        name: Set(v.name.clone()),
        status: Set(v.status.as_str().into()),
        seats: Set(v.seats),
        api_calls: Set(v.api_calls),
        events: Set(v.events),
        revision: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
        updated_by: Set(Some(who.actor.name.clone())),
    }
    .insert(&tx)
    .await?;
    write_prices(&tx, &id, &v.prices).await?;
    audit::append(
        &tx,
        &who.account_id,
        &who.actor,
        &who.client,
        AuditEntry {
            action: "operations.plan.create".into(),
            object_type: "plan".into(),
            object_id: id.clone(),
            object_name: v.name.clone(),
            summary: format!("Created the plan {}", v.name),
            changes: audit::diff(&[], &summary(&v)),
        },
    )
    .await?;
    let out = get(&tx, &id).await?;
    tx.commit().await?;
    Ok(out)
}

/// Changes a plan; refused when someone saved it after `revision` was loaded. Accounts on it
/// see the new limits and prices from now on.
pub async fn update(
    db: &DatabaseConnection,
    who: &Acting,
    id: &str,
    revision: i64,
    v: ValidPlan,
) -> Result<PlanDto, AppError> {
    require_operator(who)?;
    let tx = audit::begin(db, &who.account_id).await?;
    let current = plan::Entity::find_by_id(id.trim().to_string())
        .one(&tx)
        .await?
        .ok_or(AppError::NotFound)?;
    if current.revision != revision {
        return Err(conflict(&current));
    }
    if name_taken(&tx, &v.name, Some(&current.id)).await? {
        return Err(AppError::field(
            "name",
            "A plan with this name exists already.",
        ));
    }
    if current.id == FREE_PLAN_ID && v.status != PlanStatus::Active {
        return Err(AppError::field(
            "status",
            "The Free plan stays active: accounts without a plan are on it.",
        ));
    }
    let before = get(&tx, &current.id).await?;
    let mut am: plan::ActiveModel = current.clone().into();
    am.name = Set(v.name.clone());
    am.status = Set(v.status.as_str().into());
    am.seats = Set(v.seats);
    am.api_calls = Set(v.api_calls);
    am.events = Set(v.events);
    am.revision = Set(current.revision + 1);
    am.updated_at = Set(now_ms());
    am.updated_by = Set(Some(who.actor.name.clone()));
    am.update(&tx).await?;
    write_prices(&tx, &current.id, &v.prices).await?;
    audit::append(
        &tx,
        &who.account_id,
        &who.actor,
        &who.client,
        AuditEntry {
            action: "operations.plan.update".into(),
            object_type: "plan".into(),
            object_id: current.id.clone(),
            object_name: v.name.clone(),
            summary: format!("Changed the plan {}", v.name),
            changes: audit::diff(&summary_of(&before), &summary(&v)),
        },
    )
    .await?;
    let out = get(&tx, &current.id).await?;
    tx.commit().await?;
    Ok(out)
}

/// The account's billing profile, or the default one (Free, euros) when it has none.
pub async fn profile_of<C: ConnectionTrait>(
    conn: &C,
    account_id: &str,
) -> Result<billing_profile::Model, AppError> {
    Ok(billing_profile::Entity::find_by_id(account_id.to_string())
        .one(conn)
        .await?
        .unwrap_or_else(|| default_profile(account_id)))
}

/// The profile of an account that has none yet: Free, euros, no tax, no card, no contact.
pub fn default_profile(account_id: &str) -> billing_profile::Model {
    billing_profile::Model {
        account_id: account_id.into(),
        plan_id: FREE_PLAN_ID.into(),
        currency: Currency::Eur.code().into(),
        plan_since: 0,
        next_plan_id: None,
        next_plan_from: None,
        tax_rate_bp: 0,
        card_brand: None,
        card_last4: None,
        card_exp_month: None,
        card_exp_year: None,
        card_holder: None,
        card_reminded: None,
        contact_name: None,
        contact_emails: None,
        address_line1: None,
        address_line2: None,
        city: None,
        region: None,
        postcode: None,
        country: None,
        tax_id: None,
        previous_plan_id: None,
        revision: 0,
        updated_at: 0,
        updated_by: None,
    }
}

/// The plan the account is on now.
pub async fn plan_of<C: ConnectionTrait>(conn: &C, account_id: &str) -> Result<PlanDto, AppError> {
    let p = profile_of(conn, account_id).await?;
    get(conn, &p.plan_id).await
}

/// Puts a client account on an Active plan (Operations). Recorded in the client account's
/// trail and the operator's.
pub async fn assign(
    db: &DatabaseConnection,
    who: &Acting,
    account_id: &str,
    plan_id: &str,
) -> Result<PlanDto, AppError> {
    require_operator(who)?;
    let client = account::Entity::find_by_id(account_id.trim().to_string())
        .one(db)
        .await?
        .filter(|a| a.kind != OPERATIONS_KIND)
        .ok_or(AppError::NotFound)?;
    let tx = audit::begin(db, &client.id).await?;
    let chosen = get(&tx, plan_id)
        .await
        .map_err(|_| AppError::field("plan", "Choose a plan from the list."))?;
    if chosen.status != PlanStatus::Active {
        return Err(AppError::field(
            "plan",
            "This plan is retired: choose an active plan.",
        ));
    }
    let current = profile_of(&tx, &client.id).await?;
    if current.plan_id == chosen.id {
        return Ok(chosen);
    }
    let before = get(&tx, &current.plan_id).await?;
    let now = now_ms();
    super::invoicing::record_change(&tx, &client, &current, &before, &chosen, now).await?;
    let changed = super::profiles::switched(current, &chosen.id, now);
    super::profiles::store(&tx, changed, &who.actor.name).await?;
    let entry = || AuditEntry {
        action: "billing.plan.assign".into(),
        object_type: "account".into(),
        object_id: client.id.clone(),
        object_name: client.name.clone(),
        summary: format!("Put {} on the plan {}", client.name, chosen.name),
        changes: vec![audit::masked(
            "plan",
            Some(before.name.clone()),
            Some(chosen.name.clone()),
        )],
    };
    audit::append(&tx, &client.id, &who.actor, &who.client, entry()).await?;
    tx.commit().await?;
    audit::record(db, &who.account_id, &who.actor, &who.client, entry()).await?;
    Ok(chosen)
}
