use serde::{Deserialize, Serialize};

/// An http(s) web address with a real-looking host. A bare host ("example.com") is accepted and
/// stored with `https://` in front, since that is what people type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Website(String);

impl Website {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<&str> for Website {
    type Error = String;

    fn try_from(raw: &str) -> Result<Self, Self::Error> {
        let value = raw.trim();
        const MSG: &str = "Enter a web address like https://example.com.";
        if value.len() > 2048 {
            return Err("A web address can have at most 2048 characters.".into());
        }
        if value.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(MSG.into());
        }
        let lower = value.to_ascii_lowercase();
        let (full, rest) = if let Some(rest) = lower.strip_prefix("https://") {
            (value.to_string(), rest)
        } else if let Some(rest) = lower.strip_prefix("http://") {
            (value.to_string(), rest)
        } else if lower.contains("://") {
            return Err("Only http:// and https:// addresses are allowed.".into());
        } else {
            (format!("https://{value}"), lower.as_str())
        };
        let host_port = rest.split(['/', '?', '#']).next().unwrap_or("");
        if host_port.contains('@') {
            return Err(MSG.into());
        }
        let host = host_port.rsplit_once(':').map_or(host_port, |(h, port)| {
            if port.chars().all(|c| c.is_ascii_digit()) && !port.is_empty() {
                h
            } else {
                host_port
            }
        });
        let labels: Vec<&str> = host.split('.').collect();
        let ok = labels.len() >= 2
            && labels.iter().all(|l| {
                !l.is_empty() && l.len() <= 63 && l.chars().all(|c| c.is_alphanumeric() || c == '-')
            })
            && labels.last().is_some_and(|t| t.chars().count() >= 2);
        if ok {
            Ok(Website(full))
        } else {
            Err(MSG.into())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Website;

    #[test]
    fn accepts_common_forms() {
        assert_eq!(
            Website::try_from("example.com").unwrap().as_str(),
            "https://example.com"
        );
        assert!(Website::try_from("http://shop.example.co.uk:8080/path?q=1").is_ok());
        assert!(Website::try_from("https://bücher.de").is_ok());
    }

    #[test]
    fn rejects_bad() {
        for bad in [
            "",
            "not a url",
            "ftp://x.com",
            "javascript:alert(1)",
            "https://",
            "https://localhost",
            "https://user@evil.com",
            "https://x.c",
        ] {
            assert!(Website::try_from(bad).is_err(), "{bad}");
        }
    }
}
