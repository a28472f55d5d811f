//! Creating, changing and deleting groups. The default "Administrators" group keeps all
//! modules and all buyers and cannot be deleted; any other group can be deleted only once it
//! has no members. A group limited to selected buyers names only buyers of its own account.
//!
//! Nobody grants what they do not hold (`permissions::grant`): a non-Admin creates, changes
//! or deletes only groups whose modules and buyers they hold themselves (before and after the
//! change), never the Administrators group, and puts in or takes out only members whose
//! access they could change; so nobody can raise their own rights through a group.

use crate::backend::clock::now_ms;
use crate::backend::entities::{buyer, group, group_buyer, group_member, membership};
use crate::backend::services::acting::Acting;
use crate::backend::services::audit::{self, AuditEntry};
use crate::backend::services::people::grant_checks;
use crate::error::AppError;
use crate::ids::{self, IdKind};
use crate::model::BuyersScope;
use crate::permissions::{BuyerScope, GroupGrant, Permissions};
use crate::validation::GroupInput;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, QuerySelect, Set,
};

fn modules_text(g: &GroupInput) -> String {
    g.modules
        .iter()
        .map(|(m, l)| format!("{}:{}", json_name(m), json_name(l)))
        .collect::<Vec<_>>()
        .join(", ")
}

fn json_name<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_default()
}

async fn check_members<C: ConnectionTrait>(
    conn: &C,
    account_id: &str,
    ids: &[String],
) -> Result<(), AppError> {
    let found = membership::Entity::find()
        .filter(membership::Column::AccountId.eq(account_id))
        .filter(membership::Column::Id.is_in(ids.to_vec()))
        .count(conn)
        .await?;
    if found as usize != ids.len() {
        return Err(AppError::field(
            "members",
            "One of the chosen people is no longer in this account.",
        ));
    }
    Ok(())
}

async fn set_members<C: ConnectionTrait>(
    conn: &C,
    group_id: &str,
    ids: &[String],
) -> Result<(), AppError> {
    group_member::Entity::delete_many()
        .filter(group_member::Column::GroupId.eq(group_id))
        .exec(conn)
        .await?;
    for id in ids {
        group_member::ActiveModel {
            group_id: Set(group_id.into()),
            membership_id: Set(id.clone()),
        }
        .insert(conn)
        .await?;
    }
    Ok(())
}

/// The names of the chosen buyers, sorted, once each is known to be a buyer of the account;
/// `None` when the group covers all buyers.
async fn check_buyers<C: ConnectionTrait>(
    conn: &C,
    account_id: &str,
    input: &GroupInput,
) -> Result<Option<String>, AppError> {
    if input.buyers_scope == BuyersScope::All {
        return Ok(None);
    }
    if input.buyer_ids.is_empty() {
        return Err(AppError::field(
            "buyer_ids",
            "Choose at least one buyer, or allow all buyers.",
        ));
    }
    let mut names: Vec<String> = buyer::Entity::find()
        .select_only()
        .column(buyer::Column::Name)
        .filter(buyer::Column::AccountId.eq(account_id))
        .filter(buyer::Column::Id.is_in(input.buyer_ids.clone()))
        .into_tuple()
        .all(conn)
        .await?;
    if names.len() != input.buyer_ids.len() {
        tracing::warn!(account = %account_id, "group buyer of another account or unknown");
        return Err(AppError::field(
            "buyer_ids",
            "This buyer is not in this account.",
        ));
    }
    names.sort_by_key(|n| n.to_lowercase());
    Ok(Some(names.join(", ")))
}

/// Replaces the selected buyers of a group (none when it covers all buyers).
async fn set_buyers<C: ConnectionTrait>(
    conn: &C,
    group_id: &str,
    input: &GroupInput,
) -> Result<(), AppError> {
    group_buyer::Entity::delete_many()
        .filter(group_buyer::Column::GroupId.eq(group_id))
        .exec(conn)
        .await?;
    let ids = match input.buyers_scope {
        BuyersScope::All => &[][..],
        BuyersScope::Selected => &input.buyer_ids[..],
    };
    let now = now_ms();
    for id in ids {
        group_buyer::ActiveModel {
            group_id: Set(group_id.into()),
            buyer_id: Set(id.clone()),
            created_at: Set(now),
        }
        .insert(conn)
        .await?;
    }
    Ok(())
}

/// What `input` would grant, for the grant check.
fn input_grant(input: &GroupInput) -> (Permissions, BuyerScope) {
    let buyers = match input.buyers_scope {
        BuyersScope::All => BuyerScope::All,
        BuyersScope::Selected => BuyerScope::Only(input.buyer_ids.clone()),
    };
    (
        Permissions {
            levels: input.modules.clone(),
        },
        buyers,
    )
}

fn check_input(who: &Acting, input: &GroupInput, is_default: bool) -> Result<(), AppError> {
    let (modules, buyers) = input_grant(input);
    who.grantor.may_grant_group(&GroupGrant {
        is_default,
        modules: &modules,
        buyers: &buyers,
    })?;
    Ok(())
}

async fn name_taken<C: ConnectionTrait>(
    conn: &C,
    account_id: &str,
    name: &str,
    except: &str,
) -> Result<bool, AppError> {
    let all = crate::backend::services::people::groups::list(conn, account_id).await?;
    Ok(all
        .iter()
        .any(|g| g.id != except && g.name.to_lowercase() == name.to_lowercase()))
}

pub async fn create(
    db: &DatabaseConnection,
    who: &Acting,
    input: GroupInput,
) -> Result<String, AppError> {
    let account_id = who.account_id.as_str();
    let (actor, client) = (&who.actor, &who.client);
    check_input(who, &input, false)?;
    let tx = audit::begin(db, account_id).await?;
    crate::backend::services::tenancy::accounts::check_entitled(
        &tx,
        account_id,
        &input.modules,
        None,
    )
    .await?;
    grant_checks::members(&tx, account_id, &who.grantor, &input.member_ids).await?;
    if name_taken(&tx, account_id, &input.name, "").await? {
        return Err(AppError::field(
            "name",
            "Another group already has this name.",
        ));
    }
    check_members(&tx, account_id, &input.member_ids).await?;
    let buyers = check_buyers(&tx, account_id, &input).await?;
    let now = now_ms();
    let g = group::ActiveModel {
        id: Set(ids::generate(IdKind::Group)),
        account_id: Set(account_id.into()),
        name: Set(input.name.clone()),
        description: Set(input.description.clone()),
        is_default: Set(false),
        buyers_scope: Set(input.buyers_scope.as_str().into()),
        modules: Set(serde_json::to_string(&input.modules).unwrap_or_else(|_| "{}".into())),
        revision: Set(1),
        created_at: Set(now),
        created_by: Set(Some(actor.name.clone())),
        updated_at: Set(now),
        updated_by: Set(Some(actor.name.clone())),
    }
    .insert(&tx)
    .await?;
    set_members(&tx, &g.id, &input.member_ids).await?;
    set_buyers(&tx, &g.id, &input).await?;
    let mut changes = vec![
        audit::masked("modules", None, Some(modules_text(&input))),
        audit::masked(
            "buyers_scope",
            None,
            Some(input.buyers_scope.as_str().into()),
        ),
    ];
    if buyers.is_some() {
        changes.push(audit::masked("buyers", None, buyers));
    }
    audit::append(
        &tx,
        account_id,
        actor,
        client,
        AuditEntry {
            action: "groups.group.create".into(),
            object_type: "group".into(),
            object_id: g.id.clone(),
            object_name: g.name.clone(),
            summary: format!(
                "Created the group {} with {} member(s)",
                g.name,
                input.member_ids.len()
            ),
            changes,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(g.id)
}

pub async fn update(
    db: &DatabaseConnection,
    group_id: &str,
    revision: i64,
    who: &Acting,
    input: GroupInput,
) -> Result<(), AppError> {
    let account_id = who.account_id.as_str();
    let (actor, client) = (&who.actor, &who.client);
    let tx = audit::begin(db, account_id).await?;
    let g = group::Entity::find_by_id(group_id.to_string())
        .filter(group::Column::AccountId.eq(account_id))
        .one(&tx)
        .await?
        .ok_or(AppError::NotFound)?;
    // The group as it is and as it would be must both be the grantor's to give, and so must
    // every member who joins or leaves it.
    grant_checks::group(&tx, &who.grantor, &g).await?;
    check_input(who, &input, g.is_default)?;
    let had = crate::backend::services::people::groups::parse_modules(&g.modules);
    crate::backend::services::tenancy::accounts::check_entitled(
        &tx,
        account_id,
        &input.modules,
        Some(&had),
    )
    .await?;
    let current: Vec<String> = group_member::Entity::find()
        .filter(group_member::Column::GroupId.eq(&g.id))
        .all(&tx)
        .await?
        .into_iter()
        .map(|l| l.membership_id)
        .collect();
    let moved: Vec<String> = input
        .member_ids
        .iter()
        .filter(|id| !current.contains(id))
        .chain(current.iter().filter(|id| !input.member_ids.contains(id)))
        .cloned()
        .collect();
    grant_checks::members(&tx, account_id, &who.grantor, &moved).await?;
    if g.revision != revision {
        return Err(AppError::Conflict(format!(
            "{} changed this group after you opened it. Reload to see their changes.",
            g.updated_by.clone().unwrap_or_else(|| "Someone".into())
        )));
    }
    let before = GroupInput {
        modules: crate::backend::services::people::groups::parse_modules(&g.modules).levels,
        ..Default::default()
    };
    if g.is_default && (input.modules != before.modules || input.name != g.name) {
        return Err(AppError::field(
            "modules",
            "The Administrators group always grants every module and keeps its name.",
        ));
    }
    if g.is_default && input.buyers_scope != BuyersScope::All {
        return Err(AppError::field(
            "buyers_scope",
            "The Administrators group always covers all buyers.",
        ));
    }
    if name_taken(&tx, account_id, &input.name, &g.id).await? {
        return Err(AppError::field(
            "name",
            "Another group already has this name.",
        ));
    }
    check_members(&tx, account_id, &input.member_ids).await?;
    let buyers = check_buyers(&tx, account_id, &input).await?;
    let before_scope = BuyersScope::parse(&g.buyers_scope);
    let before_buyers = match before_scope {
        BuyersScope::All => None,
        BuyersScope::Selected => {
            let names = crate::backend::services::people::groups::buyers_of(
                &tx,
                account_id,
                std::slice::from_ref(&g.id),
            )
            .await?
            .remove(&g.id)
            .unwrap_or_default();
            Some(
                names
                    .into_iter()
                    .map(|n| n.name)
                    .collect::<Vec<_>>()
                    .join(", "),
            )
        }
    };
    let mut am: group::ActiveModel = g.clone().into();
    am.name = Set(input.name.clone());
    am.description = Set(input.description.clone());
    am.modules = Set(serde_json::to_string(&input.modules).unwrap_or_else(|_| "{}".into()));
    am.buyers_scope = Set(input.buyers_scope.as_str().into());
    am.revision = Set(revision + 1);
    am.updated_at = Set(now_ms());
    am.updated_by = Set(Some(actor.name.clone()));
    am.update(&tx).await?;
    set_members(&tx, &g.id, &input.member_ids).await?;
    set_buyers(&tx, &g.id, &input).await?;
    let changes = audit::diff(
        &[
            ("name", Some(g.name.clone())),
            ("description", Some(g.description.clone())),
            ("modules", Some(modules_text(&before))),
            ("buyers_scope", Some(before_scope.as_str().into())),
            ("buyers", before_buyers),
        ],
        &[
            ("name", Some(input.name.clone())),
            ("description", Some(input.description.clone())),
            ("modules", Some(modules_text(&input))),
            ("buyers_scope", Some(input.buyers_scope.as_str().into())),
            ("buyers", buyers),
        ],
    );
    audit::append(
        &tx,
        account_id,
        actor,
        client,
        AuditEntry {
            action: "groups.group.update".into(),
            object_type: "group".into(),
            object_id: g.id.clone(),
            object_name: input.name.clone(),
            summary: format!(
                "Updated the group {} ({} member(s))",
                input.name,
                input.member_ids.len()
            ),
            changes,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

pub async fn delete(db: &DatabaseConnection, group_id: &str, who: &Acting) -> Result<(), AppError> {
    let account_id = who.account_id.as_str();
    let (actor, client) = (&who.actor, &who.client);
    let tx = audit::begin(db, account_id).await?;
    let g = group::Entity::find_by_id(group_id.to_string())
        .filter(group::Column::AccountId.eq(account_id))
        .one(&tx)
        .await?
        .ok_or(AppError::NotFound)?;
    if !g.is_default {
        grant_checks::group(&tx, &who.grantor, &g).await?;
    }
    if g.is_default {
        return Err(AppError::BadRequest(
            "The Administrators group cannot be deleted.".into(),
        ));
    }
    let members = group_member::Entity::find()
        .filter(group_member::Column::GroupId.eq(&g.id))
        .count(&tx)
        .await?;
    if members > 0 {
        return Err(AppError::BadRequest(format!(
            "{} still has {members} member(s). Move them to another group first.",
            g.name
        )));
    }
    // group_buyers has no foreign key to cascade: its rows go first, in the same transaction.
    group_buyer::Entity::delete_many()
        .filter(group_buyer::Column::GroupId.eq(&g.id))
        .exec(&tx)
        .await?;
    group::Entity::delete_by_id(g.id.clone()).exec(&tx).await?;
    audit::append(
        &tx,
        account_id,
        actor,
        client,
        AuditEntry {
            action: "groups.group.delete".into(),
            object_type: "group".into(),
            object_id: g.id.clone(),
            object_name: g.name.clone(),
            summary: format!("Deleted the group {}", g.name),
            changes: vec![],
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
