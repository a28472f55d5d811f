/// The password policy: at least 8 characters with upper, lower, digit and symbol. Returns every
/// unmet rule so the form can tick them off as the user types.
pub fn password_problems(pw: &str) -> Vec<&'static str> {
    let mut problems = Vec::new();
    if pw.chars().count() < 8 {
        problems.push("at least 8 characters");
    }
    if !pw.chars().any(|c| c.is_uppercase()) {
        problems.push("an upper-case letter");
    }
    if !pw.chars().any(|c| c.is_lowercase()) {
        problems.push("a lower-case letter");
    }
    if !pw.chars().any(|c| c.is_ascii_digit()) {
        problems.push("a digit");
    }
    if !pw
        .chars()
        .any(|c| !c.is_alphanumeric() && !c.is_whitespace())
    {
        problems.push("a symbol");
    }
    if pw.chars().count() > 256 {
        problems.push("at most 256 characters");
    }
    problems
}

/// A password that satisfies the policy.
pub struct Password(String);

impl Password {
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(***)")
    }
}

impl TryFrom<&str> for Password {
    type Error = String;

    fn try_from(raw: &str) -> Result<Self, Self::Error> {
        let problems = password_problems(raw);
        if problems.is_empty() {
            Ok(Password(raw.to_string()))
        } else {
            Err(format!("The password needs {}.", problems.join(", ")))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy() {
        assert!(Password::try_from("Str0ng!pass").is_ok());
        assert_eq!(
            password_problems("short"),
            vec![
                "at least 8 characters",
                "an upper-case letter",
                "a digit",
                "a symbol"
            ]
        );
        assert!(Password::try_from("NoDigits!!").is_err());
    }

    #[test]
    fn debug_hides_the_secret() {
        let p = Password::try_from("Str0ng!pass").unwrap();
        assert!(!format!("{p:?}").contains("Str0ng"));
    }
}
