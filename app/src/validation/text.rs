use serde::{Deserialize, Serialize};

/// Free text with a length limit and no control characters (they break CSV exports and logs).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoundedText(String);

impl BoundedText {
    /// `label` names the field in the message, `max` counts characters, not bytes.
    pub fn parse(raw: &str, label: &str, max: usize, required: bool) -> Result<Self, String> {
        let value = raw.trim();
        if required && value.is_empty() {
            return Err(format!("Enter the {label}."));
        }
        let count = value.chars().count();
        if count > max {
            return Err(format!(
                "The {label} can have at most {max} characters ({count} now)."
            ));
        }
        if value
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
        {
            return Err(format!(
                "The {label} contains characters that are not allowed."
            ));
        }
        Ok(BoundedText(value.to_string()))
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

/// The display name of an account: 2 to 100 characters, not only punctuation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountName(String);

impl AccountName {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<&str> for AccountName {
    type Error = String;

    fn try_from(raw: &str) -> Result<Self, Self::Error> {
        let text = BoundedText::parse(raw, "account name", 100, true)?.into_string();
        if text.contains('\n') || text.contains('\r') || text.contains('\t') {
            return Err("The account name must be on one line.".into());
        }
        if text.chars().count() < 2 {
            return Err("The account name needs at least 2 characters.".into());
        }
        if !text.chars().any(|c| c.is_alphanumeric()) {
            return Err("The account name needs at least one letter or digit.".into());
        }
        Ok(AccountName(text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn account_name_rules() {
        assert_eq!(
            AccountName::try_from("  Acme GmbH ").unwrap().as_str(),
            "Acme GmbH"
        );
        assert!(AccountName::try_from("").is_err());
        assert!(AccountName::try_from("A").is_err());
        assert!(AccountName::try_from("--").is_err());
        assert!(AccountName::try_from("x".repeat(101).as_str()).is_err());
        assert!(AccountName::try_from("two\nlines").is_err());
        assert!(AccountName::try_from("Café Zürich").is_ok());
    }

    #[test]
    fn bounded_text_counts_characters() {
        assert!(BoundedText::parse(&"é".repeat(10), "note", 10, false).is_ok());
        assert!(BoundedText::parse(&"é".repeat(11), "note", 10, false).is_err());
        assert!(BoundedText::parse("", "note", 10, true).is_err());
        assert!(BoundedText::parse("bell\u{7}", "note", 10, false).is_err());
    }
}
