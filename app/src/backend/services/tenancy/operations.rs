//! The Operations account: the platform operator's admins create client accounts (inviting
//! their first admin), create buyers for them, create sellers and link sellers to accounts and
//! buyers, and enable or disable client accounts.
//!
//! Design: only members of an account of kind "Operations" with the Admin role reach these
//! functions (checked by `Caller::require_operations`). Each takes the operator's `Acting`
//! (acting in the Operations account) and names the client account it acts on explicitly;
//! the account-level services it calls for the client get `Acting::operator_in` that account.
//! Changes to a client's objects are recorded in that client's trail, where its admins look;
//! account-level changes are recorded in both trails. An Operations account cannot disable
//! itself, so the operator cannot lock itself out.

use crate::backend::clock::now_ms;
use crate::backend::entities::{account, buyer, membership, seller, seller_account};
use crate::backend::services::acting::Acting;
use crate::backend::services::audit::{self, AuditEntry};
use crate::backend::services::trading::buyer_scope::BuyerScope;
use crate::backend::services::trading::buyers::{self, NewBuyer};
use crate::backend::services::{
    people::groups, people::invitations, tenancy::accounts, trading::sellers,
};
use crate::backend::AppState;
use crate::error::AppError;
use crate::model::{
    BuyerDto, Named, NewClientAccount, OpsAccountDetails, OpsAccountRow, OpsSellerRow, SellerStatus,
};
use crate::permissions::{Grantor, Module, Role};
use crate::validation::{ValidClientAccount, ValidInvite, ValidNewBuyer, ValidSeller};
use sea_orm::sea_query::{Expr, Func};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set, TransactionTrait,
};
use std::collections::HashMap;

pub const KIND: &str = "Operations";
const LIST_LIMIT: u64 = 200;

/// Per-account counts of one table, in one grouped query.
async fn counts<C, E>(
    conn: &C,
    col: E::Column,
    ids: &[String],
) -> Result<HashMap<String, i64>, AppError>
where
    C: ConnectionTrait,
    E: EntityTrait,
{
    Ok(E::find()
        .select_only()
        .column(col)
        .column_as(col.count(), "n")
        .filter(col.is_in(ids.to_vec()))
        .group_by(col)
        .into_tuple::<(String, i64)>()
        .all(conn)
        .await?
        .into_iter()
        .collect())
}

async fn rows<C: ConnectionTrait>(
    conn: &C,
    list: Vec<account::Model>,
) -> Result<Vec<OpsAccountRow>, AppError> {
    let ids: Vec<String> = list.iter().map(|a| a.id.clone()).collect();
    let members =
        counts::<_, membership::Entity>(conn, membership::Column::AccountId, &ids).await?;
    let buyers = counts::<_, buyer::Entity>(conn, buyer::Column::AccountId, &ids).await?;
    let sellers =
        counts::<_, seller_account::Entity>(conn, seller_account::Column::AccountId, &ids).await?;
    let n = |m: &HashMap<String, i64>, id: &str| m.get(id).copied().unwrap_or(0).max(0) as u64;
    Ok(list
        .into_iter()
        .map(|a| OpsAccountRow {
            members: n(&members, &a.id),
            buyers: n(&buyers, &a.id),
            sellers: n(&sellers, &a.id),
            id: a.id,
            name: a.name,
            kind: a.kind,
            status: a.status,
            created_at: a.created_at,
        })
        .collect())
}

/// Accounts by name, optionally those whose name or id contains `q` (at most 200).
pub async fn list_accounts(
    db: &DatabaseConnection,
    q: &str,
) -> Result<Vec<OpsAccountRow>, AppError> {
    let mut find = account::Entity::find();
    let q = q.trim();
    if !q.is_empty() {
        // Case-insensitive on both databases (PostgreSQL's LIKE is not).
        let pattern = format!("%{}%", q.replace(['%', '_'], "").to_lowercase());
        find = find.filter(
            Expr::expr(Func::lower(Expr::col(account::Column::Name)))
                .like(pattern.clone())
                .or(Expr::expr(Func::lower(Expr::col(account::Column::Id))).like(pattern)),
        );
    }
    let list = find
        .order_by_asc(account::Column::Name)
        .order_by_asc(account::Column::Id)
        .limit(LIST_LIMIT)
        .all(db)
        .await?;
    rows(db, list).await
}

async fn client_account<C: ConnectionTrait>(
    conn: &C,
    id: &str,
) -> Result<account::Model, AppError> {
    account::Entity::find_by_id(id.trim().to_string())
        .one(conn)
        .await?
        .filter(|a| a.kind != KIND)
        .ok_or(AppError::NotFound)
}

pub async fn account_details(
    db: &DatabaseConnection,
    id: &str,
) -> Result<OpsAccountDetails, AppError> {
    let a = client_account(db, id).await?;
    let buyers = buyers::list(db, &a.id, &BuyerScope::All).await?;
    let sellers = sellers::list_for_account(db, &a.id).await?;
    let modules = Module::entitled(a.modules.as_deref());
    let plan_id = crate::backend::services::billing::plans::profile_of(db, &a.id)
        .await?
        .plan_id;
    let account = rows(db, vec![a]).await?.pop().ok_or(AppError::Internal)?;
    Ok(OpsAccountDetails {
        account,
        buyers,
        sellers,
        modules,
        plan_id,
    })
}

/// Sets the modules a client account is entitled to (the core ones always stay): the others
/// disappear from its console and are refused to its members, tokens and credentials until
/// enabled again. Groups and tokens keep their rights on them, unused meanwhile.
pub async fn set_account_modules(
    db: &DatabaseConnection,
    who: &Acting,
    id: &str,
    modules: &[Module],
) -> Result<Vec<Module>, AppError> {
    let (ops_account, actor, client) = (who.account_id.as_str(), &who.actor, &who.client);
    if modules.iter().any(|m| !m.exists()) {
        return Err(AppError::field(
            "modules",
            "Choose only modules that exist.",
        ));
    }
    let tx = audit::begin(db, id.trim()).await?;
    let a = client_account(&tx, id).await?;
    let before = Module::entitled(a.modules.as_deref());
    let stored = Module::store(&Module::entitled(Some(&Module::store(modules))));
    let after = Module::entitled(Some(&stored));
    let names = |ms: &[Module]| ms.iter().map(|m| m.label()).collect::<Vec<_>>().join(", ");
    let mut am: account::ActiveModel = a.clone().into();
    am.modules = Set(Some(stored));
    am.revision = Set(a.revision + 1);
    am.updated_at = Set(now_ms());
    am.updated_by = Set(Some(actor.name.clone()));
    let saved = am.update(&tx).await?;
    let entry = || AuditEntry {
        action: "account.account.set_modules".into(),
        object_type: "account".into(),
        object_id: saved.id.clone(),
        object_name: saved.name.clone(),
        summary: format!("Set the modules of {} to {}", saved.name, names(&after)),
        changes: vec![audit::masked(
            "modules",
            Some(names(&before)),
            Some(names(&after)),
        )],
    };
    audit::append(&tx, &saved.id, actor, client, entry()).await?;
    tx.commit().await?;
    audit::record(db, ops_account, actor, client, entry()).await?;
    Ok(after)
}

/// Creates the client account and invites its first admin into the Administrators group.
pub async fn create_client_account(
    state: &AppState,
    who: &Acting,
    v: ValidClientAccount,
) -> Result<NewClientAccount, AppError> {
    let (ops_account, actor, client) = (who.account_id.as_str(), &who.actor, &who.client);
    let db = &state.db;
    let tx = db.begin().await?;
    let a = accounts::create(
        &tx,
        &state.config.secret_key,
        v.name.as_str(),
        "Client",
        Some(actor.name.clone()),
    )
    .await?;
    let admins = groups::ensure_default(&tx, &a.id).await?;
    tx.commit().await?;
    audit::record(
        db,
        &a.id,
        actor,
        client,
        AuditEntry {
            action: "account.account.create".into(),
            object_type: "account".into(),
            object_id: a.id.clone(),
            object_name: a.name.clone(),
            summary: format!("The platform operator created the account {}", a.name),
            changes: vec![],
        },
    )
    .await?;
    audit::record(
        db,
        ops_account,
        actor,
        client,
        AuditEntry {
            action: "account.account.create".into(),
            object_type: "account".into(),
            object_id: a.id.clone(),
            object_name: a.name.clone(),
            summary: format!(
                "Created the client account {} and invited {}",
                a.name,
                v.admin_email.as_str()
            ),
            changes: vec![],
        },
    )
    .await?;
    // The platform operator creates the account and its first Admin: a full Admin there.
    let outcome = invitations::invite(
        state,
        &who.operator_in(&a.id),
        ValidInvite {
            emails: vec![v.admin_email.clone()],
            first_name: v.admin_first_name.clone(),
            last_name: v.admin_last_name.clone(),
            role: Role::Admin,
            group_ids: vec![admins.id.clone()],
        },
    )
    .await?;
    let m = membership::Entity::find()
        .filter(membership::Column::AccountId.eq(&a.id))
        .one(db)
        .await?
        .ok_or(AppError::Internal)?;
    // An address invited elsewhere without a password yet gets its link by e-mail only.
    let invitation_link =
        match invitations::current_link(state, &a.id, &m.id, &Grantor::full_admin()).await {
            Ok(link) => link,
            Err(AppError::BadRequest(_)) => String::new(),
            Err(e) => return Err(e),
        };
    Ok(NewClientAccount {
        account_id: a.id,
        admin_email: v.admin_email.as_str().to_string(),
        invitation_link,
        mail_sent: outcome.mail_failed.is_empty(),
    })
}

/// Enables or disables a client account: its members cannot sign in to it, its sessions stop
/// working and its API credentials are refused while it is disabled.
pub async fn set_account_enabled(
    db: &DatabaseConnection,
    who: &Acting,
    id: &str,
    enable: bool,
) -> Result<OpsAccountRow, AppError> {
    let (ops_account, actor, client) = (who.account_id.as_str(), &who.actor, &who.client);
    let tx = audit::begin(db, id.trim()).await?;
    let a = client_account(&tx, id).await?;
    let to = if enable { "Active" } else { "Disabled" };
    if a.status == to {
        return Err(AppError::BadRequest(format!(
            "This account is already {}.",
            if enable { "enabled" } else { "disabled" }
        )));
    }
    let mut am: account::ActiveModel = a.clone().into();
    am.status = Set(to.into());
    am.revision = Set(a.revision + 1);
    am.updated_at = Set(now_ms());
    am.updated_by = Set(Some(actor.name.clone()));
    let saved = am.update(&tx).await?;
    let verb = if enable { "enable" } else { "disable" };
    let entry = || AuditEntry {
        action: format!("account.account.{verb}"),
        object_type: "account".into(),
        object_id: saved.id.clone(),
        object_name: saved.name.clone(),
        summary: format!(
            "{} the account {}",
            if enable { "Enabled" } else { "Disabled" },
            saved.name
        ),
        changes: vec![audit::masked(
            "status",
            Some(a.status.clone()),
            Some(saved.status.clone()),
        )],
    };
    audit::append(&tx, &saved.id, actor, client, entry()).await?;
    tx.commit().await?;
    audit::record(db, ops_account, actor, client, entry()).await?;
    rows(db, vec![saved]).await?.pop().ok_or(AppError::Internal)
}

/// A new buyer of the client account `account_id`.
pub async fn create_buyer(
    db: &DatabaseConnection,
    who: &Acting,
    account_id: &str,
    v: ValidNewBuyer,
) -> Result<BuyerDto, AppError> {
    let a = client_account(db, account_id).await?;
    buyers::create(
        db,
        &who.operator_in(&a.id),
        NewBuyer {
            name: v.name,
            tax_number: v.tax_number,
            address: v.address,
            contact: v.contact,
        },
    )
    .await
}

/// Operations may enable any buyer, also one the client disabled.
pub async fn set_buyer_enabled(
    db: &DatabaseConnection,
    who: &Acting,
    account_id: &str,
    buyer_id: &str,
    enable: bool,
) -> Result<BuyerDto, AppError> {
    let a = client_account(db, account_id).await?;
    buyers::set_enabled(
        db,
        &who.operator_in(&a.id),
        &BuyerScope::All,
        buyer_id.trim(),
        enable,
    )
    .await
}

/// The operator's sellers with the accounts each is linked to.
pub async fn list_sellers(
    db: &DatabaseConnection,
    ops_account: &str,
) -> Result<Vec<OpsSellerRow>, AppError> {
    let list = seller::Entity::find()
        .filter(seller::Column::AccountId.eq(ops_account))
        .order_by_asc(seller::Column::SortName)
        .all(db)
        .await?;
    let ids: Vec<String> = list.iter().map(|x| x.id.clone()).collect();
    let links = seller_account::Entity::find()
        .filter(seller_account::Column::SellerId.is_in(ids))
        .all(db)
        .await?;
    let names: HashMap<String, String> = account::Entity::find()
        .filter(account::Column::Id.is_in(links.iter().map(|l| l.account_id.clone())))
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.id, a.name))
        .collect();
    let dtos = sellers::to_plain_dtos(list);
    Ok(dtos
        .into_iter()
        .map(|s| {
            let mut accounts: Vec<Named> = links
                .iter()
                .filter(|l| l.seller_id == s.id)
                .filter_map(|l| {
                    names.get(&l.account_id).map(|n| Named {
                        id: l.account_id.clone(),
                        name: n.clone(),
                    })
                })
                .collect();
            accounts.sort_by_key(|n| n.name.to_lowercase());
            OpsSellerRow {
                seller: s,
                accounts,
            }
        })
        .collect())
}

pub async fn create_seller(
    db: &DatabaseConnection,
    who: &Acting,
    v: ValidSeller,
) -> Result<OpsSellerRow, AppError> {
    let x = sellers::create(db, who, &v.name, &v.address, &v.currencies).await?;
    let seller = sellers::to_plain_dtos(vec![x])
        .pop()
        .ok_or(AppError::Internal)?;
    Ok(OpsSellerRow {
        seller,
        accounts: vec![],
    })
}

/// Links one of the operator's sellers to a client account and, optionally, one of its buyers.
pub async fn link_seller(
    db: &DatabaseConnection,
    who: &Acting,
    (seller_id, account_id, buyer_id): (String, String, Option<String>),
) -> Result<OpsAccountDetails, AppError> {
    let own = seller::Entity::find_by_id(seller_id.clone())
        .filter(seller::Column::AccountId.eq(&who.account_id))
        .one(db)
        .await?
        .is_some();
    if !own {
        return Err(AppError::field("seller_id", "Choose one of your sellers."));
    }
    let a = client_account(db, &account_id)
        .await
        .map_err(|_| AppError::field("account_id", "Choose a client account."))?;
    sellers::link(db, &who.operator_in(&a.id), &seller_id, buyer_id.as_deref()).await?;
    account_details(db, &a.id).await
}

pub async fn set_seller_status(
    db: &DatabaseConnection,
    who: &Acting,
    seller_id: &str,
    status: &str,
) -> Result<OpsSellerRow, AppError> {
    let to = SellerStatus::parse(status)
        .ok_or_else(|| AppError::field("status", "Choose Active, Offline or Disabled."))?;
    sellers::set_status(db, who, seller_id.trim(), to).await?;
    list_sellers(db, &who.account_id)
        .await?
        .into_iter()
        .find(|r| r.seller.id == seller_id.trim())
        .ok_or(AppError::Internal)
}
