//! Helpers for the notification and mail queue tests.

use app::backend::entities::{group_member, membership, message};
use app::backend::services::mail::mail_queue::{self, Enqueued, OutgoingMail, To};
use app::backend::AppState;
use app::i18n::Lang;
use app::model::Category;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// Queues a plain mail of `category` from `account` to the person with `email`.
pub async fn enqueue_to(
    state: &AppState,
    account: &str,
    email: &str,
    category: Category,
    subject: &str,
) -> Enqueued {
    let user = user_id(state, email).await;
    mail_queue::enqueue(
        state,
        OutgoingMail {
            account_id: Some(account.into()),
            category,
            to: To::User(user),
            subject: subject.into(),
            body: format!("About {subject}.\n"),
            language: Lang::En,
        },
    )
    .await
    .expect("enqueue")
}

pub async fn user_id(state: &AppState, email: &str) -> String {
    app::backend::services::identity::users::find_by_email(&state.db, email)
        .await
        .unwrap()
        .expect("a known e-mail")
        .id
}

pub async fn membership_of(state: &AppState, account: &str, email: &str) -> String {
    let user = user_id(state, email).await;
    membership::Entity::find()
        .filter(membership::Column::AccountId.eq(account))
        .filter(membership::Column::UserId.eq(user))
        .one(&state.db)
        .await
        .unwrap()
        .expect("a member")
        .id
}

/// Puts the member with `email` into `group` directly.
pub async fn join_group(state: &AppState, account: &str, group: &str, email: &str) {
    let row = group_member::ActiveModel {
        group_id: sea_orm::Set(group.into()),
        membership_id: sea_orm::Set(membership_of(state, account, email).await),
    };
    group_member::Entity::insert(row)
        .exec_without_returning(&state.db)
        .await
        .unwrap();
}

pub async fn message(state: &AppState, id: &str) -> message::Model {
    message::Entity::find_by_id(id.to_string())
        .one(&state.db)
        .await
        .unwrap()
        .expect("the message")
}

/// Every message of an account to `email`, oldest first.
pub async fn messages_to(state: &AppState, account: &str, email: &str) -> Vec<message::Model> {
    let mut rows = message::Entity::find()
        .filter(message::Column::AccountId.eq(account))
        .filter(message::Column::Recipient.eq(email))
        .all(&state.db)
        .await
        .unwrap();
    rows.sort_by_key(|m| (m.created_at, m.id.clone()));
    rows
}

/// The token of the last preferences link in `mails` (it contains a `.`, which
/// `mailed_token` stops at).
pub fn preferences_token(mails: &[String]) -> Option<String> {
    let needle = "/notification-preferences?token=";
    mails.iter().rev().find_map(|m| {
        let start = m.find(needle)? + needle.len();
        Some(
            m[start..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
                .collect(),
        )
    })
}

/// A category form as the page sends it.
pub fn category(
    key: &str,
    enabled: bool,
    note: &str,
    required: bool,
    recipients: &[String],
    revision: i64,
) -> serde_json::Value {
    serde_json::json!({"key": key, "enabled": enabled, "note": note, "required": required,
        "recipients": recipients, "revision": revision})
}
