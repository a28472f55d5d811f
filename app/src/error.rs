//! The one error type every server function returns and every form understands.
//!
//! Clients only ever see these variants; anything unexpected becomes `Internal` with no detail
//! (the detail goes to the server log where the conversion happens).

use serde::{Deserialize, Serialize};
use server_fn::codec::JsonEncoding;
use server_fn::error::{FromServerFnError, ServerFnErrorErr};
use std::collections::BTreeMap;

/// Field name -> message, in the order the form shows them.
pub type FieldErrors = BTreeMap<String, String>;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    #[error("Please sign in to continue.")]
    Unauthenticated,
    #[error("You don't have permission to do this.")]
    Forbidden,
    /// Refused, with the sentence that says what is missing (`permissions::Denial`).
    #[error("{0}")]
    Denied(String),
    #[error("Not found.")]
    NotFound,
    /// The account requires two-step verification and the caller has not set it up yet:
    /// only their own settings answer until they do.
    #[error("This account requires two-step verification. Set it up under Profile → Two-step verification to continue.")]
    TwoStepSetupRequired,
    /// Someone else saved the object after it was loaded.
    #[error("{0}")]
    Conflict(String),
    #[error("Some fields need your attention.")]
    Validation(FieldErrors),
    #[error("Too many attempts. Try again in {0} s.")]
    Throttled(u64),
    #[error("{0}")]
    BadRequest(String),
    #[error("The server could not be reached. Check your connection and try again.")]
    Network,
    /// Offline, and this read was never answered on this device (`offline::last_seen`).
    #[error("This page is not available offline: it was not opened on this device while online.")]
    Unavailable,
    #[error("Something went wrong on our side. Please try again.")]
    Internal,
}

impl AppError {
    pub fn field(name: &str, message: impl Into<String>) -> Self {
        let mut errors = FieldErrors::new();
        errors.insert(name.to_string(), message.into());
        AppError::Validation(errors)
    }

    pub fn field_errors(&self) -> FieldErrors {
        match self {
            AppError::Validation(errors) => errors.clone(),
            _ => FieldErrors::new(),
        }
    }

    /// HTTP status the server answers with, so that non-browser clients see the right code.
    pub fn status_code(&self) -> u16 {
        match self {
            AppError::Unauthenticated => 401,
            AppError::Forbidden | AppError::Denied(_) | AppError::TwoStepSetupRequired => 403,
            AppError::NotFound => 404,
            AppError::Conflict(_) => 409,
            AppError::Validation(_) => 422,
            AppError::Throttled(_) => 429,
            AppError::BadRequest(_) => 400,
            AppError::Network | AppError::Unavailable => 503,
            AppError::Internal => 500,
        }
    }
}

impl From<crate::permissions::Denial> for AppError {
    fn from(d: crate::permissions::Denial) -> Self {
        AppError::Denied(d.to_string())
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Request(why) if why == crate::offline::last_seen::UNSEEN => {
                AppError::Unavailable
            }
            ServerFnErrorErr::Request(_) => AppError::Network,
            ServerFnErrorErr::Args(_) | ServerFnErrorErr::Deserialization(_) => {
                AppError::BadRequest("The request was not understood.".into())
            }
            _ => AppError::Internal,
        }
    }
}

#[cfg(feature = "ssr")]
impl From<sea_orm::DbErr> for AppError {
    fn from(err: sea_orm::DbErr) -> Self {
        tracing::error!(error = %err, "database error");
        AppError::Internal
    }
}

#[cfg(feature = "ssr")]
impl From<sea_orm::TransactionError<AppError>> for AppError {
    fn from(err: sea_orm::TransactionError<AppError>) -> Self {
        match err {
            sea_orm::TransactionError::Connection(e) => e.into(),
            sea_orm::TransactionError::Transaction(e) => e,
        }
    }
}
