//! One page per file, grouped by module.

mod account;
mod audit;
mod auth;
mod groups;
mod home;
mod not_found;
mod profile;
mod tokens;
mod users;

pub use account::AccountPage;
pub use audit::AuditPage;
pub use auth::{AcceptInvitationPage, ForgotPasswordPage, ResetPasswordPage, SignInPage};
pub use groups::{GroupEditPage, GroupWizardPage, GroupsPage};
pub use home::HomeRedirect;
pub use not_found::NotFound;
pub use profile::ProfilePage;
pub use tokens::{ApiReferencePage, TokensPage};
pub use users::UsersPage;
