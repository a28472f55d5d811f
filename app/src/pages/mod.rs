//! One page per file, grouped by module.

mod account;
mod audit;
mod auth;
mod home;
mod not_found;
mod profile;

pub use account::AccountPage;
pub use audit::AuditPage;
pub use auth::SignInPage;
pub use home::HomeRedirect;
pub use not_found::NotFound;
pub use profile::ProfilePage;
