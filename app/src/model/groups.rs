use super::trading::Named;
use crate::permissions::{Level, Module};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct GroupMember {
    pub membership_id: String,
    pub name: String,
    pub email: String,
}

/// Which buyers a group's members see: every buyer of the account, or only the selected ones.
/// A member's buyers are the union over their groups (one "all" group means all buyers).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum BuyersScope {
    #[default]
    All,
    Selected,
}

impl BuyersScope {
    /// The value stored in `groups.buyers_scope` and sent over the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            BuyersScope::All => "all",
            BuyersScope::Selected => "selected",
        }
    }

    /// Anything but "selected" reads as all buyers, like the scope rule does.
    pub fn parse(s: &str) -> Self {
        if s == "selected" {
            BuyersScope::Selected
        } else {
            BuyersScope::All
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct GroupDto {
    pub id: String,
    pub name: String,
    pub description: String,
    pub is_default: bool,
    pub modules: BTreeMap<Module, Level>,
    pub members: Vec<GroupMember>,
    pub buyers_scope: BuyersScope,
    /// The selected buyers, by name (empty when the scope is all buyers).
    pub buyers: Vec<Named>,
    pub revision: i64,
    pub created_at: i64,
    pub updated_at: i64,
    pub updated_by: Option<String>,
}
