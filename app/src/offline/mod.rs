//! Offline: the console shows what was last seen and keeps what is typed.
//!
//! Design (security-sensitive: it stores a person's data in their browser):
//! - **One read path.** Every read server function names `LastSeen` as its client; nothing in
//!   the pages. An answer is kept in IndexedDB (never Cache Storage) under
//!   `user|account|function|arguments`, so a page reloaded offline with the same URL asks the
//!   same question and gets the same rows, and another person or another account on the same
//!   browser asks under another key. Reads that return secrets (credentials, invitation links)
//!   do not carry the client; mutations never do.
//! - **Bounded.** An index of (key, time, bytes) drops the oldest answers past
//!   `last_seen::CAP_BYTES`.
//! - **Cleared.** Sign-out, an ended session and a different person signing in empty both
//!   stores (`forget_all`); a switch of account changes the scope.
//! - **Drafts** (`drafts`) are kept per person, account and object with their revision; they
//!   are never sent by themselves.

pub mod connection;
pub mod drafts;
pub mod fields;
mod idb;
pub mod last_seen;

pub use connection::{connection, is_offline, kept_at, Connection};
pub use drafts::Draft;
pub use last_seen::LastSeen;

/// The person and account whose data may be kept now (None: keep nothing). Called with every
/// change of session; a different person than before empties the stores first.
pub fn set_scope(user_id: Option<&str>, account_id: Option<&str>) {
    const PERSON: &str = "as.offline.person";
    let before: Option<String> = crate::util::storage::get_json(PERSON);
    if before.as_deref() != user_id {
        forget_all();
        match user_id {
            Some(u) => crate::util::storage::set_json(PERSON, &u),
            None => crate::util::storage::remove(PERSON),
        }
    }
    last_seen::set_scope(user_id.zip(account_id).map(|(u, a)| format!("{u}|{a}")));
}

/// Empties everything kept on this device.
pub fn forget_all() {
    #[cfg(not(feature = "ssr"))]
    leptos::task::spawn_local(last_seen::forget_all());
}
