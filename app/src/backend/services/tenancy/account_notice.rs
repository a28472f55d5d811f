//! Tells the Account category's recipients that the account's details changed. Sent after
//! the change has committed; a failure to queue is logged and never undoes the change.

use crate::backend::services::mail::mail_queue::{self, OutgoingMail, To};
use crate::backend::services::mail::mail_recipients::resolve_recipients;
use crate::backend::state::AppState;
use crate::error::AppError;
use crate::i18n::tr_args;
use crate::model::Category;

pub async fn details_changed(
    state: &AppState,
    account_id: &str,
    account_name: &str,
    by: &str,
) -> Result<usize, AppError> {
    let recipients = resolve_recipients(&state.db, account_id, Category::Account).await?;
    let count = recipients.len();
    for r in recipients {
        let args = [
            ("account", account_name.to_string()),
            ("by", by.to_string()),
            (
                "url",
                format!("{}/settings/account", state.config.link_base),
            ),
        ];
        let mail = OutgoingMail {
            account_id: Some(account_id.to_string()),
            category: Category::Account,
            to: To::User(r.user_id),
            subject: tr_args(r.language, "mail-account-changed-subject", &args),
            body: tr_args(r.language, "mail-account-changed-body", &args),
            language: r.language,
        };
        mail_queue::enqueue(state, mail).await?;
    }
    Ok(count)
}
