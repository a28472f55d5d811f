//! Background jobs' leases, shared by every job (API token reminders, audit retention, mail
//! delivery): with several server processes, a job runs in the one that holds its row in
//! `job_leases`. Taking a lease is one upsert that only wins when the lease is free, has run
//! out, or is already this holder's; a process that dies leaves its lease to run out, and
//! another process takes over. A holder name is unique per process start.

use crate::backend::entities::job_lease;
use crate::error::AppError;
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

/// Takes the named lease for `holder` if it is free or has run out; true when taken.
pub async fn take_lease(
    db: &DatabaseConnection,
    name: &str,
    holder: &str,
    now: i64,
    ms: i64,
) -> Result<bool, AppError> {
    let row = job_lease::ActiveModel {
        name: sea_orm::Set(name.into()),
        holder: sea_orm::Set(holder.into()),
        lease_until: sea_orm::Set(now + ms),
    };
    let done = job_lease::Entity::insert(row)
        .on_conflict(
            OnConflict::column(job_lease::Column::Name)
                .update_columns([job_lease::Column::Holder, job_lease::Column::LeaseUntil])
                .action_and_where(
                    Expr::col((job_lease::Entity, job_lease::Column::LeaseUntil))
                        .lt(now)
                        .or(Expr::col((job_lease::Entity, job_lease::Column::Holder)).eq(holder)),
                )
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    Ok(done == 1)
}

pub async fn release_lease(
    db: &DatabaseConnection,
    name: &str,
    holder: &str,
) -> Result<(), AppError> {
    job_lease::Entity::delete_many()
        .filter(job_lease::Column::Name.eq(name))
        .filter(job_lease::Column::Holder.eq(holder))
        .exec(db)
        .await?;
    Ok(())
}

/// A holder name that differs between processes and restarts.
pub fn holder_name() -> String {
    format!(
        "{}-{}",
        std::process::id(),
        crate::backend::crypto::random_secret(8)
    )
}
