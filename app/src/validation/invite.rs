use super::{BoundedText, Email};
use crate::error::FieldErrors;
use crate::permissions::Role;
use serde::{Deserialize, Serialize};

pub const MAX_INVITES: usize = 50;

/// The Invite form as typed: e-mails separated by commas, semicolons, spaces or new lines.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct InviteInput {
    pub emails: String,
    pub first_name: String,
    pub last_name: String,
    pub role: String,
    pub group_ids: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidInvite {
    pub emails: Vec<Email>,
    pub first_name: String,
    pub last_name: String,
    pub role: Role,
    pub group_ids: Vec<String>,
}

pub fn split_emails(raw: &str) -> Vec<&str> {
    raw.split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .filter(|s| !s.is_empty())
        .collect()
}

impl InviteInput {
    pub fn validate(&self) -> Result<ValidInvite, FieldErrors> {
        let mut errors = FieldErrors::new();
        let parts = split_emails(&self.emails);
        let mut emails: Vec<Email> = Vec::new();
        if parts.is_empty() {
            errors.insert("emails".into(), "Enter at least one e-mail address.".into());
        } else if parts.len() > MAX_INVITES {
            errors.insert(
                "emails".into(),
                format!(
                    "Invite at most {MAX_INVITES} people at once ({} entered).",
                    parts.len()
                ),
            );
        } else {
            let bad: Vec<&str> = parts
                .iter()
                .copied()
                .filter(|p| Email::try_from(*p).is_err())
                .collect();
            if !bad.is_empty() {
                errors.insert(
                    "emails".into(),
                    format!("Not e-mail addresses: {}", bad.join(", ")),
                );
            }
            for p in parts {
                if let Ok(e) = Email::try_from(p) {
                    if !emails.contains(&e) {
                        emails.push(e);
                    }
                }
            }
        }
        let mut name =
            |field: &str, raw: &str, label: &str| match BoundedText::line(raw, label, 100, false) {
                Ok(v) => v.into_string(),
                Err(e) => {
                    errors.insert(field.into(), e);
                    String::new()
                }
            };
        let first_name = name("first_name", &self.first_name, "first name");
        let last_name = name("last_name", &self.last_name, "last name");
        let role = Role::parse(&self.role);
        if role.is_none() {
            errors.insert("role".into(), "Choose a role.".into());
        }
        if self.group_ids.is_empty() {
            errors.insert("groups".into(), "Choose at least one group.".into());
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(ValidInvite {
            emails,
            first_name,
            last_name,
            role: role.unwrap_or(Role::Member),
            group_ids: self.group_ids.clone(),
        })
    }
}

/// What a new identity enters when accepting an invitation: both names and a password that
/// meets the policy. The accept page checks it before sending; the server checks it again.
pub fn check_new_identity(
    first_name: &str,
    last_name: &str,
    password: &str,
) -> Result<(), FieldErrors> {
    let mut errors = FieldErrors::new();
    for (field, raw, label) in [
        ("first_name", first_name, "first name"),
        ("last_name", last_name, "last name"),
    ] {
        if let Err(e) = BoundedText::line(raw, label, 100, true) {
            errors.insert(field.into(), e);
        }
    }
    if let Err(e) = super::Password::try_from(password) {
        errors.insert("password".into(), e);
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(emails: &str) -> InviteInput {
        InviteInput {
            emails: emails.into(),
            role: "Member".into(),
            group_ids: vec!["UGR-1".into()],
            ..Default::default()
        }
    }

    #[test]
    fn splits_and_dedupes() {
        let v = input("a@x.io, b@x.io\nA@x.io; c@x.io").validate().unwrap();
        assert_eq!(v.emails.len(), 3);
    }

    #[test]
    fn limits_and_names_bad_addresses() {
        let many: Vec<String> = (0..51).map(|i| format!("p{i}@x.io")).collect();
        assert!(input(&many.join(","))
            .validate()
            .unwrap_err()
            .contains_key("emails"));
        let err = input("ok@x.io, nope").validate().unwrap_err();
        assert!(err["emails"].contains("nope"));
    }

    #[test]
    fn new_identity_needs_names_and_a_good_password() {
        let e = check_new_identity("", " ", "weak").unwrap_err();
        assert_eq!(e.len(), 3);
        assert!(check_new_identity("Ann", "Lee", "Ann!s3cure").is_ok());
    }

    #[test]
    fn needs_role_and_group() {
        let err = InviteInput {
            emails: "a@x.io".into(),
            ..Default::default()
        }
        .validate()
        .unwrap_err();
        assert!(err.contains_key("role") && err.contains_key("groups"));
    }
}
