//! Seats: a client account's Active and Invited memberships, limited by its plan. Checked
//! inside the invitation's transaction, which holds the account's audit-chain lock, so two
//! invitations at once cannot both take the last seat.

use super::plans;
use crate::backend::clock::now_ms;
use crate::backend::entities::{account, membership};
use crate::backend::services::tenancy::operations::KIND as OPERATIONS_KIND;
use crate::error::AppError;
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter};

/// The seats taken: Active and Invited memberships of the account (an invitation holds its
/// seat until it is accepted, revoked or expires), as the Billing page and the limit count.
pub async fn taken<C: ConnectionTrait>(conn: &C, account_id: &str) -> Result<i64, AppError> {
    let open_invitation = Condition::all()
        .add(membership::Column::Status.eq("Invited"))
        .add(
            Condition::any()
                .add(membership::Column::InviteExpiresAt.is_null())
                .add(membership::Column::InviteExpiresAt.gte(now_ms())),
        );
    Ok(membership::Entity::find()
        .filter(membership::Column::AccountId.eq(account_id))
        .filter(
            Condition::any()
                .add(membership::Column::Status.eq("Active"))
                .add(open_invitation),
        )
        .count(conn)
        .await? as i64)
}

/// Refuses `adding` more seats when the plan's would be passed (client accounts only).
pub async fn check_room<C: ConnectionTrait>(
    conn: &C,
    account_id: &str,
    adding: i64,
) -> Result<(), AppError> {
    let kind = account::Entity::find_by_id(account_id.to_string())
        .one(conn)
        .await?
        .map(|a| a.kind)
        .unwrap_or_default();
    if kind == OPERATIONS_KIND || adding <= 0 {
        return Ok(());
    }
    let plan = plans::plan_of(conn, account_id).await?;
    let taken = taken(conn, account_id).await?;
    if taken + adding > plan.seats {
        return Err(AppError::field(
            "emails",
            format!(
                "The {} plan includes {} seats and {} are taken by members and open invitations. Ask an Operations admin for a larger plan.",
                plan.name, plan.seats, taken
            ),
        ));
    }
    Ok(())
}
