use super::BoundedText;
use crate::error::FieldErrors;
use crate::permissions::{Level, Module};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The group wizard's answers.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct GroupInput {
    pub name: String,
    pub description: String,
    pub modules: BTreeMap<Module, Level>,
    pub member_ids: Vec<String>,
}

impl GroupInput {
    /// Checks the fields; returns the normalised input.
    pub fn validate(&self) -> Result<GroupInput, FieldErrors> {
        let mut errors = FieldErrors::new();
        let name = match BoundedText::parse(&self.name, "group name", 100, true) {
            Ok(n) if n.clone().into_string().chars().count() < 2 => {
                errors.insert(
                    "name".into(),
                    "The group name needs at least 2 characters.".into(),
                );
                String::new()
            }
            Ok(n) => n.into_string(),
            Err(e) => {
                errors.insert("name".into(), e);
                String::new()
            }
        };
        let description = BoundedText::parse(&self.description, "description", 500, false)
            .map(BoundedText::into_string)
            .unwrap_or_else(|e| {
                errors.insert("description".into(), e);
                String::new()
            });
        let modules: BTreeMap<Module, Level> = self
            .modules
            .iter()
            .filter(|(_, l)| **l != Level::None)
            .map(|(m, l)| (*m, *l))
            .collect();
        if modules.is_empty() {
            errors.insert("modules".into(), "Grant at least one module.".into());
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let mut member_ids = self.member_ids.clone();
        member_ids.sort();
        member_ids.dedup();
        Ok(GroupInput {
            name,
            description,
            modules,
            member_ids,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn needs_name_and_a_module() {
        let e = GroupInput::default().validate().unwrap_err();
        assert!(e.contains_key("name") && e.contains_key("modules"));
        let mut ok = GroupInput {
            name: "Support".into(),
            ..Default::default()
        };
        ok.modules.insert(Module::Audit, Level::View);
        ok.modules.insert(Module::Billing, Level::None);
        let v = ok.validate().unwrap();
        assert_eq!(v.modules.len(), 1, "levels of none are dropped");
    }
}
