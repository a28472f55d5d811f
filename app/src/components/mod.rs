//! Reusable pieces of the console. One component per file.

mod address_fields;
mod banners;
mod bulk;
mod confirm;
mod detail_tabs;
mod details_kit;
mod fields;
mod form_state;
mod header;
mod icons;
mod list_kit;
mod list_local;
mod list_query;
mod logo_card;
mod logo_picker;
mod modal;
mod nav;
mod no_access;
mod offline_ui;
pub mod page_progress;
mod password_checklist;
mod shell;

pub use address_fields::{address_fields, contact_fields, country_options};
pub use banners::UpdateBanner;
pub use bulk::{run_bulk, BulkBar, SelectPage, SelectRow, Selection};
pub use confirm::ConfirmDialog;
pub use detail_tabs::{use_tab, DetailTabs};
pub use details_kit::{details_tabs, DetailsHeader, RecordFacts};
pub use fields::{SelectField, TextAreaField, TextField};
pub use form_state::{FormMessage, FormState, NEEDS_ATTENTION};
pub use header::Header;
pub use icons::{Icon, IconKind};
pub use list_kit::{KeysetPager, ListFilters, ListSearch, SortChoice};
pub use list_local::{export_local, LocalList};
pub use list_query::{use_list_query, ListPager, ListQuery, PAGE_SIZES};
pub use logo_card::LogoCard;
#[cfg(not(feature = "ssr"))]
pub use logo_picker::read_data_url;
pub use logo_picker::LogoPicker;
pub use modal::Modal;
pub use nav::{first_allowed_path, SideNav, NAV_ITEMS};
pub use no_access::{NoAccess, RequireModule};
pub use offline_ui::{
    ConflictChoice, ConnectionIndicator, DraftOffer, InstallButton, KeptDataBanner, OfflineNote,
};
pub use page_progress::PageProgress;
pub use password_checklist::{PasswordChecklist, PASSWORD_RULES};
pub use shell::Shell;
