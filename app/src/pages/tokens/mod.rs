mod api_reference;
mod new_secret;
mod rotate_form;
mod token_edit;
mod token_filters;
mod token_form;
mod token_page;
mod token_policy;
mod tokens_page;
mod tokens_table;

pub use api_reference::ApiReferencePage;
pub use token_page::TokenPage;
pub use tokens_page::TokensPage;
