use crate::permissions::Role;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct GroupRef {
    pub id: String,
    pub name: String,
}

/// A group offered in the invite and edit forms: `grantable` when the viewer may put people
/// in it or take them out (`permissions::grant`); the others are shown, locked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupChoice {
    pub id: String,
    pub name: String,
    pub grantable: bool,
}

/// One row of the Users list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct MemberRow {
    pub membership_id: String,
    pub user_id: String,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub role: Role,
    pub groups: Vec<GroupRef>,
    /// Active, Disabled, Invited or Invitation expired.
    pub status: String,
    pub created_at: i64,
    pub last_login_at: Option<i64>,
    /// Sent back with changes: a member edited meanwhile gives a conflict.
    pub updated_at: i64,
    /// The last recorded change and who made it (a single member's page; not in lists).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_change: Option<crate::model::Stamp>,
}

impl MemberRow {
    pub fn name(&self) -> String {
        let n = format!("{} {}", self.first_name, self.last_name)
            .trim()
            .to_string();
        if n.is_empty() {
            self.email.clone()
        } else {
            n
        }
    }
}

/// The Users list's state, all of it kept in the URL.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserFilter {
    pub search: String,
    pub status: String,
    pub role: String,
    pub group: String,
    /// joined, name, email or last_login.
    pub sort: String,
    pub desc: bool,
    pub limit: u64,
    /// Opaque keyset position from the previous page.
    pub cursor: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UsersPage {
    pub rows: Vec<MemberRow>,
    pub next_cursor: Option<String>,
    pub total: u64,
    /// The count stopped at `total`: there are more matches than that.
    pub total_is_capped: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct InviteOutcome {
    pub invited: Vec<String>,
    /// (e-mail, reason) for addresses that were not invited.
    #[cfg_attr(feature = "ssr", schema(value_type = Vec<Vec<String>>))]
    pub skipped: Vec<(String, String)>,
    /// Invited, but the e-mail could not be sent (the link can still be copied).
    pub mail_failed: Vec<String>,
}

/// What the accept page shows about an invitation link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationInfo {
    pub account_name: String,
    pub inviter_name: String,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    /// The e-mail already has an identity: the invitee signs in with its password instead.
    pub existing_identity: bool,
}
