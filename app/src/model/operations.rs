//! What the Operations pages show: client accounts with their buyers and sellers, and the
//! platform operator's own sellers with the accounts they are linked to.

use super::{BuyerDto, Named, SellerDto};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct OpsAccountRow {
    pub id: String,
    pub name: String,
    /// Client, Vendor or Operations.
    pub kind: String,
    /// Active or Disabled.
    pub status: String,
    pub members: u64,
    pub buyers: u64,
    pub sellers: u64,
    pub created_at: i64,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct OpsAccountDetails {
    pub account: OpsAccountRow,
    pub buyers: Vec<BuyerDto>,
    /// The sellers linked to the account, each with the account's buyers it serves.
    pub sellers: Vec<SellerDto>,
    /// The modules the account is entitled to.
    #[serde(default)]
    pub modules: Vec<crate::permissions::Module>,
    /// The plan the account is on.
    #[serde(default)]
    pub plan_id: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpsSellerRow {
    pub seller: SellerDto,
    /// The client accounts it is linked to.
    pub accounts: Vec<Named>,
}

/// The result of creating a client account: its first admin is invited by e-mail, and the
/// link is shown once in case the mail does not arrive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct NewClientAccount {
    pub account_id: String,
    pub admin_email: String,
    pub invitation_link: String,
    pub mail_sent: bool,
}

/// The state of a global sign-in identity, which only the platform operator changes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub enum IdentityStatus {
    #[default]
    Active,
    /// Signs in nowhere; sessions and the person's API tokens stop at once. Reversible.
    Blocked,
    /// Erased: the e-mail, names, password, two-step secret and picture are gone. Final.
    Deleted,
}

impl IdentityStatus {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "Active" => Some(IdentityStatus::Active),
            "Blocked" => Some(IdentityStatus::Blocked),
            "Deleted" => Some(IdentityStatus::Deleted),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            IdentityStatus::Active => "Active",
            IdentityStatus::Blocked => "Blocked",
            IdentityStatus::Deleted => "Deleted",
        }
    }

    /// The changes the operator may make from this state (the page offers only these).
    pub fn can_become(self, to: IdentityStatus) -> bool {
        use IdentityStatus::*;
        matches!(
            (self, to),
            (Active, Blocked) | (Blocked, Active) | (Active, Deleted) | (Blocked, Deleted)
        )
    }
}

/// One account a person belongs to, as the operator sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct IdentityMembership {
    pub account_id: String,
    pub account_name: String,
    pub role: crate::permissions::Role,
    pub status: String,
}

/// A global sign-in identity (a person), for the operator's People page and REST API.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct IdentityDto {
    pub id: String,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub status: IdentityStatus,
    pub two_step: bool,
    pub created_at: i64,
    pub last_login_at: Option<i64>,
    pub memberships: Vec<IdentityMembership>,
}
