mod group_buyers;
mod group_edit;
mod group_fields;
mod group_wizard;
mod groups_page;

pub use group_buyers::GroupBuyers;
pub use group_edit::GroupEditPage;
pub use group_wizard::GroupWizardPage;
pub use groups_page::GroupsPage;
