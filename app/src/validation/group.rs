use super::BoundedText;
use crate::error::FieldErrors;
use crate::ids::{self, IdKind};
use crate::model::BuyersScope;
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
    /// All buyers of the account, or only `buyer_ids`.
    #[serde(default)]
    pub buyers_scope: BuyersScope,
    /// The selected buyers (`BUY-` ids); ignored when the scope is all buyers.
    #[serde(default)]
    pub buyer_ids: Vec<String>,
}

const NO_BUYER: &str = "Choose at least one buyer, or allow all buyers.";

/// The selected buyers, sorted and deduplicated; none when the scope is all buyers.
fn check_buyers(scope: BuyersScope, ids: &[String]) -> Result<Vec<String>, String> {
    if scope == BuyersScope::All {
        return Ok(vec![]);
    }
    let mut out: Vec<String> = ids.iter().map(|i| i.trim().to_string()).collect();
    if out.iter().any(|i| !ids::is_valid(IdKind::Buyer, i)) {
        return Err("One of the chosen buyers is not a valid buyer id.".into());
    }
    out.sort();
    out.dedup();
    if out.is_empty() {
        return Err(NO_BUYER.into());
    }
    Ok(out)
}

impl GroupInput {
    /// Checks the fields; returns the normalised input.
    pub fn validate(&self) -> Result<GroupInput, FieldErrors> {
        let mut errors = FieldErrors::new();
        let name = match BoundedText::line(&self.name, "group name", 100, true) {
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
        let buyer_ids = check_buyers(self.buyers_scope, &self.buyer_ids).unwrap_or_else(|e| {
            errors.insert("buyer_ids".into(), e);
            vec![]
        });
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
            buyers_scope: self.buyers_scope,
            buyer_ids,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn support() -> GroupInput {
        let mut g = GroupInput {
            name: "Support".into(),
            ..Default::default()
        };
        g.modules.insert(Module::Marketplace, Level::View);
        g
    }

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
        assert_eq!(v.buyers_scope, BuyersScope::All, "all buyers by default");
    }

    #[test]
    fn selected_buyers_need_at_least_one() {
        let g = GroupInput {
            buyers_scope: BuyersScope::Selected,
            ..support()
        };
        let e = g.validate().unwrap_err();
        assert_eq!(e.get("buyer_ids").map(String::as_str), Some(NO_BUYER));
        let blank = GroupInput {
            buyer_ids: vec!["  ".into()],
            ..g
        };
        assert!(blank.validate().unwrap_err().contains_key("buyer_ids"));
    }

    #[test]
    fn selected_buyers_are_valid_ids_deduplicated() {
        let g = GroupInput {
            buyers_scope: BuyersScope::Selected,
            buyer_ids: vec![
                "BUY-2222-0000".into(),
                " BUY-1111-0000".into(),
                "BUY-2222-0000".into(),
            ],
            ..support()
        };
        let v = g.validate().unwrap();
        assert_eq!(v.buyer_ids, ["BUY-1111-0000", "BUY-2222-0000"]);
        for bad in ["SEL-1111-0000", "BUY-1111", "'; drop table buyers; --"] {
            let g = GroupInput {
                buyer_ids: vec![bad.into()],
                ..g.clone()
            };
            assert!(g.validate().unwrap_err().contains_key("buyer_ids"), "{bad}");
        }
    }

    #[test]
    fn all_buyers_clears_the_selection() {
        let g = GroupInput {
            buyers_scope: BuyersScope::All,
            buyer_ids: vec!["junk".into(), "BUY-1111-0000".into()],
            ..support()
        };
        let v = g.validate().unwrap();
        assert!(v.buyer_ids.is_empty());
    }

    #[test]
    fn the_scope_reads_as_lowercase_and_defaults_to_all() {
        let g: GroupInput =
            serde_json::from_str(r#"{"name":"X","description":"","modules":{},"member_ids":[]}"#)
                .unwrap();
        assert_eq!((g.buyers_scope, g.buyer_ids.len()), (BuyersScope::All, 0));
        let g: GroupInput = serde_json::from_str(
            r#"{"name":"X","description":"","modules":{},"member_ids":[],"buyers_scope":"selected","buyer_ids":["BUY-1111-0000"]}"#,
        )
        .unwrap();
        assert_eq!(g.buyers_scope, BuyersScope::Selected);
        assert_eq!(
            serde_json::to_value(BuyersScope::All).unwrap(),
            serde_json::json!("all")
        );
    }
}
