mod account_form;
mod account_page;
mod credentials_card;
mod logo_card;
mod two_step_policy_card;

pub use account_page::AccountPage;
