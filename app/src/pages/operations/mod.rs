mod account_modules;
mod account_page;
mod accounts_page;
mod link_seller_form;
mod new_account_form;
mod new_buyer_form;
mod new_seller_form;
mod require_operations;
mod sellers_page;

pub use account_modules::AccountModules;
pub use account_page::OpsAccountPage;
pub use accounts_page::OpsAccountsPage;
pub use link_seller_form::LinkSellerForm;
pub use new_account_form::NewAccountForm;
pub use new_buyer_form::NewBuyerForm;
pub use new_seller_form::NewSellerForm;
pub use require_operations::RequireOperations;
pub use sellers_page::OpsSellersPage;
