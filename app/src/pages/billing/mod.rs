mod billing_page;
mod card_form;
mod contact_form;
mod invoice_page;
mod invoices_card;
mod plan_change;
mod usage_chart;
mod usage_meters;

pub use billing_page::BillingPage;
pub use card_form::CardForm;
pub use contact_form::ContactForm;
pub use invoice_page::InvoicePage;
pub use invoices_card::InvoicesCard;
pub use plan_change::PlanChange;
pub use usage_chart::UsageChart;
pub use usage_meters::UsageMeters;
