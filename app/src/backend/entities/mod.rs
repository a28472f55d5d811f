//! sea-orm entities. Times are UTC milliseconds since the epoch (BIGINT) so that SQLite and
//! PostgreSQL store, compare and index them identically.

pub mod account;
pub mod api_rate_window;
pub mod api_token;
pub mod api_token_secret;
pub mod audit_head;
pub mod audit_purge;
pub mod audit_record;
pub mod buyer;
pub mod buyer_seller;
pub mod group;
pub mod group_buyer;
pub mod group_member;
pub mod invitation;
pub mod job_lease;
pub mod licensee;
pub mod login_throttle;
pub mod membership;
pub mod message;
pub mod notification_category;
pub mod notification_pref;
pub mod notification_recipient;
pub mod notification_setting;
pub mod password_reset;
pub mod recovery_code;
pub mod seller;
pub mod seller_account;
pub mod session;
pub mod sign_in_challenge;
pub mod sign_in_unlock;
pub mod user;
pub mod user_picture;
