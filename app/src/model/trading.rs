//! Buyers, sellers and licensees: their statuses and the state changes each allows, shared by
//! the pages (which offer only valid actions) and the services (which enforce them).

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub enum BuyerStatus {
    /// Created and usable; no licensee active yet.
    #[default]
    Enabled,
    /// At least one of its licensees has been activated.
    Active,
    Disabled,
}

/// Who disabled a buyer: the client's own admins may undo only their own disabling.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub enum DisabledBy {
    Account,
    Operations,
}

impl BuyerStatus {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "Enabled" => Some(BuyerStatus::Enabled),
            "Active" => Some(BuyerStatus::Active),
            "Disabled" => Some(BuyerStatus::Disabled),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            BuyerStatus::Enabled => "Enabled",
            BuyerStatus::Active => "Active",
            BuyerStatus::Disabled => "Disabled",
        }
    }

    pub fn can_disable(self) -> bool {
        self != BuyerStatus::Disabled
    }

    /// Operations may always re-enable; the client only what it disabled itself.
    pub fn can_enable(self, disabled_by: Option<DisabledBy>, operations: bool) -> bool {
        self == BuyerStatus::Disabled && (operations || disabled_by == Some(DisabledBy::Account))
    }
}

/// The badge colour of a status word, the same on every page.
pub fn status_class(status: &str) -> &'static str {
    match status {
        "Active" => "badge badge-green",
        "Enabled" | "New" => "badge badge-amber",
        "Offline" => "badge badge-grey",
        "Disabled" => "badge badge-red",
        _ => "badge",
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub enum LicenseeStatus {
    /// Created, not yet enabled.
    #[default]
    New,
    Active,
    Disabled,
}

impl LicenseeStatus {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "New" => Some(LicenseeStatus::New),
            "Active" => Some(LicenseeStatus::Active),
            "Disabled" => Some(LicenseeStatus::Disabled),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            LicenseeStatus::New => "New",
            LicenseeStatus::Active => "Active",
            LicenseeStatus::Disabled => "Disabled",
        }
    }

    /// A licensee of a disabled buyer cannot be enabled until the buyer is.
    pub fn can_enable(self, buyer: BuyerStatus) -> bool {
        self != LicenseeStatus::Active && buyer != BuyerStatus::Disabled
    }

    pub fn can_disable(self) -> bool {
        self != LicenseeStatus::Disabled
    }

    /// Usable for new business: enabled, and its buyer is not disabled.
    pub fn available(self, buyer: BuyerStatus) -> bool {
        self == LicenseeStatus::Active && buyer != BuyerStatus::Disabled
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub enum SellerStatus {
    Active,
    Offline,
    Disabled,
}

impl SellerStatus {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "Active" => Some(SellerStatus::Active),
            "Offline" => Some(SellerStatus::Offline),
            "Disabled" => Some(SellerStatus::Disabled),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            SellerStatus::Active => "Active",
            SellerStatus::Offline => "Offline",
            SellerStatus::Disabled => "Disabled",
        }
    }

    /// New licensees can be created only with an active seller.
    pub fn takes_new_licensees(self) -> bool {
        self == SellerStatus::Active
    }
}

/// A postal address as shown (empty parts are empty strings).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct AddressDto {
    pub address_line1: String,
    pub address_line2: String,
    pub city: String,
    pub region: String,
    pub postcode: String,
    pub country: String,
}

fn text(v: &Option<String>) -> String {
    v.clone().unwrap_or_default()
}

impl AddressDto {
    /// From stored columns: line 1, line 2, city, region, postcode, country.
    pub fn from_parts(p: [&Option<String>; 6]) -> Self {
        AddressDto {
            address_line1: text(p[0]),
            address_line2: text(p[1]),
            city: text(p[2]),
            region: text(p[3]),
            postcode: text(p[4]),
            country: text(p[5]),
        }
    }
}

impl AddressDto {
    /// "Line 1, Line 2, Postcode City, Region, Country": the parts that are set.
    pub fn one_line(&self) -> String {
        let city = format!("{} {}", self.postcode, self.city)
            .trim()
            .to_string();
        [
            self.address_line1.as_str(),
            self.address_line2.as_str(),
            city.as_str(),
            self.region.as_str(),
            self.country.as_str(),
        ]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
    }

    /// The address as the form's input (to edit it).
    pub fn to_input(&self) -> crate::validation::Address {
        crate::validation::Address {
            address_line1: self.address_line1.clone(),
            address_line2: self.address_line2.clone(),
            city: self.city.clone(),
            region: self.region.clone(),
            postcode: self.postcode.clone(),
            country: self.country.clone(),
        }
    }
}

impl ContactDto {
    /// "First Last <e-mail>"
    pub fn display(&self) -> String {
        let name = format!("{} {}", self.first_name, self.last_name)
            .trim()
            .to_string();
        match (name.is_empty(), self.email.is_empty()) {
            (_, true) => name,
            (true, false) => self.email.clone(),
            (false, false) => format!("{name} <{}>", self.email),
        }
    }

    pub fn to_input(&self) -> crate::validation::Contact {
        crate::validation::Contact {
            contact_first_name: self.first_name.clone(),
            contact_last_name: self.last_name.clone(),
            contact_email: self.email.clone(),
            contact_phone: self.phone.clone(),
        }
    }

    /// From stored columns: first name, last name, e-mail, phone.
    pub fn from_parts(p: [&Option<String>; 4]) -> Self {
        ContactDto {
            first_name: text(p[0]),
            last_name: text(p[1]),
            email: text(p[2]),
            phone: text(p[3]),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ContactDto {
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub phone: String,
}

/// A short reference to a linked object.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Named {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct BuyerDto {
    pub id: String,
    pub account_id: String,
    pub name: String,
    pub tax_number: String,
    pub has_logo: bool,
    pub address: AddressDto,
    pub contact: ContactDto,
    pub status: BuyerStatus,
    pub disabled_by: Option<DisabledBy>,
    pub sellers: Vec<Named>,
    pub licensees: u64,
    pub revision: i64,
    pub created_at: i64,
    pub created_by: Option<String>,
    pub updated_at: i64,
    pub updated_by: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SellerDto {
    pub id: String,
    pub name: String,
    pub address: AddressDto,
    pub currencies: Vec<String>,
    pub status: SellerStatus,
    /// The buyers of the caller's account this seller is linked to.
    pub buyers: Vec<Named>,
    /// When it was created and last changed (by Operations; who did is not shown to clients).
    #[serde(default)]
    pub created_at: i64,
    #[serde(default)]
    pub updated_at: i64,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct LicenseeDto {
    pub id: String,
    pub name: String,
    pub resale: bool,
    pub external_ref: String,
    pub description: String,
    pub buyer: Named,
    pub buyer_status: BuyerStatus,
    pub seller: Named,
    pub uses_buyer_address: bool,
    /// The buyer's address when `uses_buyer_address`, else its own.
    pub address: AddressDto,
    pub contact: ContactDto,
    pub status: LicenseeStatus,
    /// Usable for new business: Active, and its buyer not disabled.
    pub available: bool,
    /// Whether it has a logo (fetched on its own).
    #[serde(default)]
    pub has_logo: bool,
    pub revision: i64,
    pub created_at: i64,
    pub created_by: Option<String>,
    pub updated_at: i64,
    pub updated_by: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buyer_state_machine() {
        use BuyerStatus::*;
        assert!(Enabled.can_disable() && Active.can_disable() && !Disabled.can_disable());
        assert!(!Enabled.can_enable(None, true));
        assert!(Disabled.can_enable(Some(DisabledBy::Account), false));
        assert!(!Disabled.can_enable(Some(DisabledBy::Operations), false));
        assert!(Disabled.can_enable(Some(DisabledBy::Operations), true));
        for s in [Enabled, Active, Disabled] {
            assert_eq!(BuyerStatus::parse(s.as_str()), Some(s));
        }
    }

    #[test]
    fn licensee_state_machine_follows_its_buyer() {
        use LicenseeStatus::*;
        assert!(New.can_enable(BuyerStatus::Enabled));
        assert!(Disabled.can_enable(BuyerStatus::Active));
        assert!(!Active.can_enable(BuyerStatus::Active));
        assert!(!New.can_enable(BuyerStatus::Disabled));
        assert!(Active.available(BuyerStatus::Active));
        assert!(!Active.available(BuyerStatus::Disabled));
        assert!(!New.available(BuyerStatus::Enabled));
        assert!(New.can_disable() && !Disabled.can_disable());
        for s in [New, Active, Disabled] {
            assert_eq!(LicenseeStatus::parse(s.as_str()), Some(s));
        }
    }

    #[test]
    fn sellers() {
        for s in [
            SellerStatus::Active,
            SellerStatus::Offline,
            SellerStatus::Disabled,
        ] {
            assert_eq!(SellerStatus::parse(s.as_str()), Some(s));
        }
        assert!(SellerStatus::Active.takes_new_licensees());
        assert!(!SellerStatus::Offline.takes_new_licensees());
    }
}
