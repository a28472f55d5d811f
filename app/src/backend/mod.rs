//! Server-only code: database, services, sessions, crypto. Compiled only with the `ssr`
//! feature, so none of it reaches the wasm.

pub mod clock;
pub mod crypto;
pub mod ctx;
pub mod db;
pub mod entities;
pub mod files;
pub mod mail;
pub mod migration;
pub mod services;
pub mod state;
pub mod token_format;

pub use state::{AppState, Config};
