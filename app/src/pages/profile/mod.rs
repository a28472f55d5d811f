mod password_card;
mod profile_page;
mod sessions_card;
mod two_step_card;

pub use password_card::PasswordCard;
pub use profile_page::ProfilePage;
pub use sessions_card::SessionsCard;
pub use two_step_card::TwoStepCard;
