//! People's own identity: sign-in and its throttles and second step, sessions, passwords and their resets, profile and picture, two-step verification and recovery codes.

pub mod auth;
pub mod password_change;
pub mod passwords;
pub mod person;
pub mod picture;
pub mod profile;
pub mod recovery_codes;
pub mod session_list;
pub mod sessions;
pub mod sign_in_challenge;
pub mod sign_in_unlock;
pub mod throttle;
pub mod totp;
pub mod two_step;
pub mod users;
