use serde::{Deserialize, Serialize};

/// A syntactically plausible e-mail address, trimmed and lower-cased so that one person is
/// one identity whatever case they type.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Email(String);

impl Email {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Email {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<&str> for Email {
    type Error = String;

    fn try_from(raw: &str) -> Result<Self, Self::Error> {
        let value = raw.trim().to_lowercase();
        if value.is_empty() {
            return Err("Enter an e-mail address.".into());
        }
        if value.len() > 254 {
            return Err("An e-mail address can have at most 254 characters.".into());
        }
        let Some((local, domain)) = value.rsplit_once('@') else {
            return Err("Enter an e-mail address like name@example.com.".into());
        };
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && !local.starts_with('.')
            && !local.ends_with('.')
            && !local.contains("..")
            && local
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+/=?^_`{|}~.-".contains(c));
        let labels: Vec<&str> = domain.split('.').collect();
        let domain_ok = labels.len() >= 2
            && labels.iter().all(|l| {
                !l.is_empty()
                    && l.len() <= 63
                    && !l.starts_with('-')
                    && !l.ends_with('-')
                    && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            })
            && labels
                .last()
                .is_some_and(|tld| tld.len() >= 2 && !tld.chars().all(|c| c.is_ascii_digit()));
        if local_ok && domain_ok {
            Ok(Email(value))
        } else {
            Err("Enter an e-mail address like name@example.com.".into())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Email;

    #[test]
    fn accepts_and_normalises() {
        assert_eq!(
            Email::try_from("  Ann.Lee+x@Example.COM ")
                .unwrap()
                .as_str(),
            "ann.lee+x@example.com"
        );
        assert!(Email::try_from("a@b.co").is_ok());
    }

    #[test]
    fn rejects_malformed() {
        for bad in [
            "",
            "plain",
            "@example.com",
            "a@",
            "a@b",
            "a@b.c",
            "a..b@example.com",
            "a b@example.com",
            "a@-x.com",
            "a@x.123",
        ] {
            assert!(Email::try_from(bad).is_err(), "{bad} should be rejected");
        }
    }
}
