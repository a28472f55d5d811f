//! Which buyers a member may see: every buyer of the account, or only those of their groups.
//!
//! A group's buyers scope is "all" or "selected". A member sees every buyer when they are an
//! Admin or any of their groups has scope "all" (or they are in no group); otherwise the union
//! of their groups' selected buyers. Licensees follow their buyer. Services take the scope as
//! an argument and filter with it, so pages and the REST API cannot differ.

use crate::backend::entities::{group, group_buyer, group_member, membership};
use crate::error::AppError;
use crate::permissions::Role;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};

pub use crate::permissions::BuyerScope;

pub async fn of_member<C: ConnectionTrait>(
    conn: &C,
    m: &membership::Model,
) -> Result<BuyerScope, AppError> {
    if Role::parse(&m.role) == Some(Role::Admin) {
        return Ok(BuyerScope::All);
    }
    let group_ids: Vec<String> = group_member::Entity::find()
        .select_only()
        .column(group_member::Column::GroupId)
        .filter(group_member::Column::MembershipId.eq(&m.id))
        .into_tuple::<String>()
        .all(conn)
        .await?;
    if group_ids.is_empty() {
        return Ok(BuyerScope::All);
    }
    let groups = group::Entity::find()
        .filter(group::Column::AccountId.eq(&m.account_id))
        .filter(group::Column::Id.is_in(group_ids.clone()))
        .all(conn)
        .await?;
    if groups.iter().any(|g| g.buyers_scope != "selected") {
        return Ok(BuyerScope::All);
    }
    let mut ids: Vec<String> = group_buyer::Entity::find()
        .select_only()
        .column(group_buyer::Column::BuyerId)
        .filter(group_buyer::Column::GroupId.is_in(group_ids))
        .into_tuple::<String>()
        .all(conn)
        .await?;
    ids.sort();
    ids.dedup();
    Ok(BuyerScope::Only(ids))
}
