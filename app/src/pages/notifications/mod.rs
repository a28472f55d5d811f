mod category_form;
mod category_table;
mod message_page;
mod messages_page;
mod notifications_page;
mod sender_card;

use category_form::CategoryForm;
use category_table::CategoryTable;
pub use message_page::MessagePage;
pub use messages_page::MessagesPage;
pub use notifications_page::NotificationsPage;
use sender_card::SenderCard;

/// A category's name in the interface language, from its key (`user_updates`).
pub(crate) fn category_name(key: &str) -> String {
    crate::i18n::t_dyn(&format!("notifications-cat-{}", key.replace('_', "-")))
}
