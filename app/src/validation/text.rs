use serde::{Deserialize, Serialize};

/// Invisible characters that change how the text around them reads: bidirectional overrides,
/// embeddings and isolates (which make "gpj.exe" show as "exe.jpg"), zero-width spaces, word
/// joiners, the byte-order mark, the soft hyphen, interlinear annotations, Unicode tags (which
/// smuggle hidden text) and the other "format" characters. ZWJ and ZWNJ stay allowed: Persian,
/// the Indic scripts and emoji sequences need them.
pub fn is_hidden_format(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{0600}'..='\u{0605}'
            | '\u{061C}'
            | '\u{06DD}'
            | '\u{070F}'
            | '\u{0890}'..='\u{0891}'
            | '\u{08E2}'
            | '\u{180E}'
            | '\u{200B}'
            | '\u{200E}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206F}'
            | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{110BD}'
            | '\u{110CD}'
            | '\u{13430}'..='\u{1343F}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0001}'
            | '\u{E0020}'..='\u{E007F}'
    )
}

/// Free text with a length limit and no control characters (they break CSV exports and logs)
/// nor hidden format characters ([`is_hidden_format`]).
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
            .any(|c| (c.is_control() && c != '\n' && c != '\r' && c != '\t') || is_hidden_format(c))
        {
            return Err(format!(
                "The {label} contains characters that are not allowed."
            ));
        }
        Ok(BoundedText(value.to_string()))
    }

    /// [`BoundedText::parse`] for a one-line field (a name): no line breaks or tabs either.
    pub fn line(raw: &str, label: &str, max: usize, required: bool) -> Result<Self, String> {
        let text = BoundedText::parse(raw, label, max, required)?;
        if text.0.contains(['\n', '\r', '\t']) {
            return Err(format!("The {label} must be on one line."));
        }
        Ok(text)
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

    #[test]
    fn hidden_format_characters_and_line_breaks() {
        for sneaky in [
            "gpj\u{202E}exe",
            "a\u{2066}b",
            "zero\u{200B}width",
            "\u{FEFF}bom",
            "tag\u{E0041}",
        ] {
            assert_eq!(
                BoundedText::parse(sneaky, "group name", 100, true),
                Err("The group name contains characters that are not allowed.".into()),
                "{sneaky:?}"
            );
        }
        // Joiners are part of real names and emoji.
        assert!(BoundedText::line("می\u{200C}خواهم", "name", 100, true).is_ok());
        assert!(BoundedText::parse("two\nlines", "description", 100, true).is_ok());
        assert_eq!(
            BoundedText::line("two\nlines", "group name", 100, true),
            Err("The group name must be on one line.".into())
        );
        assert!(BoundedText::line("tab\there", "token name", 100, true).is_err());
    }
}
