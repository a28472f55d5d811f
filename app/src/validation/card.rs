//! The payment card form, checked as typed and again on the server: the number by its brand's
//! lengths and the Luhn check digit, the expiry not in the past, the CVC's length. What passes
//! keeps only the brand, the last four digits, the expiry and the holder: the full number and
//! the CVC never leave this module, and neither appears in a message or a `Debug` line.

use super::BoundedText;
use crate::error::FieldErrors;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub enum CardBrand {
    Visa,
    Mastercard,
    #[serde(rename = "American Express")]
    Amex,
    Discover,
}

impl CardBrand {
    pub fn name(self) -> &'static str {
        match self {
            CardBrand::Visa => "Visa",
            CardBrand::Mastercard => "Mastercard",
            CardBrand::Amex => "American Express",
            CardBrand::Discover => "Discover",
        }
    }

    pub fn parse(s: &str) -> Option<CardBrand> {
        [
            CardBrand::Visa,
            CardBrand::Mastercard,
            CardBrand::Amex,
            CardBrand::Discover,
        ]
        .into_iter()
        .find(|b| b.name() == s)
    }

    /// The brand of the digits typed so far (from their prefix), if known.
    pub fn of(digits: &str) -> Option<CardBrand> {
        let n = |k: usize| digits.get(..k).and_then(|p| p.parse::<u32>().ok());
        if digits.starts_with('4') {
            Some(CardBrand::Visa)
        } else if matches!(n(2), Some(51..=55)) || matches!(n(4), Some(2221..=2720)) {
            Some(CardBrand::Mastercard)
        } else if matches!(n(2), Some(34 | 37)) {
            Some(CardBrand::Amex)
        } else if digits.starts_with("6011") || digits.starts_with("65") {
            Some(CardBrand::Discover)
        } else {
            None
        }
    }

    fn lengths(self) -> &'static [usize] {
        match self {
            CardBrand::Visa => &[13, 16, 19],
            CardBrand::Amex => &[15],
            CardBrand::Mastercard => &[16],
            CardBrand::Discover => &[16, 19],
        }
    }

    fn cvc_len(self) -> usize {
        if self == CardBrand::Amex {
            4
        } else {
            3
        }
    }
}

/// The digits of a card number typed with spaces or dashes between groups.
pub fn card_digits(raw: &str) -> Option<String> {
    let digits: String = raw.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
    digits.chars().all(|c| c.is_ascii_digit()).then_some(digits)
}

/// The Luhn check: every second digit from the right doubled.
pub fn luhn_ok(digits: &str) -> bool {
    let mut sum = 0;
    for (i, c) in digits.chars().rev().enumerate() {
        let Some(mut d) = c.to_digit(10) else {
            return false;
        };
        if i % 2 == 1 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
    }
    !digits.is_empty() && sum.is_multiple_of(10)
}

/// The card form as typed. `Debug` masks the number and the CVC.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CardInput {
    pub number: String,
    /// `MM/YY` or `MM/YYYY`.
    pub expiry: String,
    pub cvc: String,
    pub holder: String,
}

impl std::fmt::Debug for CardInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CardInput")
            .field("number", &"•••")
            .field("expiry", &self.expiry)
            .field("cvc", &"•••")
            .field("holder", &self.holder)
            .finish()
    }
}

/// What may be kept of a card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CardSummary {
    pub brand: CardBrand,
    pub last4: String,
    pub exp_month: i64,
    pub exp_year: i64,
    pub holder: String,
}

impl CardSummary {
    /// "Visa •••• 4242".
    pub fn label(&self) -> String {
        [self.brand.name(), " •••• ", &self.last4].concat()
    }
}

fn expiry(raw: &str) -> Option<(i64, i64)> {
    let (m, y) = raw.trim().split_once('/')?;
    let m: i64 = m.trim().parse().ok()?;
    let y = y.trim();
    let y: i64 = match y.len() {
        2 => 2000 + y.parse::<i64>().ok()?,
        4 => y.parse().ok()?,
        _ => return None,
    };
    (1..=12).contains(&m).then_some((m, y))
}

impl CardInput {
    /// `today` is (year, month) where the check runs: the browser's on the page, the server's
    /// on the server.
    pub fn validate(&self, today: (i64, i64)) -> Result<CardSummary, FieldErrors> {
        let mut errors = FieldErrors::new();
        let digits = card_digits(&self.number);
        let brand = match digits.as_deref() {
            None => {
                errors.insert(
                    "number".into(),
                    "Enter the card number, digits only.".into(),
                );
                None
            }
            Some("") => {
                errors.insert("number".into(), "Enter the card number.".into());
                None
            }
            Some(d) => match CardBrand::of(d) {
                None => {
                    errors.insert(
                        "number".into(),
                        "Use a Visa, Mastercard, American Express or Discover card.".into(),
                    );
                    None
                }
                Some(b) if !b.lengths().contains(&d.len()) => {
                    errors.insert(
                        "number".into(),
                        "This card number has the wrong number of digits.".into(),
                    );
                    Some(b)
                }
                Some(b) if !luhn_ok(d) => {
                    errors.insert(
                        "number".into(),
                        "This card number is not valid: check the digits.".into(),
                    );
                    Some(b)
                }
                Some(b) => Some(b),
            },
        };
        let exp = expiry(&self.expiry);
        match exp {
            None => {
                errors.insert("expiry".into(), "Enter the expiry as MM/YY.".into());
            }
            Some((m, y)) if (y, m) < (today.0, today.1) => {
                errors.insert("expiry".into(), "This card has expired.".into());
            }
            Some((_, y)) if y > today.0 + 20 => {
                errors.insert("expiry".into(), "Enter the expiry as MM/YY.".into());
            }
            _ => {}
        }
        let cvc = self.cvc.trim();
        let want = brand.map_or(3, CardBrand::cvc_len);
        if cvc.len() != want || !cvc.chars().all(|c| c.is_ascii_digit()) {
            errors.insert(
                "cvc".into(),
                if want == 4 {
                    "Enter the 4-digit security code.".into()
                } else {
                    "Enter the 3-digit security code.".into()
                },
            );
        }
        let holder = BoundedText::line(&self.holder, "cardholder's name", 100, true)
            .map(BoundedText::into_string)
            .unwrap_or_else(|e| {
                errors.insert("holder".into(), e);
                String::new()
            });
        match (brand, digits, exp) {
            (Some(brand), Some(d), Some((exp_month, exp_year))) if errors.is_empty() => {
                Ok(CardSummary {
                    brand,
                    last4: d[d.len() - 4..].to_string(),
                    exp_month,
                    exp_year,
                    holder,
                })
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(number: &str, expiry: &str, cvc: &str) -> CardInput {
        CardInput {
            number: number.into(),
            expiry: expiry.into(),
            cvc: cvc.into(),
            holder: "Ada Lovelace".into(),
        }
    }

    #[test]
    fn the_check_digit_brand_expiry_and_code_are_checked_and_only_the_summary_kept() {
        let ok = card("4242 4242 4242 4242", "12/30", "123")
            .validate((2026, 12))
            .unwrap();
        assert_eq!(ok.label(), "Visa •••• 4242");
        assert_eq!((ok.exp_month, ok.exp_year), (12, 2030));
        let e = card("4242 4242 4242 4241", "11/26", "12")
            .validate((2026, 12))
            .unwrap_err();
        assert_eq!(
            e["number"],
            "This card number is not valid: check the digits."
        );
        assert_eq!(e["expiry"], "This card has expired.");
        assert_eq!(e["cvc"], "Enter the 3-digit security code.");
        assert!(card("3782 822463 10005", "12/26", "1234")
            .validate((2026, 12))
            .is_ok());
        let e = card("1234", "13/27", "123")
            .validate((2026, 12))
            .unwrap_err();
        assert!(e["number"].starts_with("Use a Visa"));
        assert_eq!(e["expiry"], "Enter the expiry as MM/YY.");
        assert_eq!(CardBrand::of("2223"), Some(CardBrand::Mastercard));
    }

    #[test]
    fn debug_lines_never_show_the_number_or_the_code() {
        let text = format!("{:?}", card("4242424242424242", "12/30", "987"));
        assert!(!text.contains("4242") && !text.contains("987"), "{text}");
    }
}
