mod licensee_edit;
mod licensee_fields;
mod licensee_page;
mod licensee_status;
mod licensee_wizard;
mod licensees_page;
mod licensees_table;

pub use licensee_edit::LicenseeEditForm;
pub use licensee_page::LicenseePage;
pub use licensee_status::{LicenseeNotice, LicenseeStatusAction};
pub use licensee_wizard::LicenseeWizardPage;
pub use licensees_page::LicenseesPage;
pub use licensees_table::LicenseesTable;
