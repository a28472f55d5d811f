//! What only the platform operator does to a client account's billing: record an invoice as
//! paid or void, and set the tax rate future invoices charge. Each is revision-checked and
//! recorded in both the client account's audit trail and the operator's.

use super::{plans, profiles};
use crate::backend::clock::now_ms;
use crate::backend::entities::{account, invoice};
use crate::backend::services::acting::Acting;
use crate::backend::services::audit::{self, AuditEntry};
use crate::backend::services::tenancy::operations::KIND as OPERATIONS_KIND;
use crate::error::AppError;
use crate::model::{InvoiceDto, InvoiceStatus};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

async fn client(
    db: &DatabaseConnection,
    who: &Acting,
    id: &str,
) -> Result<account::Model, AppError> {
    if !who.operations {
        return Err(AppError::Forbidden);
    }
    account::Entity::find_by_id(id.trim().to_string())
        .one(db)
        .await?
        .filter(|a| a.kind != OPERATIONS_KIND)
        .ok_or(AppError::NotFound)
}

/// Moves an Open invoice, read at `revision`, to Paid or Void. Nothing else moves: a paid or
/// void invoice stays so (a refund is a new document, not an edit).
pub async fn set_status(
    db: &DatabaseConnection,
    who: &Acting,
    account_id: &str,
    number: &str,
    to: InvoiceStatus,
    revision: i64,
) -> Result<InvoiceDto, AppError> {
    let a = client(db, who, account_id).await?;
    if to == InvoiceStatus::Open {
        return Err(AppError::field("status", "Choose Paid or Void."));
    }
    let tx = audit::begin(db, &a.id).await?;
    let current = super::invoicing::get(&tx, &a.id, number).await?;
    if current.status != InvoiceStatus::Open {
        return Err(AppError::field(
            "status",
            "Only an open invoice can be marked paid or void.",
        ));
    }
    let done = invoice::Entity::update_many()
        .col_expr(invoice::Column::Status, Expr::value(to.as_str()))
        .col_expr(invoice::Column::StatusAt, Expr::value(now_ms()))
        .col_expr(
            invoice::Column::StatusBy,
            Expr::value(Some(who.actor.name.clone())),
        )
        .col_expr(invoice::Column::Revision, Expr::value(revision + 1))
        .filter(invoice::Column::Id.eq(&current.id))
        .filter(invoice::Column::AccountId.eq(&a.id))
        .filter(invoice::Column::Status.eq(InvoiceStatus::Open.as_str()))
        .filter(invoice::Column::Revision.eq(revision))
        .exec(&tx)
        .await?;
    if done.rows_affected == 0 {
        return Err(AppError::Conflict(
            "Someone changed this invoice meanwhile. Reload, then try again.".into(),
        ));
    }
    let verb = if to == InvoiceStatus::Paid {
        "paid"
    } else {
        "void"
    };
    let entry = || AuditEntry {
        action: format!("billing.invoice.{verb}"),
        object_type: "invoice".into(),
        object_id: current.id.clone(),
        object_name: current.id.clone(),
        summary: format!("Marked {} of {} as {}", current.id, a.name, to.as_str()),
        changes: vec![audit::masked(
            "status",
            Some(current.status.as_str().into()),
            Some(to.as_str().into()),
        )],
    };
    audit::append(&tx, &a.id, &who.actor, &who.client, entry()).await?;
    let out = super::invoicing::get(&tx, &a.id, &current.id).await?;
    tx.commit().await?;
    audit::record(db, &who.account_id, &who.actor, &who.client, entry()).await?;
    Ok(out)
}

/// The tax rate (basis points, 0 to 10,000) the account's next invoices charge; issued ones
/// keep theirs.
pub async fn set_tax_rate(
    db: &DatabaseConnection,
    who: &Acting,
    account_id: &str,
    rate_bp: i64,
    revision: i64,
) -> Result<(), AppError> {
    let a = client(db, who, account_id).await?;
    if !(0..=10_000).contains(&rate_bp) {
        return Err(AppError::field(
            "tax_rate",
            "Enter a percentage from 0 to 100 with at most two decimals.",
        ));
    }
    let tx = audit::begin(db, &a.id).await?;
    let current = plans::profile_of(&tx, &a.id).await?;
    if current.revision != revision {
        return Err(AppError::Conflict(
            "Someone changed this account's billing meanwhile. Reload, then try again.".into(),
        ));
    }
    if current.tax_rate_bp == rate_bp {
        return Ok(());
    }
    let pct = |bp: i64| format!("{}%", crate::validation::billing::amount_text(bp));
    let entry = || {
        profiles::entry(
            &a,
            "billing.tax_rate.set",
            format!("Set the tax rate of {} to {}", a.name, pct(rate_bp)),
            vec![audit::masked(
                "tax_rate",
                Some(pct(current.tax_rate_bp)),
                Some(pct(rate_bp)),
            )],
        )
    };
    let changed = crate::backend::entities::billing_profile::Model {
        tax_rate_bp: rate_bp,
        ..current.clone()
    };
    profiles::store(&tx, changed, &who.actor.name).await?;
    audit::append(&tx, &a.id, &who.actor, &who.client, entry()).await?;
    tx.commit().await?;
    audit::record(db, &who.account_id, &who.actor, &who.client, entry()).await?;
    Ok(())
}
