//! The grant rules of `permissions::grant` applied to stored memberships and groups: the
//! services that change someone's access call these inside their transaction, so the console,
//! the REST API and tokens refuse alike (see `permissions::grant` for the design).

use crate::backend::entities::{group, group_buyer, membership};
use crate::backend::services::{people::groups, trading::buyer_scope};
use crate::error::AppError;
use crate::permissions::{BuyerScope, Grantor, GroupGrant, Role};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};

/// The buyers a stored group reaches.
pub async fn group_buyers<C: ConnectionTrait>(
    conn: &C,
    g: &group::Model,
) -> Result<BuyerScope, AppError> {
    if g.buyers_scope != "selected" {
        return Ok(BuyerScope::All);
    }
    let mut ids: Vec<String> = group_buyer::Entity::find()
        .select_only()
        .column(group_buyer::Column::BuyerId)
        .filter(group_buyer::Column::GroupId.eq(&g.id))
        .into_tuple()
        .all(conn)
        .await?;
    ids.sort();
    Ok(BuyerScope::Only(ids))
}

/// Refuses unless the grantor may create, change, delete, or move people in or out of `g`.
pub async fn group<C: ConnectionTrait>(
    conn: &C,
    grantor: &Grantor,
    g: &group::Model,
) -> Result<(), AppError> {
    if grantor.is_admin() {
        return Ok(());
    }
    let buyers = group_buyers(conn, g).await?;
    let modules = groups::parse_modules(&g.modules);
    grantor.may_grant_group(&GroupGrant {
        is_default: g.is_default,
        modules: &modules,
        buyers: &buyers,
    })?;
    Ok(())
}

/// [`group`] for each of `ids` (groups of `account_id`; unknown ids are left to the caller's
/// own check, which names the field).
pub async fn groups<C: ConnectionTrait>(
    conn: &C,
    account_id: &str,
    grantor: &Grantor,
    ids: &[String],
) -> Result<(), AppError> {
    if grantor.is_admin() || ids.is_empty() {
        return Ok(());
    }
    let found = group::Entity::find()
        .filter(group::Column::AccountId.eq(account_id))
        .filter(group::Column::Id.is_in(ids.to_vec()))
        .all(conn)
        .await?;
    for g in &found {
        group(conn, grantor, g).await?;
    }
    Ok(())
}

/// Refuses unless the grantor may act on this member's access: an Admin's only as an Admin,
/// anyone else's only when the grantor holds every right and buyer the member has.
pub async fn member<C: ConnectionTrait>(
    conn: &C,
    grantor: &Grantor,
    m: &membership::Model,
) -> Result<(), AppError> {
    if grantor.is_admin() {
        return Ok(());
    }
    let role = Role::parse(&m.role).unwrap_or(Role::Member);
    let rights = groups::effective(conn, m).await?;
    let buyers = buyer_scope::of_member(conn, m).await?;
    grantor.may_touch(role, &rights, &buyers)?;
    Ok(())
}

/// [`member`] for each of `ids` (memberships of `account_id`).
pub async fn members<C: ConnectionTrait>(
    conn: &C,
    account_id: &str,
    grantor: &Grantor,
    ids: &[String],
) -> Result<(), AppError> {
    if grantor.is_admin() || ids.is_empty() {
        return Ok(());
    }
    let found = membership::Entity::find()
        .filter(membership::Column::AccountId.eq(account_id))
        .filter(membership::Column::Id.is_in(ids.to_vec()))
        .all(conn)
        .await?;
    for m in &found {
        member(conn, grantor, m).await?;
    }
    Ok(())
}
