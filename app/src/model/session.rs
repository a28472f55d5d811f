use super::DisplayPrefs;
use crate::permissions::{Level, Module, Permissions, Role};
use serde::{Deserialize, Serialize};

/// Who is signed in, in which account, with which rights: what the shell needs to draw itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionInfo {
    pub user_id: String,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub account_id: String,
    pub account_name: String,
    pub account_has_logo: bool,
    pub account_revision: i64,
    pub role: Role,
    /// An Admin of the platform operator's account: the Operations pages are shown.
    #[serde(default)]
    pub operations: bool,
    pub permissions: Permissions,
    /// The modules the account is entitled to (Operations sets them): the others are hidden
    /// and refused, whatever the permissions say.
    #[serde(default)]
    pub modules: Vec<Module>,
    pub memberships: Vec<MembershipSummary>,
    /// Language, time zone, formats and theme the console is shown in.
    #[serde(default)]
    pub prefs: DisplayPrefs,
    #[serde(default)]
    pub has_picture: bool,
    /// When the picture was set (part of its URL, so a new one is fetched).
    #[serde(default)]
    pub picture_at: Option<i64>,
    /// The account requires two-step verification and this person has not set it up: until
    /// they do, only their own settings open (the server refuses everything else).
    #[serde(default)]
    pub two_step_setup_required: bool,
}

impl SessionInfo {
    /// What this person may give others, as far as the pages need it to offer choices (the
    /// server also weighs their buyers, which the pages do not know).
    pub fn grantor(&self) -> crate::permissions::Grantor {
        crate::permissions::Grantor {
            role: self.role,
            rights: self.permissions.clone(),
            buyers: crate::permissions::BuyerScope::All,
        }
    }

    /// `level` on `module`, in a module the account is entitled to: what the pages show.
    pub fn allows(&self, module: Module, level: Level) -> bool {
        self.modules.contains(&module) && self.permissions.allows(module, level)
    }

    /// The permissions in the modules the account is entitled to (the others dropped): what a
    /// token may be given.
    pub fn usable(&self) -> Permissions {
        Permissions {
            levels: self
                .permissions
                .levels
                .iter()
                .filter(|(m, _)| self.modules.contains(m))
                .map(|(m, l)| (*m, *l))
                .collect(),
        }
    }

    pub fn display_name(&self) -> String {
        let full = format!("{} {}", self.first_name, self.last_name)
            .trim()
            .to_string();
        if full.is_empty() {
            self.email.clone()
        } else {
            full
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MembershipSummary {
    pub account_id: String,
    pub account_name: String,
    pub role: Role,
}
