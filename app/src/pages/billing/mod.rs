mod billing_page;
mod card_form;
mod contact_form;
mod plan_change;
mod usage_chart;
mod usage_meters;

pub use billing_page::BillingPage;
pub use card_form::CardForm;
pub use contact_form::ContactForm;
pub use plan_change::PlanChange;
pub use usage_chart::UsageChart;
pub use usage_meters::UsageMeters;
