//! Public identifiers: a prefix and groups of four digits (`ACC-1234-5678`). Internal keys are
//! these strings too, except for audit records, which also carry a sequence for ordering.

/// Prefix and number of 4-digit groups of each kind of public id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdKind {
    Account,
    User,
    Membership,
    Group,
    Audit,
    Token,
    /// A retention purge of audit records.
    Purge,
    Buyer,
    Seller,
    Licensee,
    /// An e-mail in the queue and the Messages log.
    Message,
    /// A plan of the billing catalogue.
    Plan,
}

impl IdKind {
    pub fn prefix(self) -> &'static str {
        match self {
            IdKind::Account => "ACC",
            IdKind::User => "USR",
            IdKind::Membership => "AUSR",
            IdKind::Group => "UGR",
            IdKind::Audit => "AUD",
            IdKind::Token => "TKN",
            IdKind::Purge => "PRG",
            IdKind::Buyer => "BUY",
            IdKind::Seller => "SEL",
            IdKind::Licensee => "LCE",
            IdKind::Message => "MSG",
            IdKind::Plan => "PLN",
        }
    }

    pub fn groups(self) -> usize {
        match self {
            IdKind::Account
            | IdKind::User
            | IdKind::Group
            | IdKind::Token
            | IdKind::Buyer
            | IdKind::Seller
            | IdKind::Plan => 2,
            IdKind::Membership | IdKind::Licensee | IdKind::Message => 3,
            IdKind::Audit | IdKind::Purge => 4,
        }
    }
}

impl IdKind {
    /// A prefix this kind had before (tokens were `TOK-` until the SPEC's `TKN-` was adopted):
    /// ids already issued keep working.
    pub fn legacy_prefix(self) -> Option<&'static str> {
        match self {
            IdKind::Token => Some("TOK"),
            _ => None,
        }
    }
}

/// True when `id` has exactly the shape of `kind` (used to reject junk before any query).
pub fn is_valid(kind: IdKind, id: &str) -> bool {
    let mut parts = id.split('-');
    let prefix = parts.next();
    if prefix != Some(kind.prefix()) && prefix != kind.legacy_prefix() {
        return false;
    }
    let groups: Vec<&str> = parts.collect();
    groups.len() == kind.groups()
        && groups
            .iter()
            .all(|g| g.len() == 4 && g.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(feature = "ssr")]
pub fn generate(kind: IdKind) -> String {
    use rand::Rng;
    let mut rng = rand::rngs::OsRng;
    let mut id = kind.prefix().to_string();
    for _ in 0..kind.groups() {
        id.push_str(&format!("-{:04}", rng.gen_range(0..10_000)));
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        assert!(is_valid(IdKind::Account, "ACC-1234-5678"));
        assert!(!is_valid(IdKind::Account, "ACC-1234-567"));
        assert!(!is_valid(IdKind::Account, "USR-1234-5678"));
        assert!(is_valid(IdKind::Audit, "AUD-1234-5678-9012-3456"));
        assert!(is_valid(IdKind::Membership, "AUSR-1234-5678-9012"));
        // Tokens are TKN- (the SPEC); ids issued as TOK- before still name them.
        assert!(is_valid(IdKind::Token, "TKN-1234-5678"));
        assert!(is_valid(IdKind::Token, "TOK-1234-5678"));
        assert!(!is_valid(IdKind::Account, "TOK-1234-5678"));
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn generated_ids_are_valid() {
        for kind in [
            IdKind::Account,
            IdKind::User,
            IdKind::Membership,
            IdKind::Audit,
            IdKind::Token,
        ] {
            assert!(is_valid(kind, &generate(kind)));
        }
    }
}
