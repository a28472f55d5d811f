//! A postal address and a contact person, checked the same way wherever they appear (the
//! account, buyers, licensees, sellers). Errors are keyed by the field names below.

use super::lists::COUNTRIES;
use super::{BoundedText, Email};
use crate::error::FieldErrors;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Address {
    #[serde(default)]
    pub address_line1: String,
    #[serde(default)]
    pub address_line2: String,
    #[serde(default)]
    pub city: String,
    #[serde(default)]
    pub region: String,
    #[serde(default)]
    pub postcode: String,
    #[serde(default)]
    pub country: String,
}

/// Empty fields are `None`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ValidAddress {
    pub address_line1: Option<String>,
    pub address_line2: Option<String>,
    pub city: Option<String>,
    pub region: Option<String>,
    pub postcode: Option<String>,
    pub country: Option<String>,
}

fn keep(errors: &mut FieldErrors, field: &str, r: Result<String, String>) -> Option<String> {
    match r {
        Ok(v) => (!v.is_empty()).then_some(v),
        Err(e) => {
            errors.insert(field.to_string(), e);
            None
        }
    }
}

/// Every address and contact field is one line.
fn text(raw: &str, label: &str, max: usize) -> Result<String, String> {
    BoundedText::line(raw, label, max, false).map(BoundedText::into_string)
}

impl Address {
    /// Checks every field. A partial address is worse than none (invoices need line 1, city
    /// and country together), so those three come together or not at all; `required` asks
    /// for them even when everything is empty.
    pub fn check(&self, errors: &mut FieldErrors, required: bool) -> ValidAddress {
        let v = ValidAddress {
            address_line1: keep(
                errors,
                "address_line1",
                text(&self.address_line1, "address line 1", 200),
            ),
            address_line2: keep(
                errors,
                "address_line2",
                text(&self.address_line2, "address line 2", 200),
            ),
            city: keep(errors, "city", text(&self.city, "city", 100)),
            region: keep(errors, "region", text(&self.region, "state or region", 100)),
            postcode: keep(errors, "postcode", {
                let p = self.postcode.trim();
                if p.chars().count() > 16 {
                    Err("A postcode can have at most 16 characters.".to_string())
                } else if p
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == ' ' || c == '-')
                {
                    Ok(p.to_uppercase())
                } else {
                    Err("A postcode can only contain letters, digits, spaces and hyphens.".into())
                }
            }),
            country: keep(errors, "country", {
                let c = self.country.trim();
                if c.is_empty() || COUNTRIES.iter().any(|(code, _)| *code == c) {
                    Ok(c.to_string())
                } else {
                    Err("Choose a country from the list.".to_string())
                }
            }),
        };
        let any = [
            &self.address_line1,
            &self.address_line2,
            &self.city,
            &self.region,
            &self.postcode,
        ]
        .iter()
        .any(|s| !s.trim().is_empty());
        if any || required {
            let or_clear = if required {
                ""
            } else {
                ", or clear the address"
            };
            for (field, value, what) in [
                (
                    "address_line1",
                    &v.address_line1,
                    "Enter the first address line",
                ),
                ("city", &v.city, "Enter the city"),
                ("country", &v.country, "Choose the country"),
            ] {
                if value.is_none() && !errors.contains_key(field) {
                    errors.insert(field.to_string(), format!("{what}{or_clear}."));
                }
            }
        }
        v
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Contact {
    #[serde(default)]
    pub contact_first_name: String,
    #[serde(default)]
    pub contact_last_name: String,
    #[serde(default)]
    pub contact_email: String,
    #[serde(default)]
    pub contact_phone: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ValidContact {
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

/// Digits with the usual separators, 5 to 20 digits, an optional leading `+`.
pub fn check_phone(raw: &str) -> Result<String, String> {
    let p = raw.trim();
    if p.is_empty() {
        return Ok(String::new());
    }
    let digits = p.chars().filter(char::is_ascii_digit).count();
    let allowed = p
        .char_indices()
        .all(|(i, c)| c.is_ascii_digit() || " -().".contains(c) || (c == '+' && i == 0));
    if !allowed || !(5..=20).contains(&digits) || p.chars().count() > 32 {
        return Err("Enter a phone number such as +49 30 1234567.".into());
    }
    Ok(p.to_string())
}

impl Contact {
    /// `required`: first name, last name and e-mail must be given.
    pub fn check(&self, errors: &mut FieldErrors, required: bool) -> ValidContact {
        let name = |raw: &str, label: &str| text(raw, label, 100);
        let v = ValidContact {
            first_name: keep(
                errors,
                "contact_first_name",
                name(&self.contact_first_name, "first name"),
            ),
            last_name: keep(
                errors,
                "contact_last_name",
                name(&self.contact_last_name, "last name"),
            ),
            email: keep(errors, "contact_email", {
                let e = self.contact_email.trim();
                if e.is_empty() {
                    Ok(String::new())
                } else {
                    Email::try_from(e).map(|e| e.as_str().to_string())
                }
            }),
            phone: keep(errors, "contact_phone", check_phone(&self.contact_phone)),
        };
        if required {
            for (field, value, msg) in [
                (
                    "contact_first_name",
                    &v.first_name,
                    "Enter the contact's first name.",
                ),
                (
                    "contact_last_name",
                    &v.last_name,
                    "Enter the contact's last name.",
                ),
                ("contact_email", &v.email, "Enter the contact's e-mail."),
            ] {
                if value.is_none() && !errors.contains_key(field) {
                    errors.insert(field.to_string(), msg.to_string());
                }
            }
        }
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn address_comes_whole_or_not_at_all() {
        let mut e = FieldErrors::new();
        let v = Address::default().check(&mut e, false);
        assert!(e.is_empty() && v == ValidAddress::default());
        let mut e = FieldErrors::new();
        Address::default().check(&mut e, true);
        assert!(
            e.contains_key("address_line1") && e.contains_key("city") && e.contains_key("country")
        );
        let mut e = FieldErrors::new();
        let v = Address {
            address_line1: "Main St 1".into(),
            city: "Berlin".into(),
            country: "DE".into(),
            postcode: "10115 ab".into(),
            ..Default::default()
        }
        .check(&mut e, true);
        assert!(e.is_empty(), "{e:?}");
        assert_eq!(v.postcode.as_deref(), Some("10115 AB"));
        let mut e = FieldErrors::new();
        Address {
            city: "Berlin".into(),
            country: "XX".into(),
            ..Default::default()
        }
        .check(&mut e, false);
        assert!(e.contains_key("address_line1") && e.contains_key("country"));
    }

    #[test]
    fn contact_rules() {
        let mut e = FieldErrors::new();
        Contact::default().check(&mut e, true);
        assert_eq!(e.len(), 3);
        let mut e = FieldErrors::new();
        let v = Contact {
            contact_first_name: "Ada".into(),
            contact_last_name: "Lovelace".into(),
            contact_email: "Ada@Example.com".into(),
            contact_phone: "+44 20 7946 0958".into(),
        }
        .check(&mut e, true);
        assert!(e.is_empty(), "{e:?}");
        assert_eq!(v.email.as_deref(), Some("ada@example.com"));
        for bad in ["12", "+1 (555) abc", "1+2345678", "123456789012345678901"] {
            assert!(check_phone(bad).is_err(), "{bad}");
        }
    }
}
