//! Modules, levels and roles: the vocabulary of every permission check.
//!
//! A member's effective level for a module is the highest of what their role grants and what
//! their groups grant (groups arrive with the people-and-access module). Both the navigation
//! and every server function ask [`Permissions::allows`], so what is shown and what is enforced
//! cannot drift apart.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

mod grant;
pub use grant::*;

#[cfg(test)]
mod key_tests {
    use super::Module;

    #[test]
    fn an_entitlement_keeps_the_core_and_drops_what_does_not_exist() {
        let all = Module::entitled(None);
        assert!(all.contains(&Module::Buyers) && !all.contains(&Module::Events));
        let few = Module::entitled(Some("buyers,events,nonsense"));
        assert!(few.contains(&Module::Buyers) && few.contains(&Module::Users));
        assert!(!few.contains(&Module::Events) && !few.contains(&Module::Licensees));
        assert_eq!(Module::entitled(Some(&Module::store(&few))), few);
    }

    #[test]
    fn a_module_key_is_its_serde_name() {
        for m in Module::ALL {
            assert_eq!(
                serde_json::to_string(&m).unwrap(),
                format!("\"{}\"", m.key())
            );
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Module {
    Account,
    Users,
    Groups,
    ApiTokens,
    Audit,
    Buyers,
    Licensees,
    Sellers,
    Notifications,
    Billing,
    Events,
    Labels,
    Reports,
    Downloads,
    CsvUploads,
    Marketplace,
}

impl Module {
    pub const ALL: [Module; 16] = [
        Module::Account,
        Module::Users,
        Module::Groups,
        Module::ApiTokens,
        Module::Audit,
        Module::Buyers,
        Module::Licensees,
        Module::Sellers,
        Module::Notifications,
        Module::Billing,
        Module::Events,
        Module::Labels,
        Module::Reports,
        Module::Downloads,
        Module::CsvUploads,
        Module::Marketplace,
    ];

    /// Modules that exist in the console today; the others name what is coming (seed 001) and
    /// are neither offered in groups and tokens nor part of any account's entitlement yet.
    pub fn exists(self) -> bool {
        matches!(
            self,
            Module::Account
                | Module::Users
                | Module::Groups
                | Module::ApiTokens
                | Module::Audit
                | Module::Buyers
                | Module::Licensees
                | Module::Sellers
                | Module::Notifications
                | Module::Billing
        )
    }

    /// Every account has these: it cannot be administered without them.
    pub fn is_core(self) -> bool {
        matches!(
            self,
            Module::Account | Module::Users | Module::Groups | Module::Audit
        )
    }

    pub fn from_key(key: &str) -> Option<Module> {
        Module::ALL.into_iter().find(|m| m.key() == key.trim())
    }

    /// The modules an account is entitled to, from what Operations stored (`None`: every
    /// module that exists): always the core ones, never one that does not exist.
    pub fn entitled(stored: Option<&str>) -> Vec<Module> {
        Module::ALL
            .into_iter()
            .filter(|m| m.exists())
            .filter(|m| {
                m.is_core()
                    || stored.is_none_or(|s| s.split(',').any(|k| Module::from_key(k) == Some(*m)))
            })
            .collect()
    }

    /// The stored form of an entitlement (module keys, comma-separated).
    pub fn store(modules: &[Module]) -> String {
        modules
            .iter()
            .map(|m| m.key())
            .collect::<Vec<_>>()
            .join(",")
    }

    /// The module's key as stored and sent (`api_tokens`): its serde name.
    pub fn key(self) -> &'static str {
        match self {
            Module::Account => "account",
            Module::Users => "users",
            Module::Groups => "groups",
            Module::ApiTokens => "api_tokens",
            Module::Audit => "audit",
            Module::Buyers => "buyers",
            Module::Licensees => "licensees",
            Module::Sellers => "sellers",
            Module::Notifications => "notifications",
            Module::Billing => "billing",
            Module::Events => "events",
            Module::Labels => "labels",
            Module::Reports => "reports",
            Module::Downloads => "downloads",
            Module::CsvUploads => "csv_uploads",
            Module::Marketplace => "marketplace",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Module::Account => "Account",
            Module::Users => "Users",
            Module::Groups => "Groups",
            Module::ApiTokens => "API tokens",
            Module::Audit => "Audit trail",
            Module::Buyers => "Buyers",
            Module::Licensees => "Licensees",
            Module::Sellers => "Sellers",
            Module::Notifications => "Notifications",
            Module::Billing => "Billing",
            Module::Events => "Events",
            Module::Labels => "Labels",
            Module::Reports => "Reports",
            Module::Downloads => "Downloads",
            Module::CsvUploads => "CSV uploads",
            Module::Marketplace => "Marketplace",
        }
    }

    /// The "Manage" modules a Creator may edit (seed 002).
    fn is_manage(self) -> bool {
        matches!(
            self,
            Module::Events
                | Module::Labels
                | Module::Reports
                | Module::Downloads
                | Module::CsvUploads
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Level {
    None,
    View,
    Edit,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::None => "none",
            Level::View => "view",
            Level::Edit => "edit",
        }
    }

    pub fn parse(s: &str) -> Level {
        match s {
            "view" => Level::View,
            "edit" => Level::Edit,
            _ => Level::None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub enum Role {
    Admin,
    Creator,
    Member,
    Agent,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Admin, Role::Creator, Role::Member, Role::Agent];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "Admin",
            Role::Creator => "Creator",
            Role::Member => "Member",
            Role::Agent => "Agent",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str().eq_ignore_ascii_case(s))
    }

    /// What the role alone grants for a module.
    pub fn grants(self, module: Module) -> Level {
        match self {
            Role::Admin => Level::Edit,
            Role::Creator => match module {
                Module::Users | Module::Billing => Level::None,
                m if m.is_manage() => Level::Edit,
                _ => Level::View,
            },
            // SPEC: "Member: view only" (every module, edit none).
            Role::Member => Level::View,
            Role::Agent => match module {
                Module::Users | Module::Audit | Module::Notifications => Level::View,
                _ => Level::None,
            },
        }
    }
}

/// The effective permissions of one member in one account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Permissions {
    pub levels: BTreeMap<Module, Level>,
}

impl Permissions {
    pub fn for_role(role: Role) -> Self {
        let levels = Module::ALL
            .into_iter()
            .map(|m| (m, role.grants(m)))
            .collect();
        Permissions { levels }
    }

    /// Union with another grant set (a group): the higher level wins per module.
    pub fn union(mut self, other: &Permissions) -> Self {
        for (module, level) in &other.levels {
            let entry = self.levels.entry(*module).or_insert(Level::None);
            if *level > *entry {
                *entry = *level;
            }
        }
        self
    }

    /// Intersection: the lower level wins per module (a token never exceeds its creator).
    pub fn intersect(&self, other: &Permissions) -> Permissions {
        let levels = Module::ALL
            .into_iter()
            .map(|m| (m, self.level(m).min(other.level(m))))
            .collect();
        Permissions { levels }
    }

    pub fn level(&self, module: Module) -> Level {
        self.levels.get(&module).copied().unwrap_or(Level::None)
    }

    pub fn allows(&self, module: Module, needed: Level) -> bool {
        self.level(module) >= needed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn admin_edits_everything() {
        let p = Permissions::for_role(Role::Admin);
        assert!(Module::ALL.iter().all(|m| p.allows(*m, Level::Edit)));
    }

    #[test]
    fn creator_edits_manage_views_rest_no_users_or_billing() {
        let p = Permissions::for_role(Role::Creator);
        assert!(p.allows(Module::Events, Level::Edit));
        assert!(p.allows(Module::Account, Level::View));
        assert!(!p.allows(Module::Account, Level::Edit));
        assert!(!p.allows(Module::Users, Level::View));
        assert!(!p.allows(Module::Billing, Level::View));
    }

    #[test]
    fn member_only_views_and_agent_only_support_modules() {
        let m = Permissions::for_role(Role::Member);
        assert!(Module::ALL.iter().all(|x| !m.allows(*x, Level::Edit)));
        assert!(Module::ALL.iter().all(|x| m.allows(*x, Level::View)));
        let a = Permissions::for_role(Role::Agent);
        assert!(a.allows(Module::Audit, Level::View));
        assert!(!a.allows(Module::Account, Level::View));
    }

    #[test]
    fn union_takes_the_higher_level() {
        let mut g = Permissions::default();
        g.levels.insert(Module::Account, Level::Edit);
        let p = Permissions::for_role(Role::Member).union(&g);
        assert!(p.allows(Module::Account, Level::Edit));
        assert!(p.allows(Module::Audit, Level::View));
    }

    #[test]
    fn intersect_takes_the_lower_level() {
        let mut t = Permissions::default();
        t.levels.insert(Module::Users, Level::Edit);
        t.levels.insert(Module::Audit, Level::View);
        let p = t.intersect(&Permissions::for_role(Role::Creator));
        assert_eq!(p.level(Module::Users), Level::None);
        assert_eq!(p.level(Module::Audit), Level::View);
        assert_eq!(p.level(Module::Account), Level::None);
    }

    #[test]
    fn role_names_round_trip() {
        for r in Role::ALL {
            assert_eq!(Role::parse(r.as_str()), Some(r));
        }
        assert_eq!(Role::parse("root"), None);
    }
}
