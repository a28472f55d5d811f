mod accept_invitation;
mod forgot_password;
mod notification_link;
mod reset_password;
mod second_step;
mod sign_in;

pub use accept_invitation::AcceptInvitationPage;
pub use forgot_password::ForgotPasswordPage;
pub use notification_link::NotificationLinkPage;
pub use reset_password::ResetPasswordPage;
pub use second_step::SecondStepForm;
pub use sign_in::SignInPage;
