//! One page per file, grouped by module.

mod account;
pub mod audit;
mod auth;
mod groups;
mod home;
mod not_found;
mod profile;
mod tokens;
mod users;

pub use account::AccountPage;
pub use audit::{AuditPage, AuditRecordPage};
pub use auth::{AcceptInvitationPage, ForgotPasswordPage, ResetPasswordPage, SignInPage};
pub use groups::{GroupEditPage, GroupWizardPage, GroupsPage};
pub use home::HomeRedirect;
pub use not_found::NotFound;
pub use profile::ProfilePage;
pub use tokens::{ApiReferencePage, TokenPage, TokensPage};
pub use users::{MemberPage, UsersPage};
