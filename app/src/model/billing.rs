//! Billing as the pages and the REST API see it: the operator's plans, an account's current
//! plan and its usage this period. Money is integer minor units with an ISO currency, never
//! floating point, down to the text it is shown as (`Money::format`).

use serde::{Deserialize, Serialize};

/// The currencies plans are priced in (ISO 4217; two minor digits each).
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "UPPERCASE")]
pub enum Currency {
    #[default]
    Eur,
    Usd,
    Gbp,
    Chf,
}

impl Currency {
    pub const ALL: [Currency; 4] = [Currency::Eur, Currency::Usd, Currency::Gbp, Currency::Chf];

    pub fn code(self) -> &'static str {
        match self {
            Currency::Eur => "EUR",
            Currency::Usd => "USD",
            Currency::Gbp => "GBP",
            Currency::Chf => "CHF",
        }
    }

    pub fn parse(code: &str) -> Option<Currency> {
        Currency::ALL
            .into_iter()
            .find(|c| c.code().eq_ignore_ascii_case(code.trim()))
    }

    fn symbol(self) -> &'static str {
        match self {
            Currency::Eur => "€",
            Currency::Usd => "$",
            Currency::Gbp => "£",
            Currency::Chf => "CHF",
        }
    }
}

/// An amount: minor units (cents) of a currency.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Money {
    pub minor: i64,
    pub currency: Currency,
}

impl Money {
    /// As a person reading `lang` writes amounts: "€1,234.56" in English, "1.234,56 €" in
    /// German and Spanish, "1 234,56 €" in French (the space is a no-break space).
    pub fn format(self, lang: &str) -> String {
        let (group, decimal, symbol_first) = match lang {
            "de" | "es" => ('.', ',', false),
            "fr" => ('\u{a0}', ',', false),
            _ => (',', '.', true),
        };
        let abs = self.minor.unsigned_abs();
        let units = (abs / 100).to_string();
        let mut number = String::new();
        for (i, ch) in units.chars().enumerate() {
            if i > 0 && (units.len() - i).is_multiple_of(3) {
                number.push(group);
            }
            number.push(ch);
        }
        number.push(decimal);
        number.push_str(&format!("{:02}", abs % 100));
        let sign = if self.minor < 0 { "-" } else { "" };
        let symbol = self.currency.symbol();
        if symbol_first && symbol.chars().count() == 1 {
            format!("{sign}{symbol}{number}")
        } else if symbol_first {
            format!("{sign}{symbol}\u{a0}{number}")
        } else {
            format!("{sign}{number}\u{a0}{symbol}")
        }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub enum PlanStatus {
    /// Offered: Operations can assign it and accounts can move to it.
    #[default]
    Active,
    /// No longer offered; accounts already on it stay until they change.
    Retired,
}

impl PlanStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            PlanStatus::Active => "Active",
            PlanStatus::Retired => "Retired",
        }
    }

    pub fn parse(s: &str) -> Option<PlanStatus> {
        match s {
            "Active" => Some(PlanStatus::Active),
            "Retired" => Some(PlanStatus::Retired),
            _ => None,
        }
    }
}

/// What a plan costs in one currency.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PlanPrice {
    pub currency: Currency,
    /// The monthly fee.
    pub monthly_minor: i64,
    /// Per 1,000 API calls beyond the plan's.
    pub api_overage_minor: i64,
    /// Per 1,000 events beyond the plan's.
    pub events_overage_minor: i64,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PlanDto {
    pub id: String,
    pub name: String,
    pub status: PlanStatus,
    /// Active members included.
    pub seats: i64,
    /// API calls per month included.
    pub api_calls: i64,
    /// Events per month included.
    pub events: i64,
    pub prices: Vec<PlanPrice>,
    pub revision: i64,
    /// Client accounts on this plan (Operations' catalogue only; 0 elsewhere).
    #[serde(default)]
    pub accounts: i64,
}

impl PlanDto {
    pub fn price(&self, currency: Currency) -> Option<PlanPrice> {
        self.prices.iter().copied().find(|p| p.currency == currency)
    }
}

/// The measures a plan limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    /// Active members.
    Seats,
    /// Authenticated `/api/v1` requests.
    ApiCalls,
    /// Events written by the events ingestion.
    Events,
}

impl Metric {
    pub const ALL: [Metric; 3] = [Metric::Seats, Metric::ApiCalls, Metric::Events];

    pub fn key(self) -> &'static str {
        match self {
            Metric::Seats => "seats",
            Metric::ApiCalls => "api_calls",
            Metric::Events => "events",
        }
    }

    pub fn parse(key: &str) -> Option<Metric> {
        Metric::ALL.into_iter().find(|m| m.key() == key)
    }
}

/// One measure this period against what the plan includes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct MetricUsage {
    pub metric: Metric,
    pub used: i64,
    pub included: i64,
}

impl MetricUsage {
    /// Whole percent of the plan used (rounded down; 100 when nothing is included and
    /// something is used).
    pub fn percent(&self) -> i64 {
        match (self.used, self.included) {
            (0, _) => 0,
            (_, i) if i <= 0 => 100,
            (u, i) => (i128::from(u) * 100 / i128::from(i)).min(i64::MAX as i128) as i64,
        }
    }

    /// The banner level: 100 at or past the limit, 80 from 80%, else none.
    pub fn threshold(&self) -> Option<i64> {
        match self.percent() {
            p if p >= 100 => Some(100),
            p if p >= 80 => Some(80),
            _ => None,
        }
    }
}

/// The Billing page's summary: the plan, its price in the account's currency, this period
/// (a calendar month in the account's time zone) and its usage so far.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct BillingOverview {
    pub plan: PlanDto,
    pub price: Money,
    /// First day of the period, `YYYY-MM-DD` in the account's time zone.
    pub period_start: String,
    /// The renewal date: the first day of the next period.
    pub renews_on: String,
    pub timezone: String,
    pub usage: Vec<MetricUsage>,
    /// False until the events ingestion exists: events then read zero, and the page says why.
    pub events_tracked: bool,
    /// A downgrade waiting for the period's end, and the day it applies.
    #[serde(default)]
    pub next_plan: Option<PlanDto>,
    #[serde(default)]
    pub next_plan_from: Option<String>,
    /// The card on file: only what is kept of it.
    #[serde(default)]
    pub card: Option<crate::validation::CardSummary>,
    /// The billing contact as stored (the form's starting values).
    #[serde(default)]
    pub contact: crate::validation::BillingContactInput,
    /// The billing profile's revision, for the changes' revision checks.
    #[serde(default)]
    pub revision: i64,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub enum InvoiceStatus {
    #[default]
    Open,
    Paid,
    Void,
}

impl InvoiceStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            InvoiceStatus::Open => "Open",
            InvoiceStatus::Paid => "Paid",
            InvoiceStatus::Void => "Void",
        }
    }

    pub fn parse(s: &str) -> Option<InvoiceStatus> {
        [
            InvoiceStatus::Open,
            InvoiceStatus::Paid,
            InvoiceStatus::Void,
        ]
        .into_iter()
        .find(|x| x.as_str() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct InvoiceLineDto {
    /// plan, adjustment, api_calls or events.
    pub kind: String,
    pub description: String,
    pub quantity: i64,
    pub unit_minor: i64,
    pub amount_minor: i64,
}

/// An issued invoice. Amounts are minor units of `currency`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct InvoiceDto {
    /// The number, `INV-2026-000123`.
    pub id: String,
    pub account_id: String,
    /// The period's first day and the next period's first day (the account's days).
    pub period: String,
    pub period_end: String,
    pub issued_at: i64,
    pub due_at: i64,
    pub currency: Currency,
    pub subtotal_minor: i64,
    /// Basis points: 1900 is 19%.
    pub tax_rate_bp: i64,
    pub tax_minor: i64,
    pub total_minor: i64,
    pub status: InvoiceStatus,
    pub lines: Vec<InvoiceLineDto>,
    /// For the operator's status change (Open → Paid or Void).
    #[serde(default)]
    pub revision: i64,
}

/// One day of a usage series.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct UsageDay {
    /// `YYYY-MM-DD` in the account's time zone.
    pub day: String,
    pub value: i64,
}

/// A measure day by day, every day of the range present (zero when nothing was used), with
/// what the plan includes per month (the chart's limit line).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct UsageSeries {
    pub metric: Metric,
    pub from: String,
    pub to: String,
    pub total: i64,
    pub included: i64,
    pub days: Vec<UsageDay>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_read_as_each_language_writes_them() {
        let m = Money {
            minor: 123_456,
            currency: Currency::Eur,
        };
        assert_eq!(m.format("de"), "1.234,56\u{a0}€");
        assert_eq!(m.format("en"), "€1,234.56");
        assert_eq!(m.format("fr"), "1\u{a0}234,56\u{a0}€");
        let chf = Money {
            minor: -5,
            currency: Currency::Chf,
        };
        assert_eq!(chf.format("en"), "-CHF\u{a0}0.05");
        assert_eq!(chf.format("es"), "-0,05\u{a0}CHF");
    }

    #[test]
    fn percentages_round_down_and_thresholds_start_at_80() {
        let u = |used, included| MetricUsage {
            metric: Metric::ApiCalls,
            used,
            included,
        };
        assert_eq!(u(799, 1000).percent(), 79);
        assert_eq!(u(799, 1000).threshold(), None);
        assert_eq!(u(800, 1000).threshold(), Some(80));
        assert_eq!(u(1000, 1000).threshold(), Some(100));
        assert_eq!(u(5, 0).percent(), 100);
        assert_eq!(u(0, 0).threshold(), None);
    }
}

/// A client account's billing as the operator manages it: the tax rate its next invoices
/// charge and its latest invoices.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BillingAdminView {
    /// Basis points: 1900 is 19%.
    pub tax_rate_bp: i64,
    /// The billing profile's revision.
    pub revision: i64,
    pub invoices: Vec<InvoiceDto>,
}
