//! Who receives an account's mail, in which language, and whether they asked not to.

use crate::backend::entities::{
    account, group_member, membership, notification_pref as pref, notification_recipient as rcp,
    user,
};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::model::Category;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use std::collections::BTreeSet;

/// A person a mail goes to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient {
    pub user_id: String,
    pub email: String,
    pub language: Lang,
}

/// The person's own language, else the account's preferred one, else English.
pub fn language_of(person: Option<&user::Model>, account: Option<&account::Model>) -> Lang {
    person
        .and_then(|u| u.language.as_deref())
        .and_then(Lang::parse)
        .or_else(|| account.and_then(|a| Lang::parse(&a.language)))
        .unwrap_or_default()
}

/// The recipients configured for an account-wide mail of `category`: users listed directly
/// and members of listed groups, each once, only while their membership is Active and their
/// identity is not blocked or deleted. Sorted by e-mail.
pub async fn resolve_recipients<C: ConnectionTrait>(
    conn: &C,
    account_id: &str,
    category: Category,
) -> Result<Vec<Recipient>, AppError> {
    let listed = rcp::Entity::find()
        .filter(rcp::Column::AccountId.eq(account_id))
        .filter(rcp::Column::Category.eq(category.key()))
        .all(conn)
        .await?;
    let group_ids: Vec<String> = listed
        .iter()
        .filter(|r| r.kind == "group")
        .map(|r| r.ref_id.clone())
        .collect();
    let via_groups: Vec<String> = group_member::Entity::find()
        .filter(group_member::Column::GroupId.is_in(group_ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|l| l.membership_id)
        .collect();
    let direct: Vec<String> = listed
        .iter()
        .filter(|r| r.kind == "user")
        .map(|r| r.ref_id.clone())
        .collect();
    // One query for both ways in; the set below is what makes a person count once.
    let members = membership::Entity::find()
        .filter(membership::Column::AccountId.eq(account_id))
        .filter(membership::Column::Status.eq("Active"))
        .filter(
            sea_orm::Condition::any()
                .add(membership::Column::Id.is_in(via_groups))
                .add(membership::Column::UserId.is_in(direct)),
        )
        .all(conn)
        .await?;
    let user_ids: BTreeSet<String> = members.into_iter().map(|m| m.user_id).collect();
    if user_ids.is_empty() {
        return Ok(vec![]);
    }
    let account = account::Entity::find_by_id(account_id.to_string())
        .one(conn)
        .await?;
    let mut out: Vec<Recipient> = user::Entity::find()
        .filter(user::Column::Id.is_in(user_ids))
        .filter(user::Column::Status.eq("Active"))
        .all(conn)
        .await?
        .into_iter()
        .map(|u| Recipient {
            language: language_of(Some(&u), account.as_ref()),
            user_id: u.id,
            email: u.email,
        })
        .collect();
    out.sort_by(|a, b| a.email.cmp(&b.email));
    Ok(out)
}

/// False when the person switched `category` off for this account.
pub async fn wants<C: ConnectionTrait>(
    conn: &C,
    user_id: &str,
    account_id: &str,
    category: Category,
) -> Result<bool, AppError> {
    let row = pref::Entity::find_by_id((
        user_id.to_string(),
        account_id.to_string(),
        category.key().to_string(),
    ))
    .one(conn)
    .await?;
    Ok(row.is_none_or(|p| p.enabled))
}
