//! The licensee wizard and the buyer details form, checked as typed and again on the server.

use super::{Address, BoundedText, Contact, ValidAddress, ValidContact};
use crate::error::FieldErrors;
use crate::ids::{is_valid, IdKind};
use crate::model::LicenseeDto;
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
    /// An optional logo as a `data:` URL (PNG, JPEG or SVG), checked by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidLicensee {
    pub buyer_id: String,
    pub seller_id: String,
    /// Everything that stays editable after creation.
    pub fields: ValidLicenseeEdit,
}

/// The edit form: the wizard's fields without the buyer and seller, which are fixed once the
/// licensee exists.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct LicenseeEdit {
    pub name: String,
    #[serde(default)]
    pub resale: bool,
    #[serde(default)]
    pub external_ref: String,
    #[serde(default)]
    pub description: String,
    /// Use the buyer's address (kept in step with it) instead of its own.
    #[serde(default)]
    pub use_buyer_address: bool,
    #[serde(default)]
    pub address: Address,
    #[serde(default)]
    pub contact: Contact,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidLicenseeEdit {
    pub name: String,
    pub resale: bool,
    pub external_ref: String,
    pub description: String,
    pub use_buyer_address: bool,
    /// Empty when the buyer's address is used.
    pub address: ValidAddress,
    pub contact: ValidContact,
}

/// The wizard's steps, in order, with the fields each one owns.
pub const LICENSEE_STEPS: [(&str, &[&str]); 5] = [
    ("General", &["name", "external_ref", "description", "logo"]),
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

impl LicenseeEdit {
    /// Fills the form from what the details page shows; the address stays empty while the
    /// buyer's is used, so that switching to its own starts from a blank address.
    pub fn from_dto(d: &LicenseeDto) -> Self {
        let a = &d.address;
        let c = &d.contact;
        LicenseeEdit {
            name: d.name.clone(),
            resale: d.resale,
            external_ref: d.external_ref.clone(),
            description: d.description.clone(),
            use_buyer_address: d.uses_buyer_address,
            address: if d.uses_buyer_address {
                Address::default()
            } else {
                Address {
                    address_line1: a.address_line1.clone(),
                    address_line2: a.address_line2.clone(),
                    city: a.city.clone(),
                    region: a.region.clone(),
                    postcode: a.postcode.clone(),
                    country: a.country.clone(),
                }
            },
            contact: Contact {
                contact_first_name: c.first_name.clone(),
                contact_last_name: c.last_name.clone(),
                contact_email: c.email.clone(),
                contact_phone: c.phone.clone(),
            },
        }
    }

    pub fn validate(&self) -> Result<ValidLicenseeEdit, FieldErrors> {
        let mut errors = FieldErrors::new();
        let v = self.check(&mut errors);
        if errors.is_empty() {
            Ok(v)
        } else {
            Err(errors)
        }
    }

    /// The one copy of the rules for every field the wizard and the edit form share.
    fn check(&self, errors: &mut FieldErrors) -> ValidLicenseeEdit {
        let mut text = |field: &str, raw: &str, max: usize, required| match BoundedText::parse(
            raw, field, max, required,
        ) {
            Ok(t) => t.into_string(),
            Err(e) => {
                errors.insert(field.to_string(), e);
                String::new()
            }
        };
        let name = text("name", &self.name, 200, true);
        let description = text("description", &self.description, 2000, false);
        if name.contains(['\n', '\r', '\t']) {
            errors.insert("name".into(), "The name must be on one line.".into());
        }
        if !name.is_empty() && name.chars().count() < 2 {
            errors.insert("name".into(), "Use at least 2 characters.".into());
        }
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
        let address = if self.use_buyer_address {
            ValidAddress::default()
        } else {
            self.address.check(errors, true)
        };
        let contact = self.contact.check(errors, true);
        ValidLicenseeEdit {
            name,
            resale: self.resale,
            external_ref,
            description,
            use_buyer_address: self.use_buyer_address,
            address,
            contact,
        }
    }
}

impl LicenseeInput {
    /// Everything but the buyer and seller: what stays editable after creation.
    pub fn edit_part(&self) -> LicenseeEdit {
        LicenseeEdit {
            name: self.name.clone(),
            resale: self.resale,
            external_ref: self.external_ref.clone(),
            description: self.description.clone(),
            use_buyer_address: self.use_buyer_address,
            address: self.address.clone(),
            contact: self.contact.clone(),
        }
    }

    /// Checks every field; the wizard shows the errors of the step in view.
    pub fn validate(&self) -> Result<ValidLicensee, FieldErrors> {
        let mut errors = FieldErrors::new();
        let fields = self.edit_part().check(&mut errors);
        if !is_valid(IdKind::Buyer, self.buyer_id.trim()) {
            errors.insert("buyer_id".into(), "Choose the buyer.".into());
        }
        if !is_valid(IdKind::Seller, self.seller_id.trim()) {
            errors.insert("seller_id".into(), "Choose a seller of the buyer.".into());
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(ValidLicensee {
            buyer_id: self.buyer_id.trim().to_string(),
            seller_id: self.seller_id.trim().to_string(),
            fields,
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
            logo: None,
            ..Default::default()
        }
    }

    #[test]
    fn a_complete_wizard_is_valid() {
        let v = good().validate().expect("valid");
        assert!(v.fields.use_buyer_address && v.fields.address == ValidAddress::default());
        assert_eq!(v.fields.contact.email.as_deref(), Some("ada@example.com"));
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
    fn the_edit_form_checks_the_same_fields_as_the_wizard() {
        let wizard = LicenseeInput {
            name: "x".into(),
            external_ref: "has space".into(),
            use_buyer_address: false,
            ..good()
        };
        let mut from_wizard = wizard.validate().unwrap_err();
        from_wizard.remove("buyer_id");
        from_wizard.remove("seller_id");
        assert_eq!(wizard.edit_part().validate().unwrap_err(), from_wizard);
        let v = good().edit_part().validate().expect("valid");
        assert_eq!(v.external_ref, "CC-1042");
    }

    #[test]
    fn the_edit_form_starts_from_the_details() {
        use crate::model::{AddressDto, BuyerStatus, ContactDto, LicenseeStatus, Named};
        let named = |id: &str| Named {
            id: id.into(),
            name: "x".into(),
        };
        let mut d = LicenseeDto {
            id: "LCE-1234-5678-9012".into(),
            name: "Research lab".into(),
            resale: true,
            external_ref: "CC-1042".into(),
            description: String::new(),
            buyer: named("BUY-1234-5678"),
            buyer_status: BuyerStatus::Active,
            seller: named("SEL-1234-5678"),
            uses_buyer_address: true,
            has_logo: false,
            address: AddressDto {
                city: "Berlin".into(),
                ..Default::default()
            },
            contact: ContactDto {
                email: "ada@example.com".into(),
                ..Default::default()
            },
            status: LicenseeStatus::Active,
            available: true,
            revision: 3,
            created_at: 0,
            created_by: None,
            updated_at: 0,
            updated_by: None,
        };
        let e = LicenseeEdit::from_dto(&d);
        assert!(e.resale && e.use_buyer_address && e.address == Address::default());
        assert_eq!(e.contact.contact_email, "ada@example.com");
        d.uses_buyer_address = false;
        assert_eq!(LicenseeEdit::from_dto(&d).address.city, "Berlin");
    }

    #[test]
    fn buyer_details_need_address_and_contact() {
        let e = BuyerDetails::default().validate().unwrap_err();
        assert!(e.contains_key("address_line1") && e.contains_key("contact_email"));
    }
}
