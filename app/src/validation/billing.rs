//! The plan form (Operations → Plans): checked as typed and again on the server. Amounts are
//! typed as decimals ("49.90", "49,90") and become integer minor units here, without ever
//! passing through a floating-point number.

use super::BoundedText;
use crate::error::FieldErrors;
use crate::model::{Currency, PlanPrice, PlanStatus};
use serde::{Deserialize, Serialize};

/// The largest count a plan may include (seats, calls, events): far beyond any real plan,
/// and far below where sums of a year of daily usage could overflow.
pub const MAX_QUANTITY: i64 = 1_000_000_000_000;
/// The largest amount, in minor units (10 million in the major unit).
pub const MAX_MINOR: i64 = 1_000_000_000;

/// One currency's row of the form, as typed; an empty monthly price leaves the currency out.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PriceInput {
    pub currency: Currency,
    pub monthly: String,
    #[serde(default)]
    pub api_overage: String,
    #[serde(default)]
    pub events_overage: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PlanInput {
    pub name: String,
    pub status: PlanStatus,
    pub seats: String,
    pub api_calls: String,
    pub events: String,
    pub prices: Vec<PriceInput>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidPlan {
    pub name: String,
    pub status: PlanStatus,
    pub seats: i64,
    pub api_calls: i64,
    pub events: i64,
    pub prices: Vec<PlanPrice>,
}

/// A whole number from 0 (or 1 for seats) to [`MAX_QUANTITY`]; spaces, commas and dots
/// between digit groups are allowed ("10 000", "10,000").
pub fn parse_quantity(raw: &str, min: i64) -> Result<i64, String> {
    let digits: String = raw
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | ',' | '.' | '\''))
        .collect();
    if digits.is_empty() {
        return Err("Enter a whole number.".into());
    }
    if !digits.chars().all(|c| c.is_ascii_digit()) {
        return Err("Enter a whole number, digits only.".into());
    }
    match digits.parse::<i64>() {
        Ok(n) if n > MAX_QUANTITY => Err("Enter at most 1,000,000,000,000.".into()),
        Ok(n) if n < min => Err("Enter at least 1.".into()),
        Ok(n) => Ok(n),
        Err(_) => Err("Enter at most 1,000,000,000,000.".into()),
    }
}

/// An amount with at most two decimals, "." or "," as the decimal sign, in minor units.
pub fn parse_amount(raw: &str) -> Result<i64, String> {
    let t = raw.trim();
    if t.is_empty() {
        return Err("Enter an amount, such as 49.90.".into());
    }
    let (units, cents) = match t.rfind(['.', ',']) {
        Some(i) => (&t[..i], &t[i + 1..]),
        None => (t, ""),
    };
    let ok = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if units.is_empty() && cents.is_empty() || !ok(units) || !ok(cents) {
        return Err("Enter an amount, such as 49.90.".into());
    }
    if cents.len() > 2 {
        return Err("Use at most two decimals.".into());
    }
    let units: i64 = if units.is_empty() {
        0
    } else {
        units
            .parse()
            .map_err(|_| "Enter at most 10,000,000.".to_string())?
    };
    let cents: i64 = format!("{cents:0<2}").parse().unwrap_or(0);
    match units.checked_mul(100).and_then(|u| u.checked_add(cents)) {
        Some(m) if m <= MAX_MINOR => Ok(m),
        _ => Err("Enter at most 10,000,000.".into()),
    }
}

/// A tax rate typed as a percentage with at most two decimals ("19", "7.5", "7,5"), in basis
/// points (1900 is 19%).
pub fn parse_tax_rate(raw: &str) -> Result<i64, String> {
    match parse_amount(raw) {
        Ok(bp) if bp <= 10_000 => Ok(bp),
        _ => Err("Enter a percentage from 0 to 100 with at most two decimals.".into()),
    }
}

/// An amount in minor units as the form shows it ("49.90").
pub fn amount_text(minor: i64) -> String {
    format!("{}.{:02}", minor / 100, (minor % 100).abs())
}

/// The longest usage series a query returns (a year, leap day included).
pub const MAX_USAGE_DAYS: i64 = 366;

/// The days of a usage query, `from` and `to` inclusive (`YYYY-MM-DD`); an empty `from` means
/// the 30 days that end with `to`, an empty `to` means `today` (the account's day).
pub fn usage_range(from: &str, to: &str, today: &str) -> Result<(i64, i64), FieldErrors> {
    let mut errors = FieldErrors::new();
    let day = |s: &str, field: &str, errors: &mut FieldErrors| {
        super::parse_date(s).or_else(|| {
            errors.insert(field.into(), "Enter a date as YYYY-MM-DD.".into());
            None
        })
    };
    let to_day = if to.trim().is_empty() {
        day(today, "to", &mut errors)
    } else {
        day(to, "to", &mut errors)
    };
    let from_day = if from.trim().is_empty() {
        to_day.map(|t| t - 29)
    } else {
        day(from, "from", &mut errors)
    };
    match (from_day, to_day) {
        (Some(f), Some(t)) if t < f => {
            errors.insert("to".into(), "The end date is before the start date.".into());
        }
        (Some(f), Some(t)) if t - f + 1 > MAX_USAGE_DAYS => {
            errors.insert("from".into(), "Ask for at most 366 days at once.".into());
        }
        (Some(f), Some(t)) if errors.is_empty() => return Ok((f, t)),
        _ => {}
    }
    Err(errors)
}

impl PlanInput {
    pub fn validate(&self) -> Result<ValidPlan, FieldErrors> {
        let mut errors = FieldErrors::new();
        let name = BoundedText::line(&self.name, "plan name", 60, true)
            .map(BoundedText::into_string)
            .unwrap_or_else(|e| {
                errors.insert("name".into(), e);
                String::new()
            });
        let mut count = |field: &str, raw: &str, min: i64| {
            parse_quantity(raw, min).unwrap_or_else(|e| {
                errors.insert(field.into(), e);
                0
            })
        };
        let seats = count("seats", &self.seats, 1);
        let api_calls = count("api_calls", &self.api_calls, 0);
        let events = count("events", &self.events, 0);
        let mut prices = Vec::new();
        for p in &self.prices {
            if prices.iter().any(|q: &PlanPrice| q.currency == p.currency) {
                continue;
            }
            let code = p.currency.code();
            let blank = |s: &str| s.trim().is_empty();
            if blank(&p.monthly) && blank(&p.api_overage) && blank(&p.events_overage) {
                continue;
            }
            let mut amount = |field: String, raw: &str, required: bool| {
                if required && blank(raw) {
                    errors.insert(
                        field,
                        "Enter the monthly price, or leave the whole row empty.".into(),
                    );
                    return 0;
                }
                let raw = if blank(raw) { "0" } else { raw };
                parse_amount(raw).unwrap_or_else(|e| {
                    errors.insert(field, e);
                    0
                })
            };
            let monthly_minor = amount(format!("monthly_{code}"), &p.monthly, true);
            let api_overage_minor = amount(format!("api_overage_{code}"), &p.api_overage, false);
            let events_overage_minor =
                amount(format!("events_overage_{code}"), &p.events_overage, false);
            prices.push(PlanPrice {
                currency: p.currency,
                monthly_minor,
                api_overage_minor,
                events_overage_minor,
            });
        }
        if prices.is_empty() && !errors.keys().any(|k| k.starts_with("monthly_")) {
            errors.insert(
                "monthly_EUR".into(),
                "Give the plan a price in at least one currency.".into(),
            );
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        prices.sort_by_key(|p| p.currency);
        Ok(ValidPlan {
            name,
            status: self.status,
            seats,
            api_calls,
            events,
            prices,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_become_minor_units_without_floats() {
        assert_eq!(parse_amount("49.90"), Ok(4990));
        assert_eq!(parse_amount("49,9"), Ok(4990));
        assert_eq!(parse_amount("0.07"), Ok(7));
        assert_eq!(parse_amount("1234"), Ok(123_400));
        assert!(parse_amount("1.234,56").is_err());
        assert!(parse_amount("4.999").is_err());
        assert!(parse_amount("-1").is_err());
        assert!(parse_amount("99999999999").is_err());
        assert_eq!(amount_text(4990), "49.90");
        assert_eq!(parse_tax_rate("19"), Ok(1900));
        assert_eq!(parse_tax_rate("7,5"), Ok(750));
        assert_eq!(parse_tax_rate("0"), Ok(0));
        assert_eq!(parse_tax_rate("100"), Ok(10_000));
        assert!(parse_tax_rate("100.01").is_err());
        assert!(parse_tax_rate("19%").is_err());
    }

    #[test]
    fn usage_ranges_default_to_30_days_and_stop_at_a_year() {
        let day = |s| super::super::parse_date(s).unwrap();
        assert_eq!(
            usage_range("", "", "2026-12-07"),
            Ok((day("2026-11-08"), day("2026-12-07")))
        );
        assert_eq!(
            usage_range("2026-01-01", "2026-12-31", "2027-01-05"),
            Ok((day("2026-01-01"), day("2026-12-31")))
        );
        let e = usage_range("2025-01-01", "2026-12-31", "x").unwrap_err();
        assert_eq!(e["from"], "Ask for at most 366 days at once.");
        let e = usage_range("2026-12-08", "2026-12-07", "x").unwrap_err();
        assert_eq!(e["to"], "The end date is before the start date.");
        let e = usage_range("soon", "", "2026-12-07").unwrap_err();
        assert_eq!(e["from"], "Enter a date as YYYY-MM-DD.");
    }

    #[test]
    fn a_plan_needs_a_price_and_whole_numbers_on_their_fields() {
        let input = PlanInput {
            name: "Team".into(),
            seats: "0".into(),
            api_calls: "10,000".into(),
            events: "ten".into(),
            ..PlanInput::default()
        };
        let e = input.validate().unwrap_err();
        assert_eq!(e["seats"], "Enter at least 1.");
        assert_eq!(e["events"], "Enter a whole number, digits only.");
        assert_eq!(
            e["monthly_EUR"],
            "Give the plan a price in at least one currency."
        );
        assert!(!e.contains_key("api_calls"));

        let ok = PlanInput {
            seats: "3".into(),
            events: "0".into(),
            prices: vec![PriceInput {
                currency: Currency::Usd,
                monthly: "29".into(),
                api_overage: "".into(),
                events_overage: "0.5".into(),
            }],
            ..input
        }
        .validate()
        .unwrap();
        assert_eq!((ok.seats, ok.api_calls), (3, 10_000));
        assert_eq!(ok.prices[0].monthly_minor, 2900);
        assert_eq!(ok.prices[0].events_overage_minor, 50);
    }
}
