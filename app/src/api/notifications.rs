//! Notifications: the account's settings and Messages log (module Notifications), the
//! signed-in person's preferences (any member), and the preferences page opened from an
//! e-mail's footer link (no session; the signed token is the credential).

use crate::error::AppError;
use crate::model::{
    LinkPrefs, MessageDetails, MessagePage, MessageQuery, NotificationSettings, PrefRow,
};
#[cfg(feature = "ssr")]
use crate::{
    backend::{
        ctx::{self, Caller},
        services::{
            mail::message_log, mail::notification_categories as categories,
            mail::notification_prefs as prefs, mail::notification_settings as settings,
        },
    },
    model::Category,
    permissions::{Level, Module},
    validation::{check_category, check_mail_settings, parse_recipient},
};
use leptos::prelude::*;
use server_fn::codec::Json;

// The macro would name its argument struct `NotificationSettings`, taken by the DTO.
#[server(name = NotificationSettingsCall, prefix = "/sf", endpoint = "notifications/settings", input = Json, client = crate::offline::LastSeen)]
pub async fn notification_settings() -> Result<NotificationSettings, AppError> {
    let caller = Caller::require(Module::Notifications, Level::View).await?;
    settings::load(&caller.state.db, caller.account_id()).await
}

/// Sender name (1–80 characters) and footer (at most 1,000); returns the new revision.
#[server(prefix = "/sf", endpoint = "notifications/save_settings", input = Json)]
pub async fn save_notification_settings(
    sender_name: String,
    footer: String,
    revision: i64,
) -> Result<i64, AppError> {
    let caller = Caller::require(Module::Notifications, Level::Edit).await?;
    let valid = check_mail_settings(&sender_name, &footer).map_err(AppError::Validation)?;
    settings::update_settings(&caller.state.db, &caller.acting().await?, valid, revision).await
}

/// One category; `recipients` are `user:USR-…` or `group:UGR-…`. Returns the new revision.
#[server(prefix = "/sf", endpoint = "notifications/save_category", input = Json)]
pub async fn save_notification_category(
    key: String,
    enabled: bool,
    note: String,
    required: bool,
    recipients: Vec<String>,
    revision: i64,
) -> Result<i64, AppError> {
    let caller = Caller::require(Module::Notifications, Level::Edit).await?;
    let category = Category::parse(&key)
        .ok_or_else(|| AppError::BadRequest("Unknown notification category.".into()))?;
    let note = check_category(category, enabled, &note).map_err(AppError::Validation)?;
    let recipients = recipients
        .iter()
        .map(|r| parse_recipient(r))
        .collect::<Option<Vec<_>>>()
        .ok_or_else(|| {
            AppError::field("recipients", "One of the chosen recipients is not valid.")
        })?;
    let input = categories::CategoryInput {
        category,
        enabled,
        note,
        required,
        recipients,
        revision,
    };
    categories::update(&caller.state.db, &caller.acting().await?, input).await
}

#[server(prefix = "/sf", endpoint = "notifications/messages", input = Json, client = crate::offline::LastSeen)]
pub async fn list_messages(q: MessageQuery) -> Result<MessagePage, AppError> {
    let caller = Caller::require(Module::Notifications, Level::View).await?;
    message_log::list(&caller.state.db, caller.account_id(), &q).await
}

/// Every message that matches the log's filters, as CSV (all pages, newest first).
#[server(prefix = "/sf", endpoint = "notifications/messages_export", input = Json)]
pub async fn export_messages_csv(q: MessageQuery) -> Result<String, AppError> {
    let caller = Caller::require(Module::Notifications, Level::View).await?;
    let (db, account) = (&caller.state.db, caller.account_id());
    crate::util::exports::all_pages(
        crate::util::exports::MESSAGES_HEADER,
        crate::util::exports::message_line,
        |after| {
            let q = MessageQuery {
                limit: 100,
                after,
                ..q.clone()
            };
            async move {
                let page = message_log::list(db, account, &q).await?;
                Ok((page.rows, page.next))
            }
        },
    )
    .await
}

// The macro would name its argument struct `MessageDetails`, taken by the DTO.
#[server(name = MessageDetailsCall, prefix = "/sf", endpoint = "notifications/message", input = Json)]
pub async fn message_details(id: String) -> Result<MessageDetails, AppError> {
    let caller = Caller::require(Module::Notifications, Level::View).await?;
    let key = &caller.state.config.secret_key;
    message_log::details(&caller.state.db, key, caller.account_id(), &id).await
}

/// The signed-in person's preferences in the current account.
#[server(prefix = "/sf", endpoint = "notifications/my_prefs", input = Json, client = crate::offline::LastSeen)]
pub async fn my_notification_prefs() -> Result<Vec<PrefRow>, AppError> {
    let caller = Caller::current().await?;
    prefs::list(
        &caller.state.db,
        &caller.resolved.user.id,
        caller.account_id(),
    )
    .await
}

/// (category key, enabled) pairs; switching off a locked category is refused.
#[server(prefix = "/sf", endpoint = "notifications/save_my_prefs", input = Json)]
pub async fn save_my_notification_prefs(prefs: Vec<(String, bool)>) -> Result<(), AppError> {
    let caller = Caller::current().await?;
    let (db, account) = (&caller.state.db, caller.account_id());
    prefs::save(db, &caller.resolved.user, account, &caller.client, &prefs).await
}

/// The preferences a footer link opens (no session needed).
#[server(prefix = "/sf", endpoint = "notifications/link_prefs", input = Json)]
pub async fn prefs_by_link(token: String) -> Result<LinkPrefs, AppError> {
    let state = ctx::state()?;
    prefs::by_link(&state, &token, &ctx::client_info()).await
}

#[server(prefix = "/sf", endpoint = "notifications/save_link_prefs", input = Json)]
pub async fn save_prefs_by_link(token: String, prefs: Vec<(String, bool)>) -> Result<(), AppError> {
    let state = ctx::state()?;
    prefs::save_by_link(&state, &token, &ctx::client_info(), &prefs).await
}
