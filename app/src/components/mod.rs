//! Reusable pieces of the console. One component per file.

mod banners;
mod confirm;
mod detail_tabs;
mod fields;
mod header;
mod icons;
mod modal;
mod nav;
mod no_access;
mod password_checklist;
mod shell;

pub use banners::{OfflineBanner, UpdateBanner};
pub use confirm::ConfirmDialog;
pub use detail_tabs::{use_tab, DetailTabs};
pub use fields::{SelectField, TextAreaField, TextField};
pub use header::Header;
pub use icons::{Icon, IconKind};
pub use modal::Modal;
pub use nav::{first_allowed_path, SideNav, NAV_ITEMS};
pub use no_access::{NoAccess, RequireModule};
pub use password_checklist::PasswordChecklist;
pub use shell::Shell;
