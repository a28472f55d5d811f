//! E-mail: the queue and its delivery worker, recipients and texts, the Messages log, and the notification categories, preferences and settings that decide who gets what.

pub mod mail_delivery;
pub mod mail_queue;
pub mod mail_recipients;
pub mod mail_text;
pub mod message_log;
pub mod notification_categories;
pub mod notification_link;
pub mod notification_prefs;
pub mod notification_settings;
