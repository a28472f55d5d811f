//! Validation shared by the forms (as the user types) and the server functions (again, because
//! a browser can be bypassed). Plain Rust without `regex`, so it stays small in the wasm.

mod account;
mod address;
mod audit;
pub mod billing;
mod billing_contact;
mod card;
mod email;
mod group;
mod invite;
pub mod lists;
mod logo;
pub mod notifications;
mod operations;
mod password;
mod profile;
mod text;
mod token;
mod trading;
mod web;

pub use account::{AccountInput, ValidAccount};
pub use address::{check_phone, Address, Contact, ValidAddress, ValidContact};
pub use audit::{check_retention, ActorMatch, AuditQuery, RETENTION_PRESETS};
pub use billing::{parse_tax_rate, PlanInput, PriceInput, ValidPlan};
pub use billing_contact::{BillingContactInput, ValidBillingContact, MAX_INVOICE_EMAILS};
pub use card::{card_digits, luhn_ok, CardBrand, CardInput, CardSummary};
pub use email::Email;
pub use group::GroupInput;
pub use invite::{check_new_identity, split_emails, InviteInput, ValidInvite, MAX_INVITES};
pub use logo::{check_logo, LogoKind, MAX_LOGO_BYTES};
pub use notifications::{
    check_category, check_mail_settings, parse_recipient, MAX_FOOTER, MAX_NOTE, MAX_SENDER_NAME,
};
pub use operations::{
    check_tax_number, ClientAccountInput, NewBuyerInput, SellerInput, SellerLinkInput,
    ValidClientAccount, ValidNewBuyer, ValidSeller, CURRENCIES,
};
pub use password::{password_problems, Password};
pub use profile::{
    ProfileInput, ValidProfile, DATE_FORMATS, MAX_PICTURE_BYTES, NUMBER_FORMATS, THEMES,
    TIME_FORMATS,
};
pub use text::{AccountName, BoundedText};
pub use token::{
    parse_date, validate_details, TokenInput, TokenName, ValidToken, DAY_MS, DEFAULT_MAX_DAYS,
    EXPIRY_PRESETS,
};
pub use trading::{
    BuyerDetails, LicenseeEdit, LicenseeInput, ValidLicensee, ValidLicenseeEdit, LICENSEE_STEPS,
};
pub use web::Website;
