//! The billing contact: who receives the invoices (a name and up to five addresses), where the
//! account is billed (the shared address fields) and its tax id.

use super::{split_emails, Address, BoundedText, Email, ValidAddress};
use crate::error::FieldErrors;
use serde::{Deserialize, Serialize};

/// The most addresses invoices go to.
pub const MAX_INVOICE_EMAILS: usize = 5;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct BillingContactInput {
    pub name: String,
    /// Separated by commas, semicolons or line breaks.
    pub emails: String,
    #[serde(default)]
    pub address: Address,
    #[serde(default)]
    pub tax_id: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidBillingContact {
    pub name: String,
    pub emails: Vec<Email>,
    pub address: ValidAddress,
    pub tax_id: String,
}

impl BillingContactInput {
    pub fn validate(&self) -> Result<ValidBillingContact, FieldErrors> {
        let mut errors = FieldErrors::new();
        let name = BoundedText::line(&self.name, "contact name", 100, true)
            .map(BoundedText::into_string)
            .unwrap_or_else(|e| {
                errors.insert("name".into(), e);
                String::new()
            });
        let parts = split_emails(&self.emails);
        let mut emails = Vec::new();
        if parts.is_empty() {
            errors.insert("emails".into(), "Enter at least one e-mail address.".into());
        } else if parts.len() > MAX_INVOICE_EMAILS {
            errors.insert(
                "emails".into(),
                "Invoices go to at most 5 e-mail addresses.".into(),
            );
        } else {
            let mut bad = Vec::new();
            for p in parts {
                match Email::try_from(p) {
                    Ok(e) if !emails.contains(&e) => emails.push(e),
                    Ok(_) => {}
                    Err(_) => bad.push(p),
                }
            }
            if !bad.is_empty() {
                errors.insert(
                    "emails".into(),
                    format!("Not e-mail addresses: {}", bad.join(", ")),
                );
            }
        }
        let address = self.address.check(&mut errors, true);
        let tax_id = BoundedText::line(&self.tax_id, "tax id", 40, false)
            .map(BoundedText::into_string)
            .unwrap_or_else(|e| {
                errors.insert("tax_id".into(), e);
                String::new()
            });
        if errors.is_empty() {
            Ok(ValidBillingContact {
                name,
                emails,
                address,
                tax_id,
            })
        } else {
            Err(errors)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn up_to_five_invoice_addresses_and_an_address() {
        let mut c = BillingContactInput {
            name: "Accounts payable".into(),
            emails: "ap@example.com; ap@example.com, boss@example.com".into(),
            address: Address {
                address_line1: "Ringstraße 1".into(),
                city: "Vienna".into(),
                postcode: "1010".into(),
                country: "AT".into(),
                ..Address::default()
            },
            tax_id: "ATU12345678".into(),
        };
        assert_eq!(c.validate().unwrap().emails.len(), 2);
        c.emails = "a@x.io b@x.io c@x.io d@x.io e@x.io f@x.io".into();
        assert_eq!(
            c.validate().unwrap_err()["emails"],
            "Invoices go to at most 5 e-mail addresses."
        );
        c.emails = "a@x.io, nope".into();
        assert_eq!(
            c.validate().unwrap_err()["emails"],
            "Not e-mail addresses: nope"
        );
    }
}
