use super::lists::{COMPANY_SIZES, INDUSTRIES, LANGUAGES, TIMEZONES};
use super::{AccountName, Address, BoundedText, Email, Website};
use crate::error::FieldErrors;
use serde::{Deserialize, Serialize};

/// The Account form as typed. Every field is a string so that nothing the user typed is lost
/// when validation fails.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct AccountInput {
    pub name: String,
    pub website: String,
    pub support_email: String,
    pub description: String,
    pub language: String,
    pub address_line1: String,
    pub address_line2: String,
    pub city: String,
    pub region: String,
    pub postcode: String,
    pub country: String,
    pub timezone: String,
    pub legal_name: String,
    pub tax_id: String,
    pub industry: String,
    pub company_size: String,
}

/// The same fields after validation and normalisation; empty optional fields are `None`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidAccount {
    pub name: String,
    pub website: Option<String>,
    pub support_email: Option<String>,
    pub description: Option<String>,
    pub language: String,
    pub address_line1: Option<String>,
    pub address_line2: Option<String>,
    pub city: Option<String>,
    pub region: Option<String>,
    pub postcode: Option<String>,
    pub country: Option<String>,
    pub timezone: String,
    pub legal_name: Option<String>,
    pub tax_id: Option<String>,
    pub industry: Option<String>,
    pub company_size: Option<String>,
}

fn optional(value: Option<String>) -> Option<String> {
    value.filter(|v| !v.is_empty())
}

impl AccountInput {
    /// Validates every field and reports every problem at once, keyed by field name.
    pub fn validate(&self) -> Result<ValidAccount, FieldErrors> {
        let mut errors = FieldErrors::new();
        let mut take = |field: &str, result: Result<String, String>| -> Option<String> {
            match result {
                Ok(v) => Some(v),
                Err(e) => {
                    errors.insert(field.to_string(), e);
                    None
                }
            }
        };
        let text = |raw: &str, label: &str, max: usize| {
            BoundedText::parse(raw, label, max, false).map(BoundedText::into_string)
        };
        let one_of = |raw: &str, allowed: &[&str], msg: &str| {
            let v = raw.trim();
            if v.is_empty() || allowed.contains(&v) {
                Ok(v.to_string())
            } else {
                Err(msg.to_string())
            }
        };

        let name = take(
            "name",
            AccountName::try_from(self.name.as_str()).map(|n| n.as_str().to_string()),
        );
        let website = take(
            "website",
            if self.website.trim().is_empty() {
                Ok(String::new())
            } else {
                Website::try_from(self.website.as_str()).map(|w| w.as_str().to_string())
            },
        );
        let support_email = take(
            "support_email",
            if self.support_email.trim().is_empty() {
                Ok(String::new())
            } else {
                Email::try_from(self.support_email.as_str()).map(|e| e.as_str().to_string())
            },
        );
        let description = take("description", text(&self.description, "description", 2000));
        let languages: Vec<&str> = LANGUAGES.iter().map(|(c, _)| *c).collect();
        let language = take("language", {
            let v = self.language.trim();
            if v.is_empty() {
                Ok("en".to_string())
            } else {
                one_of(v, &languages, "Choose one of the offered languages.")
            }
        });
        let timezone = take("timezone", {
            let v = self.timezone.trim();
            if v.is_empty() {
                Ok("UTC".to_string())
            } else {
                one_of(v, TIMEZONES, "Choose a time zone from the list.")
            }
        });
        let legal_name = take("legal_name", text(&self.legal_name, "legal name", 200));
        let tax_id = take("tax_id", {
            let v = self.tax_id.trim();
            if v.chars().count() > 32 {
                Err("A tax id can have at most 32 characters.".to_string())
            } else if v
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || " -./".contains(c))
            {
                Ok(v.to_string())
            } else {
                Err("A tax id can only contain letters, digits, spaces and - . /".to_string())
            }
        });
        let industry = take(
            "industry",
            one_of(
                &self.industry,
                INDUSTRIES,
                "Choose an industry from the list.",
            ),
        );
        let company_size = take(
            "company_size",
            one_of(
                &self.company_size,
                COMPANY_SIZES,
                "Choose a size from the list.",
            ),
        );

        let address = Address {
            address_line1: self.address_line1.clone(),
            address_line2: self.address_line2.clone(),
            city: self.city.clone(),
            region: self.region.clone(),
            postcode: self.postcode.clone(),
            country: self.country.clone(),
        }
        .check(&mut errors, false);

        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(ValidAccount {
            name: name.unwrap_or_default(),
            website: optional(website),
            support_email: optional(support_email),
            description: optional(description),
            language: language.unwrap_or_else(|| "en".into()),
            address_line1: address.address_line1,
            address_line2: address.address_line2,
            city: address.city,
            region: address.region,
            postcode: address.postcode,
            country: address.country,
            timezone: timezone.unwrap_or_else(|| "UTC".into()),
            legal_name: optional(legal_name),
            tax_id: optional(tax_id),
            industry: optional(industry),
            company_size: optional(company_size),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> AccountInput {
        AccountInput {
            name: "Acme Ltd".into(),
            ..Default::default()
        }
    }

    #[test]
    fn minimal_account_is_valid_with_defaults() {
        let v = base().validate().unwrap();
        assert_eq!(v.language, "en");
        assert_eq!(v.timezone, "UTC");
        assert_eq!(v.website, None);
    }

    #[test]
    fn reports_every_bad_field() {
        let input = AccountInput {
            name: "".into(),
            website: "not a site".into(),
            support_email: "nope".into(),
            timezone: "Mars/Olympus".into(),
            country: "XX".into(),
            ..Default::default()
        };
        let errors = input.validate().unwrap_err();
        for f in ["name", "website", "support_email", "timezone", "country"] {
            assert!(errors.contains_key(f), "missing error for {f}");
        }
    }

    #[test]
    fn partial_address_is_refused() {
        let input = AccountInput {
            city: "Berlin".into(),
            ..base()
        };
        let errors = input.validate().unwrap_err();
        assert!(errors.contains_key("address_line1"));
        assert!(errors.contains_key("country"));
        let full = AccountInput {
            address_line1: "Main St 1".into(),
            city: "Berlin".into(),
            country: "DE".into(),
            postcode: "10115".into(),
            ..base()
        };
        assert!(full.validate().is_ok());
    }

    #[test]
    fn normalises() {
        let input = AccountInput {
            website: "acme.example".into(),
            support_email: "Help@Acme.Example".into(),
            ..base()
        };
        let v = input.validate().unwrap();
        assert_eq!(v.website.as_deref(), Some("https://acme.example"));
        assert_eq!(v.support_email.as_deref(), Some("help@acme.example"));
    }
}
