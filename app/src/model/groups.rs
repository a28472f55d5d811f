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

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct GroupDto {
    pub id: String,
    pub name: String,
    pub description: String,
    pub is_default: bool,
    pub modules: BTreeMap<Module, Level>,
    pub members: Vec<GroupMember>,
    pub revision: i64,
    pub created_at: i64,
    pub updated_at: i64,
    pub updated_by: Option<String>,
}
