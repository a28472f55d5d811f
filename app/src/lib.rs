#![recursion_limit = "512"]
//! Account Settings: the shared crate. Pages, components and server functions compile for
//! both the browser (`csr`) and the server (`ssr`); `backend` exists only on the server.

pub mod api;
mod app;
pub mod components;
pub mod error;
pub mod i18n;
pub mod ids;
pub mod model;
pub mod offline;
pub mod pages;
pub mod permissions;
mod routes;
pub mod state;
pub mod util;
pub mod validation;

#[cfg(feature = "ssr")]
pub mod backend;

pub use app::App;
