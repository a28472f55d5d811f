//! The API token format: `acs_` + 32 base62 characters from the OS generator (190 bits) + a
//! 6-character base62 CRC-32 of those 32 characters.
//!
//! The prefix lets secret scanners and people recognise a leaked token; the checksum lets a
//! scanner (and this server, before any database query) tell a real token from noise. Only the
//! SHA-256 of the whole string is stored; the lookup is by that hash, and the stored hash is
//! compared in constant time, so timing reveals nothing about other tokens.

use super::crypto::{constant_time_eq, sha256_hex};
use rand::{rngs::OsRng, Rng};

pub const PREFIX: &str = "acs_";
const BODY: usize = 32;
const CHECK: usize = 6;
const B62: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in data {
        crc ^= b as u32;
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xEDB8_8320 & mask);
        }
    }
    !crc
}

fn checksum(body: &str) -> String {
    let mut n = crc32(body.as_bytes()) as u64;
    let mut out = [b'0'; CHECK];
    for slot in out.iter_mut().rev() {
        *slot = B62[(n % 62) as usize];
        n /= 62;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A new token string; shown to its creator once and never stored.
pub fn generate() -> String {
    let mut rng = OsRng;
    let body: String = (0..BODY)
        .map(|_| B62[rng.gen_range(0..B62.len())] as char)
        .collect();
    let check = checksum(&body);
    format!("{PREFIX}{body}{check}")
}

/// Shape and checksum are right: worth a database lookup.
pub fn well_formed(token: &str) -> bool {
    let Some(rest) = token.strip_prefix(PREFIX) else {
        return false;
    };
    if rest.len() != BODY + CHECK || !rest.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return false;
    }
    let (body, check) = rest.split_at(BODY);
    constant_time_eq(checksum(body).as_bytes(), check.as_bytes())
}

pub fn hash(token: &str) -> String {
    sha256_hex(token)
}

/// What lists show: the prefix, four characters, an ellipsis and the last four.
pub fn hint(token: &str) -> String {
    let n = token.len();
    format!("{}…{}", &token[..PREFIX.len() + 4], &token[n - 4..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_tokens_are_well_formed_and_distinct() {
        let a = generate();
        let b = generate();
        assert_ne!(a, b);
        assert_eq!(a.len(), PREFIX.len() + BODY + CHECK);
        assert!(well_formed(&a) && well_formed(&b));
        assert!(hint(&a).starts_with("acs_") && hint(&a).ends_with(&a[a.len() - 4..]));
    }

    #[test]
    fn a_changed_character_fails_the_checksum() {
        let t = generate();
        let mut bytes = t.clone().into_bytes();
        bytes[10] = if bytes[10] == b'a' { b'b' } else { b'a' };
        let changed = String::from_utf8(bytes).unwrap();
        assert!(!well_formed(&changed));
        assert!(!well_formed("acs_short"));
        assert!(!well_formed(&t.replace("acs_", "ghp_")));
    }

    #[test]
    fn crc32_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    }
}
