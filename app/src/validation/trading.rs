//! The licensee wizard and the buyer details form, checked as typed and again on the server.

use super::{Address, BoundedText, Contact, ValidAddress, ValidContact};
use crate::error::FieldErrors;
use crate::ids::{is_valid, IdKind};
use serde::{Deserialize, Serialize};

/// What a client may change on a buyer: its address and contact (the logo has its own call).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct BuyerDetails {
    #[serde(default)]
    pub address: Address,
    #[serde(default)]
    pub contact: Contact,
}

impl BuyerDetails {
    /// An invoice needs an address and someone to send it to: both are required.
    pub fn validate(&self) -> Result<(ValidAddress, ValidContact), FieldErrors> {
        let mut errors = FieldErrors::new();
        let address = self.address.check(&mut errors, true);
        let contact = self.contact.check(&mut errors, true);
        if errors.is_empty() {
            Ok((address, contact))
        } else {
            Err(errors)
        }
    }
}

/// The licensee wizard as typed: General, Buyer, Seller, Address, Contact.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct LicenseeInput {
    pub name: String,
    #[serde(default)]
    pub resale: bool,
    #[serde(default)]
    pub external_ref: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub buyer_id: String,
    #[serde(default)]
    pub seller_id: String,
    /// Use the buyer's address (kept in step with it) instead of its own.
    #[serde(default)]
    pub use_buyer_address: bool,
    #[serde(default)]
    pub address: Address,
    #[serde(default)]
    pub contact: Contact,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidLicensee {
    pub name: String,
    pub resale: bool,
    pub external_ref: String,
    pub description: String,
    pub buyer_id: String,
    pub seller_id: String,
    pub use_buyer_address: bool,
    /// Empty when the buyer's address is used.
    pub address: ValidAddress,
    pub contact: ValidContact,
}

/// The wizard's steps, in order, with the fields each one owns.
pub const LICENSEE_STEPS: [(&str, &[&str]); 5] = [
    ("General", &["name", "external_ref", "description"]),
    ("Buyer", &["buyer_id"]),
    ("Seller", &["seller_id"]),
    (
        "Address",
        &[
            "address_line1",
            "address_line2",
            "city",
            "region",
            "postcode",
            "country",
        ],
    ),
    (
        "Contact",
        &[
            "contact_first_name",
            "contact_last_name",
            "contact_email",
            "contact_phone",
        ],
    ),
];

impl LicenseeInput {
    /// Checks every field; the wizard shows the errors of the step in view.
    pub fn validate(&self) -> Result<ValidLicensee, FieldErrors> {
        let mut errors = FieldErrors::new();
        let text = |errors: &mut FieldErrors, field: &str, raw: &str, max: usize, required| {
            match BoundedText::parse(raw, field, max, required) {
                Ok(t) => t.into_string(),
                Err(e) => {
                    errors.insert(field.to_string(), e);
                    String::new()
                }
            }
        };
        let name = text(&mut errors, "name", &self.name, 200, true);
        if !name.is_empty() && name.chars().count() < 2 {
            errors.insert("name".into(), "Use at least 2 characters.".into());
        }
        let description = text(&mut errors, "description", &self.description, 2000, false);
        let external_ref = self.external_ref.trim().to_string();
        if external_ref.chars().count() > 64
            || !external_ref
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_./:".contains(c))
        {
            errors.insert(
                "external_ref".into(),
                "Use up to 64 letters, digits and - _ . / : for the external reference.".into(),
            );
        }
        if !is_valid(IdKind::Buyer, self.buyer_id.trim()) {
            errors.insert("buyer_id".into(), "Choose the buyer.".into());
        }
        if !is_valid(IdKind::Seller, self.seller_id.trim()) {
            errors.insert("seller_id".into(), "Choose a seller of the buyer.".into());
        }
        let address = if self.use_buyer_address {
            ValidAddress::default()
        } else {
            self.address.check(&mut errors, true)
        };
        let contact = self.contact.check(&mut errors, true);
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(ValidLicensee {
            name,
            resale: self.resale,
            external_ref,
            description,
            buyer_id: self.buyer_id.trim().to_string(),
            seller_id: self.seller_id.trim().to_string(),
            use_buyer_address: self.use_buyer_address,
            address,
            contact,
        })
    }

    /// The errors of one wizard step (by its index in [`LICENSEE_STEPS`]).
    pub fn step_errors(&self, step: usize) -> FieldErrors {
        let fields = LICENSEE_STEPS.get(step).map(|s| s.1).unwrap_or(&[]);
        match self.validate() {
            Ok(_) => FieldErrors::new(),
            Err(all) => all
                .into_iter()
                .filter(|(k, _)| fields.contains(&k.as_str()))
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn good() -> LicenseeInput {
        LicenseeInput {
            name: "Research lab".into(),
            external_ref: "CC-1042".into(),
            buyer_id: "BUY-1234-5678".into(),
            seller_id: "SEL-1234-5678".into(),
            use_buyer_address: true,
            contact: Contact {
                contact_first_name: "Ada".into(),
                contact_last_name: "Lovelace".into(),
                contact_email: "ada@example.com".into(),
                contact_phone: String::new(),
            },
            ..Default::default()
        }
    }

    #[test]
    fn a_complete_wizard_is_valid() {
        let v = good().validate().expect("valid");
        assert!(v.use_buyer_address && v.address == ValidAddress::default());
        assert_eq!(v.contact.email.as_deref(), Some("ada@example.com"));
    }

    #[test]
    fn each_step_reports_its_own_fields() {
        let bad = LicenseeInput {
            name: "x".into(),
            buyer_id: "nope".into(),
            use_buyer_address: false,
            ..good()
        };
        assert!(bad.step_errors(0).contains_key("name"));
        assert!(bad.step_errors(1).contains_key("buyer_id"));
        assert!(bad.step_errors(2).is_empty());
        assert!(bad.step_errors(3).contains_key("address_line1"));
        assert!(bad.step_errors(4).is_empty());
        let e = LicenseeInput {
            external_ref: "has space".into(),
            ..good()
        }
        .validate()
        .unwrap_err();
        assert!(e.contains_key("external_ref"));
    }

    #[test]
    fn buyer_details_need_address_and_contact() {
        let e = BuyerDetails::default().validate().unwrap_err();
        assert!(e.contains_key("address_line1") && e.contains_key("contact_email"));
    }
}
