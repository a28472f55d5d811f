//! Who may give what: the rule that nobody can grant what they do not hold.
//!
//! Design. Every change to someone's access (inviting, changing a member's role or groups,
//! disabling or removing them, resetting their two-step verification, creating or changing a
//! group, creating or changing a token) is checked here against a [`Grantor`]: the role, the
//! effective rights and the buyers of whoever acts. A token is a grantor with its creator's
//! role, its modules ∩ its creator's current rights and its creator's buyers; the account
//! credentials are a full Admin. The services call these checks, so the console, the REST API
//! and tokens refuse the same things with the same sentence. The pages call them too, to offer
//! only what the person could give.
//!
//! - Only an Admin (role Admin with every module at edit) gives the Admin role, touches an
//!   Admin's membership or changes the Administrators group.
//! - Anyone else gives only roles below their own whose grants they hold, puts modules only at
//!   levels they hold, limits groups only to buyers they see, and acts only on members whose
//!   rights they hold themselves.
//!
//! Each refusal says what is missing. The sentences are English (the REST API keeps them);
//! the interface translates them by their message id or template (`i18n`).

use super::{Level, Module, Permissions, Role};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The buyers someone reaches: all of the account's, or only some (their groups' selection).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum BuyerScope {
    All,
    Only(Vec<String>),
}

impl BuyerScope {
    pub fn allows(&self, buyer_id: &str) -> bool {
        match self {
            BuyerScope::All => true,
            BuyerScope::Only(ids) => ids.iter().any(|i| i == buyer_id),
        }
    }

    /// Whether everything `other` reaches, this reaches too.
    pub fn covers(&self, other: &BuyerScope) -> bool {
        match (self, other) {
            (BuyerScope::All, _) => true,
            (BuyerScope::Only(_), BuyerScope::All) => false,
            (BuyerScope::Only(_), BuyerScope::Only(ids)) => ids.iter().all(|i| self.allows(i)),
        }
    }
}

/// Higher roles outrank lower ones: a non-Admin gives only roles below their own.
pub fn rank(role: Role) -> u8 {
    match role {
        Role::Admin => 3,
        Role::Creator => 2,
        Role::Member => 1,
        Role::Agent => 0,
    }
}

pub const ONLY_ADMIN_GIVES_ADMIN: &str = "Only an Admin can give the Admin role.";
pub const ONLY_ADMIN_TOUCHES_ADMIN: &str = "Only an Admin can change an Admin's membership.";
pub const ONLY_ADMIN_CHANGES_DEFAULT_GROUP: &str =
    "Only an Admin can change the Administrators group.";
pub const BUYERS_NOT_HELD: &str = "You can only limit a group to buyers you can see yourself.";
pub const ALL_BUYERS_NOT_HELD: &str =
    "You can only give access to all buyers when you see all buyers yourself.";
pub const MEMBER_BUYERS_NOT_HELD: &str =
    "This member sees buyers you cannot see; ask an Admin to change their access.";
pub const ONLY_ADMIN_CREDENTIALS: &str =
    "Only an Admin can see or regenerate the account credentials.";
pub const ONLY_ADMIN_TWO_STEP_RESET: &str =
    "Only an Admin can reset a member's two-step verification.";
pub const ONLY_CREATOR_ROTATES: &str =
    "Only the token's creator or an Admin can rotate it: the new secret acts as its creator.";
pub const ONLY_ADMIN_TWO_STEP_POLICY: &str =
    "Only an Admin can change the account's two-step verification rule.";

/// Why a grant was refused; `Display` is the sentence the caller sees.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Denial {
    /// A fixed sentence (one of the constants above).
    Rule(&'static str),
    /// The caller lacks `level` on `module` for the operation itself.
    Needs(Module, Level),
    /// The grant would put `module` at `level`, which the caller does not hold.
    NotHeld(Module, Level),
    /// The role to give is not below the caller's own.
    RoleNotBelow(Role),
    /// The member acted on holds `module` at `level`, which the caller does not.
    TargetHolds(Module, Level),
    /// The token acted on carries `module` at `level`, which the caller does not hold.
    TokenHolds(Module, Level),
    /// The account is not entitled to `module` (Operations decides which modules it has).
    NotEntitled(Module),
}

impl fmt::Display for Denial {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Denial::Rule(s) => f.write_str(s),
            Denial::Needs(m, l) => write!(
                f,
                "You need {} rights on {} for this.",
                l.as_str(),
                m.label()
            ),
            Denial::NotHeld(m, l) => write!(
                f,
                "You cannot grant {} rights on {}: you do not hold them yourself.",
                l.as_str(),
                m.label()
            ),
            Denial::RoleNotBelow(own) => write!(
                f,
                "You can only give roles below your own ({}).",
                own.as_str()
            ),
            Denial::TargetHolds(m, l) => write!(
                f,
                "This member has {} rights on {}, which you do not hold; ask an Admin.",
                l.as_str(),
                m.label()
            ),
            Denial::TokenHolds(m, l) => write!(
                f,
                "This token has {} rights on {}, which you do not hold; ask an Admin.",
                l.as_str(),
                m.label()
            ),
            Denial::NotEntitled(m) => write!(
                f,
                "The {} module is not enabled for this account.",
                m.label()
            ),
        }
    }
}

/// What a group grants, as far as granting it is concerned.
pub struct GroupGrant<'a> {
    pub is_default: bool,
    pub modules: &'a Permissions,
    pub buyers: &'a BuyerScope,
}

/// Whoever acts on someone's access.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grantor {
    pub role: Role,
    pub rights: Permissions,
    pub buyers: BuyerScope,
}

impl Grantor {
    /// The account credentials: every right of an Admin.
    pub fn full_admin() -> Self {
        Grantor {
            role: Role::Admin,
            rights: Permissions::for_role(Role::Admin),
            buyers: BuyerScope::All,
        }
    }

    /// An Admin holding every module at edit (a token of an Admin holds only its modules, so
    /// it is an Admin here only when it carries them all).
    pub fn is_admin(&self) -> bool {
        // Modules that do not exist yet cannot be given (nor carried by a token), so they do
        // not count.
        self.role == Role::Admin
            && Module::ALL
                .iter()
                .filter(|m| m.exists())
                .all(|m| self.rights.allows(*m, Level::Edit))
    }

    /// Refuses unless the grantor is an Admin, with `rule` as the reason.
    pub fn admin_only(&self, rule: &'static str) -> Result<(), Denial> {
        if self.is_admin() {
            Ok(())
        } else {
            Err(Denial::Rule(rule))
        }
    }

    /// The first module that `grants` puts above what the grantor holds. Modules that do not
    /// exist yet carry nothing (and no new grant may name them: `accounts::check_entitled`).
    pub fn holds(&self, grants: &Permissions) -> Result<(), Denial> {
        for m in Module::ALL.into_iter().filter(|m| m.exists()) {
            let wanted = grants.level(m);
            if wanted > self.rights.level(m) {
                return Err(Denial::NotHeld(m, wanted));
            }
        }
        Ok(())
    }

    /// Sending an invited person a new link: whoever edits Users, and Agents, whose job is to
    /// chase invitations (the SPEC's Agent role), though they may not change access.
    pub fn may_resend_invitations(&self) -> Result<(), Denial> {
        if self.role == Role::Agent || self.rights.allows(Module::Users, Level::Edit) {
            Ok(())
        } else {
            Err(Denial::Needs(Module::Users, Level::Edit))
        }
    }

    /// Giving `role` to someone (an invitation, or a change of role).
    pub fn may_give_role(&self, role: Role) -> Result<(), Denial> {
        if self.is_admin() {
            return Ok(());
        }
        if role == Role::Admin {
            return Err(Denial::Rule(ONLY_ADMIN_GIVES_ADMIN));
        }
        if rank(role) >= rank(self.role) {
            return Err(Denial::RoleNotBelow(self.role));
        }
        self.holds(&Permissions::for_role(role))
    }

    /// Acting on a member's access (role, groups, status, removal, two-step reset): an Admin's
    /// only as an Admin, anyone else's only when the grantor holds every right they have.
    pub fn may_touch(
        &self,
        target_role: Role,
        target_rights: &Permissions,
        target_buyers: &BuyerScope,
    ) -> Result<(), Denial> {
        if self.is_admin() {
            return Ok(());
        }
        if target_role == Role::Admin {
            return Err(Denial::Rule(ONLY_ADMIN_TOUCHES_ADMIN));
        }
        if let Err(Denial::NotHeld(m, l)) = self.holds(target_rights) {
            return Err(Denial::TargetHolds(m, l));
        }
        if !self.buyers.covers(target_buyers) {
            return Err(Denial::Rule(MEMBER_BUYERS_NOT_HELD));
        }
        Ok(())
    }

    /// Creating, changing or deleting a group, or putting someone in or out of it.
    pub fn may_grant_group(&self, g: &GroupGrant<'_>) -> Result<(), Denial> {
        if self.is_admin() {
            return Ok(());
        }
        if g.is_default {
            return Err(Denial::Rule(ONLY_ADMIN_CHANGES_DEFAULT_GROUP));
        }
        self.holds(g.modules)?;
        if !self.buyers.covers(g.buyers) {
            return Err(Denial::Rule(match g.buyers {
                BuyerScope::All => ALL_BUYERS_NOT_HELD,
                BuyerScope::Only(_) => BUYERS_NOT_HELD,
            }));
        }
        Ok(())
    }

    /// The roles this grantor may give, highest first (what the forms offer).
    pub fn grantable_roles(&self) -> Vec<Role> {
        Role::ALL
            .into_iter()
            .filter(|r| self.may_give_role(*r).is_ok())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member_with(extra: &[(Module, Level)]) -> Grantor {
        let mut g = Permissions::default();
        for (m, l) in extra {
            g.levels.insert(*m, *l);
        }
        Grantor {
            role: Role::Member,
            rights: Permissions::for_role(Role::Member).union(&g),
            buyers: BuyerScope::All,
        }
    }

    #[test]
    fn only_admins_give_admin_and_touch_admins() {
        let delegated = member_with(&[(Module::Users, Level::Edit)]);
        assert_eq!(
            delegated.may_give_role(Role::Admin),
            Err(Denial::Rule(ONLY_ADMIN_GIVES_ADMIN))
        );
        assert_eq!(
            delegated.may_touch(
                Role::Admin,
                &Permissions::for_role(Role::Admin),
                &BuyerScope::All
            ),
            Err(Denial::Rule(ONLY_ADMIN_TOUCHES_ADMIN))
        );
        let admin = Grantor::full_admin();
        assert!(admin.may_give_role(Role::Admin).is_ok());
        assert!(admin
            .may_touch(
                Role::Admin,
                &Permissions::for_role(Role::Admin),
                &BuyerScope::All
            )
            .is_ok());
    }

    #[test]
    fn roles_below_own_whose_grants_are_held() {
        let member = member_with(&[(Module::Users, Level::Edit)]);
        assert_eq!(member.grantable_roles(), vec![Role::Agent]);
        assert_eq!(
            member.may_give_role(Role::Member),
            Err(Denial::RoleNotBelow(Role::Member))
        );
        // A Creator without Users rights cannot give the Agent role, which views Users.
        let creator = Grantor {
            role: Role::Creator,
            rights: Permissions::for_role(Role::Creator),
            buyers: BuyerScope::All,
        };
        assert_eq!(
            creator.may_give_role(Role::Agent),
            Err(Denial::NotHeld(Module::Users, Level::View))
        );
        // Nor Member, which views Users and Billing.
        assert_eq!(
            creator.may_give_role(Role::Member),
            Err(Denial::NotHeld(Module::Users, Level::View))
        );
    }

    #[test]
    fn groups_only_at_levels_held_and_never_the_default() {
        let g = member_with(&[(Module::Groups, Level::Edit)]);
        let mut all_edit = Permissions::default();
        for m in Module::ALL {
            all_edit.levels.insert(m, Level::Edit);
        }
        let grant = GroupGrant {
            is_default: false,
            modules: &all_edit,
            buyers: &BuyerScope::All,
        };
        assert_eq!(
            g.may_grant_group(&grant),
            Err(Denial::NotHeld(Module::Account, Level::Edit))
        );
        let default = GroupGrant {
            is_default: true,
            modules: &Permissions::default(),
            buyers: &BuyerScope::All,
        };
        assert_eq!(
            g.may_grant_group(&default),
            Err(Denial::Rule(ONLY_ADMIN_CHANGES_DEFAULT_GROUP))
        );
        let mut audit_view = Permissions::default();
        audit_view.levels.insert(Module::Audit, Level::View);
        let ok = GroupGrant {
            is_default: false,
            modules: &audit_view,
            buyers: &BuyerScope::All,
        };
        assert!(g.may_grant_group(&ok).is_ok());
    }

    #[test]
    fn buyers_only_those_seen() {
        let mut g = member_with(&[(Module::Groups, Level::Edit)]);
        g.buyers = BuyerScope::Only(vec!["BUY-1".into()]);
        let none = Permissions::default();
        let all = GroupGrant {
            is_default: false,
            modules: &none,
            buyers: &BuyerScope::All,
        };
        assert_eq!(
            g.may_grant_group(&all),
            Err(Denial::Rule(ALL_BUYERS_NOT_HELD))
        );
        let other = BuyerScope::Only(vec!["BUY-2".into()]);
        let grant = GroupGrant {
            is_default: false,
            modules: &none,
            buyers: &other,
        };
        assert_eq!(
            g.may_grant_group(&grant),
            Err(Denial::Rule(BUYERS_NOT_HELD))
        );
        let own = BuyerScope::Only(vec!["BUY-1".into()]);
        let grant = GroupGrant {
            is_default: false,
            modules: &none,
            buyers: &own,
        };
        assert!(g.may_grant_group(&grant).is_ok());
    }

    #[test]
    fn a_token_of_an_admin_is_an_admin_only_with_every_module() {
        let mut token = Permissions::default();
        token.levels.insert(Module::Users, Level::Edit);
        let g = Grantor {
            role: Role::Admin,
            rights: token,
            buyers: BuyerScope::All,
        };
        assert!(!g.is_admin());
        assert_eq!(
            g.may_give_role(Role::Admin),
            Err(Denial::Rule(ONLY_ADMIN_GIVES_ADMIN))
        );
    }

    #[test]
    fn touching_someone_with_more_rights_names_what_they_hold() {
        let g = member_with(&[(Module::Users, Level::Edit)]);
        let mut billing = Permissions::for_role(Role::Agent);
        billing.levels.insert(Module::Sellers, Level::Edit);
        assert_eq!(
            g.may_touch(Role::Agent, &billing, &BuyerScope::All),
            Err(Denial::TargetHolds(Module::Sellers, Level::Edit))
        );
        assert_eq!(
            g.to_owned()
                .may_touch(Role::Agent, &billing, &BuyerScope::All)
                .unwrap_err()
                .to_string(),
            "This member has edit rights on Sellers, which you do not hold; ask an Admin."
        );
    }
}
