//! The Operations forms (new client account, new buyer, new seller, link a seller), checked as
//! typed and again on the server.

use super::{AccountName, Address, BoundedText, Contact, Email, ValidAddress, ValidContact};
use crate::error::FieldErrors;
use crate::ids::{is_valid, IdKind};
use serde::{Deserialize, Serialize};

/// The currencies a seller may invoice in (ISO 4217).
pub const CURRENCIES: &[&str] = &[
    "AUD", "BRL", "CAD", "CHF", "CNY", "CZK", "DKK", "EUR", "GBP", "HKD", "INR", "JPY", "MXN",
    "NOK", "NZD", "PLN", "SEK", "SGD", "USD", "ZAR",
];

fn finish<T>(errors: FieldErrors, value: T) -> Result<T, FieldErrors> {
    if errors.is_empty() {
        Ok(value)
    } else {
        Err(errors)
    }
}

fn keep(errors: &mut FieldErrors, field: &str, r: Result<String, String>) -> String {
    r.unwrap_or_else(|e| {
        errors.insert(field.into(), e);
        String::new()
    })
}

fn one_line(raw: &str, label: &str, max: usize) -> Result<String, String> {
    let t = BoundedText::line(raw, label, max, true)?.into_string();
    if t.chars().count() < 2 {
        return Err(format!("The {label} needs at least 2 characters."));
    }
    Ok(t)
}

/// A new client account and the person invited as its first admin.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ClientAccountInput {
    pub name: String,
    pub admin_email: String,
    #[serde(default)]
    pub admin_first_name: String,
    #[serde(default)]
    pub admin_last_name: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidClientAccount {
    pub name: AccountName,
    pub admin_email: Email,
    pub admin_first_name: String,
    pub admin_last_name: String,
}

impl ClientAccountInput {
    pub fn validate(&self) -> Result<ValidClientAccount, FieldErrors> {
        let mut errors = FieldErrors::new();
        let name = AccountName::try_from(self.name.as_str()).map_err(|e| {
            errors.insert("name".into(), e);
        });
        let email = Email::try_from(self.admin_email.trim()).map_err(|e| {
            errors.insert("admin_email".into(), e);
        });
        let first = keep(
            &mut errors,
            "admin_first_name",
            BoundedText::line(&self.admin_first_name, "first name", 100, false)
                .map(BoundedText::into_string),
        );
        let last = keep(
            &mut errors,
            "admin_last_name",
            BoundedText::line(&self.admin_last_name, "last name", 100, false)
                .map(BoundedText::into_string),
        );
        match (name, email) {
            (Ok(name), Ok(admin_email)) => finish(
                errors,
                ValidClientAccount {
                    name,
                    admin_email,
                    admin_first_name: first,
                    admin_last_name: last,
                },
            ),
            _ => Err(errors),
        }
    }
}

/// A buyer as Operations creates it: the legal entity, its tax number, address and contact.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewBuyerInput {
    pub name: String,
    pub tax_number: String,
    #[serde(default)]
    pub address: Address,
    #[serde(default)]
    pub contact: Contact,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidNewBuyer {
    pub name: String,
    pub tax_number: String,
    pub address: ValidAddress,
    pub contact: ValidContact,
}

/// VAT and tax ids differ by country; what they share is 4 to 20 letters and digits, maybe
/// grouped by spaces, dots or dashes.
pub fn check_tax_number(raw: &str) -> Result<String, String> {
    let t = raw.trim().to_uppercase();
    let alnum = t.chars().filter(char::is_ascii_alphanumeric).count();
    if t.is_empty() {
        return Err("Enter the tax number.".into());
    }
    if !t
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || " .-/".contains(c))
        || !(4..=20).contains(&alnum)
        || t.len() > 32
    {
        return Err("Enter a tax number such as DE123456789 (4 to 20 letters and digits).".into());
    }
    Ok(t)
}

impl NewBuyerInput {
    pub fn validate(&self) -> Result<ValidNewBuyer, FieldErrors> {
        let mut errors = FieldErrors::new();
        let name = keep(&mut errors, "name", one_line(&self.name, "buyer name", 200));
        let tax_number = keep(
            &mut errors,
            "tax_number",
            check_tax_number(&self.tax_number),
        );
        let address = self.address.check(&mut errors, true);
        let contact = self.contact.check(&mut errors, true);
        finish(
            errors,
            ValidNewBuyer {
                name,
                tax_number,
                address,
                contact,
            },
        )
    }
}

/// A seller of the platform operator.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SellerInput {
    pub name: String,
    #[serde(default)]
    pub address: Address,
    /// The currencies it invoices in.
    #[serde(default)]
    pub currencies: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidSeller {
    pub name: String,
    pub address: ValidAddress,
    pub currencies: Vec<String>,
}

impl SellerInput {
    pub fn validate(&self) -> Result<ValidSeller, FieldErrors> {
        let mut errors = FieldErrors::new();
        let name = keep(
            &mut errors,
            "name",
            one_line(&self.name, "seller name", 200),
        );
        let address = self.address.check(&mut errors, true);
        let mut currencies: Vec<String> = self
            .currencies
            .iter()
            .map(|c| c.trim().to_uppercase())
            .collect();
        currencies.sort();
        currencies.dedup();
        if currencies.is_empty() {
            errors.insert("currencies".into(), "Choose at least one currency.".into());
        } else if let Some(bad) = currencies
            .iter()
            .find(|c| !CURRENCIES.contains(&c.as_str()))
        {
            errors.insert(
                "currencies".into(),
                format!("{bad} is not a currency this platform invoices in."),
            );
        }
        finish(
            errors,
            ValidSeller {
                name,
                address,
                currencies,
            },
        )
    }
}

/// Link a seller to a client account and, optionally, to one of its buyers.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SellerLinkInput {
    pub seller_id: String,
    pub account_id: String,
    #[serde(default)]
    pub buyer_id: String,
}

impl SellerLinkInput {
    /// (seller, account, buyer if one was chosen)
    pub fn validate(&self) -> Result<(String, String, Option<String>), FieldErrors> {
        let mut errors = FieldErrors::new();
        let seller = self.seller_id.trim();
        let account = self.account_id.trim();
        let buyer = self.buyer_id.trim();
        if !is_valid(IdKind::Seller, seller) {
            errors.insert("seller_id".into(), "Choose a seller.".into());
        }
        if !is_valid(IdKind::Account, account) {
            errors.insert("account_id".into(), "Choose a client account.".into());
        }
        if !buyer.is_empty() && !is_valid(IdKind::Buyer, buyer) {
            errors.insert(
                "buyer_id".into(),
                "Choose one of the account's buyers.".into(),
            );
        }
        finish(
            errors,
            (
                seller.to_string(),
                account.to_string(),
                (!buyer.is_empty()).then(|| buyer.to_string()),
            ),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn client_account_needs_a_name_and_an_admin_email() {
        let e = ClientAccountInput::default().validate().unwrap_err();
        assert!(e.contains_key("name") && e.contains_key("admin_email"));
        let ok = ClientAccountInput {
            name: "Contoso".into(),
            admin_email: " ada@contoso.example ".into(),
            ..Default::default()
        }
        .validate()
        .unwrap();
        assert_eq!(ok.admin_email.as_str(), "ada@contoso.example");
    }

    #[test]
    fn tax_numbers() {
        assert_eq!(
            check_tax_number(" de 123.456.789 ").unwrap(),
            "DE 123.456.789"
        );
        assert!(check_tax_number("12").is_err());
        assert!(check_tax_number("DE<script>").is_err());
        assert!(check_tax_number("").is_err());
    }

    #[test]
    fn seller_currencies_are_known_and_deduplicated() {
        let mut s = SellerInput {
            name: "Platform GmbH".into(),
            address: Address {
                address_line1: "Main street 1".into(),
                city: "Berlin".into(),
                country: "DE".into(),
                ..Default::default()
            },
            currencies: vec!["eur".into(), "EUR".into(), "usd".into()],
        };
        assert_eq!(s.validate().unwrap().currencies, vec!["EUR", "USD"]);
        s.currencies = vec!["XYZ".into()];
        assert!(s.validate().unwrap_err().contains_key("currencies"));
        s.currencies.clear();
        assert!(s.validate().unwrap_err().contains_key("currencies"));
    }

    #[test]
    fn links_check_their_ids() {
        let e = SellerLinkInput::default().validate().unwrap_err();
        assert!(e.contains_key("seller_id") && e.contains_key("account_id"));
    }
}
