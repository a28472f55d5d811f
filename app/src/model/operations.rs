//! What the Operations pages show: client accounts with their buyers and sellers, and the
//! platform operator's own sellers with the accounts they are linked to.

use super::{BuyerDto, Named, SellerDto};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
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
pub struct OpsAccountDetails {
    pub account: OpsAccountRow,
    pub buyers: Vec<BuyerDto>,
    /// The sellers linked to the account, each with the account's buyers it serves.
    pub sellers: Vec<SellerDto>,
    /// The modules the account is entitled to.
    #[serde(default)]
    pub modules: Vec<crate::permissions::Module>,
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
pub struct NewClientAccount {
    pub account_id: String,
    pub admin_email: String,
    pub invitation_link: String,
    pub mail_sent: bool,
}
