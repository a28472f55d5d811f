//! Buyers, sellers and licensees: their state machines, logos, and the buyers scope of groups and tokens.

pub mod buyer_logo;
pub mod buyer_scope;
pub mod buyers;
pub mod licensee_logo;
pub mod licensees;
pub mod sellers;
