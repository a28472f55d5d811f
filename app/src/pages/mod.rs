//! One page per file, grouped by module.

mod account;
pub mod audit;
mod auth;
mod billing;
mod buyers;
mod groups;
mod home;
mod licensees;
mod not_found;
pub(crate) mod notifications;
mod operations;
pub(crate) mod profile;
mod sellers;
mod tokens;
mod users;

pub use account::AccountPage;
pub use audit::{AuditPage, AuditRecordPage};
pub use auth::{
    AcceptInvitationPage, ForgotPasswordPage, NotificationLinkPage, ResetPasswordPage, SignInPage,
};
pub use billing::{BillingPage, InvoicePage, InvoicesPage};
pub use buyers::{BuyerPage, BuyersPage};
pub use groups::{GroupEditPage, GroupWizardPage, GroupsPage};
pub use home::HomeRedirect;
pub use licensees::{LicenseePage, LicenseeWizardPage, LicenseesPage};
pub use not_found::NotFound;
pub use notifications::{MessagePage, MessagesPage, NotificationsPage};
pub use operations::{
    OpsAccountPage, OpsAccountsPage, OpsPeoplePage, OpsPlansPage, OpsSellersPage,
};
pub use profile::{ProfilePage, TwoStepGate};
pub use sellers::{SellerPage, SellersPage};
pub use tokens::{ApiReferencePage, TokenPage, TokensPage};
pub use users::{MemberPage, UsersPage};
