//! Groups: named sets of module grants. Every account has the default "Administrators" group,
//! which grants every module at edit level and cannot be deleted or changed; a member's
//! effective permissions are their role's grants united with those of all their groups.

use crate::backend::clock::now_ms;
use crate::backend::entities::{buyer, group, group_buyer, group_member, membership};
use crate::error::AppError;
use crate::ids::{self, IdKind};
use crate::model::{BuyersScope, Named};
use crate::permissions::{Level, Module, Permissions, Role};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use std::collections::BTreeMap;

pub const DEFAULT_GROUP: &str = "Administrators";

pub fn parse_modules(json: &str) -> Permissions {
    let levels: BTreeMap<Module, Level> = serde_json::from_str(json).unwrap_or_default();
    Permissions { levels }
}

/// Creates the account's default group if it does not exist yet.
pub async fn ensure_default<C: ConnectionTrait>(
    conn: &C,
    account_id: &str,
) -> Result<group::Model, AppError> {
    if let Some(g) = group::Entity::find()
        .filter(group::Column::AccountId.eq(account_id))
        .filter(group::Column::IsDefault.eq(true))
        .one(conn)
        .await?
    {
        return Ok(g);
    }
    let all: Vec<(Module, Level)> = Module::ALL.into_iter().map(|m| (m, Level::Edit)).collect();
    insert(
        conn,
        account_id,
        DEFAULT_GROUP,
        "Full access to every module. The default group of the account.",
        true,
        &all,
    )
    .await
}

pub async fn list<C: ConnectionTrait>(
    conn: &C,
    account_id: &str,
) -> Result<Vec<group::Model>, AppError> {
    Ok(group::Entity::find()
        .filter(group::Column::AccountId.eq(account_id))
        .order_by_desc(group::Column::IsDefault)
        .order_by_asc(group::Column::Name)
        .all(conn)
        .await?)
}

/// Groups of a set of memberships, as membership id -> groups.
pub async fn of_memberships<C: ConnectionTrait>(
    conn: &C,
    account_id: &str,
    membership_ids: &[String],
) -> Result<BTreeMap<String, Vec<group::Model>>, AppError> {
    let links = group_member::Entity::find()
        .filter(group_member::Column::MembershipId.is_in(membership_ids.to_vec()))
        .all(conn)
        .await?;
    let groups = list(conn, account_id).await?;
    let mut out: BTreeMap<String, Vec<group::Model>> = BTreeMap::new();
    for link in links {
        if let Some(g) = groups.iter().find(|g| g.id == link.group_id) {
            out.entry(link.membership_id).or_default().push(g.clone());
        }
    }
    Ok(out)
}

/// Role united with every group of the membership.
pub async fn effective<C: ConnectionTrait>(
    conn: &C,
    m: &membership::Model,
) -> Result<Permissions, AppError> {
    let role = Role::parse(&m.role).ok_or(AppError::Internal)?;
    let groups = of_memberships(conn, &m.account_id, std::slice::from_ref(&m.id)).await?;
    Ok(groups
        .get(&m.id)
        .into_iter()
        .flatten()
        .fold(Permissions::for_role(role), |acc, g| {
            acc.union(&parse_modules(&g.modules))
        }))
}

/// Replaces the groups of a membership; every id must be a group of the same account.
pub async fn set_members_groups<C: ConnectionTrait>(
    conn: &C,
    account_id: &str,
    membership_id: &str,
    group_ids: &[String],
) -> Result<(), AppError> {
    let groups = list(conn, account_id).await?;
    if group_ids.is_empty() {
        return Err(AppError::field("groups", "Choose at least one group."));
    }
    if let Some(bad) = group_ids
        .iter()
        .find(|id| !groups.iter().any(|g| &g.id == *id))
    {
        tracing::warn!(group = %bad, account = %account_id, "group of another account or unknown");
        return Err(AppError::field(
            "groups",
            "One of the chosen groups does not exist any more.",
        ));
    }
    group_member::Entity::delete_many()
        .filter(group_member::Column::MembershipId.eq(membership_id))
        .exec(conn)
        .await?;
    for id in group_ids {
        group_member::ActiveModel {
            group_id: Set(id.clone()),
            membership_id: Set(membership_id.into()),
        }
        .insert(conn)
        .await?;
    }
    Ok(())
}

/// A non-default group with the given grants (the Groups module's wizard builds on this).
pub async fn create_plain<C: ConnectionTrait>(
    conn: &C,
    account_id: &str,
    name: &str,
    description: &str,
    grants: &[(Module, Level)],
) -> Result<group::Model, AppError> {
    insert(conn, account_id, name, description, false, grants).await
}

async fn insert<C: ConnectionTrait>(
    conn: &C,
    account_id: &str,
    name: &str,
    description: &str,
    is_default: bool,
    grants: &[(Module, Level)],
) -> Result<group::Model, AppError> {
    let modules: BTreeMap<Module, Level> = grants.iter().copied().collect();
    let now = now_ms();
    Ok(group::ActiveModel {
        id: Set(ids::generate(IdKind::Group)),
        account_id: Set(account_id.into()),
        name: Set(name.into()),
        description: Set(description.into()),
        is_default: Set(is_default),
        buyers_scope: Set("all".into()),
        modules: Set(serde_json::to_string(&modules).unwrap_or_else(|_| "{}".into())),
        revision: Set(1),
        created_at: Set(now),
        created_by: Set(None),
        updated_at: Set(now),
        updated_by: Set(None),
    }
    .insert(conn)
    .await?)
}

/// The account's buyers the caller sees (id and name only), by name: what a group may be
/// limited to, and what a list may be filtered by.
pub async fn buyer_choices<C: ConnectionTrait>(
    conn: &C,
    account_id: &str,
    scope: &crate::permissions::BuyerScope,
) -> Result<Vec<Named>, AppError> {
    let mut q = buyer::Entity::find();
    if let crate::permissions::BuyerScope::Only(ids) = scope {
        q = q.filter(buyer::Column::Id.is_in(ids.clone()));
    }
    let rows: Vec<(String, String)> = q
        .select_only()
        .column(buyer::Column::Id)
        .column(buyer::Column::Name)
        .filter(buyer::Column::AccountId.eq(account_id))
        .order_by_asc(buyer::Column::SortName)
        .order_by_asc(buyer::Column::Id)
        .into_tuple()
        .all(conn)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(id, name)| Named { id, name })
        .collect())
}

/// The selected buyers of several groups (two queries), as group id -> buyers by name. Only
/// buyers of the account are ever named.
pub async fn buyers_of<C: ConnectionTrait>(
    conn: &C,
    account_id: &str,
    group_ids: &[String],
) -> Result<BTreeMap<String, Vec<Named>>, AppError> {
    let links = group_buyer::Entity::find()
        .filter(group_buyer::Column::GroupId.is_in(group_ids.to_vec()))
        .all(conn)
        .await?;
    let names: BTreeMap<String, String> = buyer::Entity::find()
        .select_only()
        .column(buyer::Column::Id)
        .column(buyer::Column::Name)
        .filter(buyer::Column::AccountId.eq(account_id))
        .filter(buyer::Column::Id.is_in(links.iter().map(|l| l.buyer_id.clone())))
        .into_tuple::<(String, String)>()
        .all(conn)
        .await?
        .into_iter()
        .collect();
    let mut out: BTreeMap<String, Vec<Named>> = BTreeMap::new();
    for l in links {
        if let Some(name) = names.get(&l.buyer_id) {
            out.entry(l.group_id).or_default().push(Named {
                id: l.buyer_id,
                name: name.clone(),
            });
        }
    }
    for buyers in out.values_mut() {
        buyers.sort_by(|a, b| (a.name.to_lowercase(), &a.id).cmp(&(b.name.to_lowercase(), &b.id)));
    }
    Ok(out)
}

/// Full details of the account's groups, members and selected buyers included, in a fixed
/// number of queries.
pub async fn details(
    db: &sea_orm::DatabaseConnection,
    account_id: &str,
) -> Result<Vec<crate::model::GroupDto>, AppError> {
    use crate::backend::entities::user;
    let gs = list(db, account_id).await?;
    let ids: Vec<String> = gs.iter().map(|g| g.id.clone()).collect();
    let mut buyers = buyers_of(db, account_id, &ids).await?;
    let links = group_member::Entity::find()
        .filter(group_member::Column::GroupId.is_in(ids))
        .all(db)
        .await?;
    let mids: Vec<String> = links.iter().map(|l| l.membership_id.clone()).collect();
    let ms = membership::Entity::find()
        .filter(membership::Column::Id.is_in(mids))
        .all(db)
        .await?;
    let uids: Vec<String> = ms.iter().map(|m| m.user_id.clone()).collect();
    let us = user::Entity::find()
        .filter(user::Column::Id.is_in(uids))
        .all(db)
        .await?;
    Ok(gs
        .into_iter()
        .map(|g| {
            let members = links
                .iter()
                .filter(|l| l.group_id == g.id)
                .filter_map(|l| {
                    let m = ms.iter().find(|m| m.id == l.membership_id)?;
                    let u = us.iter().find(|u| u.id == m.user_id)?;
                    let name = format!("{} {}", u.first_name, u.last_name)
                        .trim()
                        .to_string();
                    Some(crate::model::GroupMember {
                        membership_id: m.id.clone(),
                        name,
                        email: u.email.clone(),
                    })
                })
                .collect();
            let buyers_scope = BuyersScope::parse(&g.buyers_scope);
            let buyers = match buyers_scope {
                BuyersScope::All => vec![],
                BuyersScope::Selected => buyers.remove(&g.id).unwrap_or_default(),
            };
            crate::model::GroupDto {
                modules: parse_modules(&g.modules).levels,
                id: g.id,
                name: g.name,
                description: g.description,
                is_default: g.is_default,
                members,
                buyers_scope,
                buyers,
                revision: g.revision,
                created_at: g.created_at,
                updated_at: g.updated_at,
                updated_by: g.updated_by,
            }
        })
        .collect())
}
