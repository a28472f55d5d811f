//! The personal pages: sign-in's second step, two-step verification, sessions.

use super::SessionInfo;
use serde::{Deserialize, Serialize};

/// What a correct password leads to: a session, or (two-step verification on) a challenge to
/// answer with a code through `sign_in_code`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum SignInResult {
    /// Boxed: the session is far larger than a challenge (the JSON is the same).
    SignedIn(Box<SessionInfo>),
    SecondStep {
        challenge: String,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TwoStepStatus {
    pub enabled: bool,
    pub enabled_at: Option<i64>,
    pub recovery_codes_left: u32,
}

/// A set-up waiting for its first code. `secret` is the manual key, in groups of 4.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TwoStepSetup {
    pub secret: String,
    pub otpauth_uri: String,
    pub qr_svg: String,
}

/// Shown once, right after they are made; the server keeps only their hashes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecoveryCodes {
    pub codes: Vec<String>,
}

/// One place the person is signed in. `handle` names it for "sign out" without revealing the
/// session id (it is a short prefix of the id's hash).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionRow {
    pub handle: String,
    pub current: bool,
    pub device: String,
    pub ip: String,
    pub created_at: i64,
    pub last_seen_at: i64,
}
