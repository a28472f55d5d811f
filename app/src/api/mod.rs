//! Server functions, one module per domain. Each is thin: authenticate and authorise through
//! `Caller`, validate with the shared validation, call a service, map to a DTO. Their URLs are
//! fixed (`/sf/<domain>/<name>`) so an installed app keeps working across releases.

pub mod account;
pub mod audit;
pub mod auth;
pub mod billing;
pub mod buyers;
pub mod groups;
pub mod invitations;
pub mod invoices;
pub mod licensees;
pub mod me;
pub mod notifications;
pub mod operations;
pub mod profile;
pub mod sellers;
pub mod tokens;
pub mod two_step_admin;
pub mod users;

pub use account::*;
pub use audit::*;
pub use auth::*;
pub use billing::*;
pub use buyers::*;
pub use groups::*;
pub use invitations::*;
pub use invoices::*;
pub use licensees::*;
pub use me::*;
pub use notifications::*;
pub use operations::*;
pub use profile::*;
pub use sellers::*;
pub use tokens::*;
pub use two_step_admin::*;
pub use users::*;
