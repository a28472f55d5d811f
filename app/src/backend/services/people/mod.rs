//! The people of an account: members and their access, invitations, groups, and the grant checks every change of access goes through.

pub mod grant_checks;
pub mod group_admin;
pub mod groups;
pub mod invitations;
pub mod members;
pub mod membership_admin;
pub mod two_step_admin;
