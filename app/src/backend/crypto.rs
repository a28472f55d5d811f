//! Secrets at rest.
//!
//! - Passwords: argon2id (library defaults: 19 MiB, 2 passes), hashed and verified on the
//!   blocking pool so a burst of sign-ins cannot stall the async workers.
//! - Session ids and other bearer secrets: 256 random bits from the OS, only their SHA-256 is
//!   stored, so a copy of the database cannot be replayed as a cookie.
//! - Account passcodes must be shown again, so they are encrypted (AES-256-GCM, random 96-bit
//!   nonce per encryption) with the key from `SECRET_KEY` or `DATA_DIR/secret.key`.

use crate::error::AppError;
use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use argon2::password_hash::{
    rand_core::OsRng as PhOsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::Argon2;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use rand::{rngs::OsRng, Rng, RngCore};
use sha2::{Digest, Sha256};

pub async fn hash_password(password: String) -> Result<String, AppError> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut PhOsRng);
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
    })
    .await
    .map_err(|e| {
        tracing::error!(error = %e, "password hashing task failed");
        AppError::Internal
    })?
    .map_err(|e| {
        tracing::error!(error = %e, "password hashing failed");
        AppError::Internal
    })
}

/// Verifies on the blocking pool; a malformed stored hash counts as a mismatch.
pub async fn verify_password(password: String, stored: String) -> bool {
    tokio::task::spawn_blocking(move || {
        PasswordHash::new(&stored)
            .map(|parsed| {
                Argon2::default()
                    .verify_password(password.as_bytes(), &parsed)
                    .is_ok()
            })
            .unwrap_or(false)
    })
    .await
    .unwrap_or(false)
}

/// 32 random bytes, URL-safe base64: session cookies, one-time links.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

pub fn sha256_hex(data: &str) -> String {
    hex::encode(Sha256::digest(data.as_bytes()))
}

/// A readable random secret over an unambiguous alphabet (no 0/O, 1/l/I).
pub fn random_secret(len: usize) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    let mut rng = OsRng;
    (0..len)
        .map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char)
        .collect()
}

/// A random password that satisfies the password policy (for the first admin).
pub fn random_password() -> String {
    format!("{}-{}#9", random_secret(10), random_secret(6))
}

/// The key that encrypts secrets which must be shown again.
#[derive(Clone)]
pub struct SecretKey([u8; 32]);

impl std::fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretKey(***)")
    }
}

impl SecretKey {
    pub fn generate() -> Self {
        let mut key = [0u8; 32];
        OsRng.fill_bytes(&mut key);
        SecretKey(key)
    }

    pub fn from_base64(text: &str) -> Result<Self, String> {
        let bytes = STANDARD
            .decode(text.trim())
            .map_err(|_| "SECRET_KEY is not valid base64".to_string())?;
        let key: [u8; 32] = bytes
            .try_into()
            .map_err(|_| "SECRET_KEY must be 32 bytes".to_string())?;
        Ok(SecretKey(key))
    }

    pub fn to_base64(&self) -> String {
        STANDARD.encode(self.0)
    }

    pub fn encrypt(&self, plaintext: &str) -> Result<String, AppError> {
        let cipher = Aes256Gcm::new_from_slice(&self.0).map_err(|_| AppError::Internal)?;
        let mut nonce = [0u8; 12];
        OsRng.fill_bytes(&mut nonce);
        let ct = cipher
            .encrypt(Nonce::from_slice(&nonce), plaintext.as_bytes())
            .map_err(|_| AppError::Internal)?;
        let mut out = nonce.to_vec();
        out.extend_from_slice(&ct);
        Ok(STANDARD.encode(out))
    }

    pub fn decrypt(&self, stored: &str) -> Result<String, AppError> {
        let fail = || {
            tracing::error!("a stored secret could not be decrypted (wrong SECRET_KEY?)");
            AppError::Internal
        };
        let raw = STANDARD.decode(stored).map_err(|_| fail())?;
        if raw.len() < 13 {
            return Err(fail());
        }
        let (nonce, ct) = raw.split_at(12);
        let cipher = Aes256Gcm::new_from_slice(&self.0).map_err(|_| fail())?;
        let pt = cipher
            .decrypt(Nonce::from_slice(nonce), ct)
            .map_err(|_| fail())?;
        String::from_utf8(pt).map_err(|_| fail())
    }

    /// HMAC-SHA256 of `data` under this key, for values the server hands out and must
    /// recognise later (signed links). `purpose` separates the uses, so a MAC made for one
    /// kind of link is never valid for another.
    pub fn sign(&self, purpose: &str, data: &[u8]) -> [u8; 32] {
        use hmac::{Hmac, Mac};
        let Ok(mut mac) = <Hmac<Sha256> as Mac>::new_from_slice(&self.0) else {
            // Unreachable: HMAC takes keys of any length.
            return [0; 32];
        };
        mac.update(purpose.as_bytes());
        mac.update(&[0]);
        mac.update(data);
        mac.finalize().into_bytes().into()
    }

    /// Checks a MAC made by [`SecretKey::sign`] in constant time.
    pub fn verify(&self, purpose: &str, data: &[u8], mac: &[u8]) -> bool {
        constant_time_eq(&self.sign(purpose, data), mac)
    }
}

/// Constant-time comparison for secrets of public length.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encrypt_round_trip_and_tamper() {
        let key = SecretKey::generate();
        let ct = key.encrypt("s3cret").unwrap();
        assert!(!ct.contains("s3cret"));
        assert_eq!(key.decrypt(&ct).unwrap(), "s3cret");
        assert!(SecretKey::generate().decrypt(&ct).is_err());
        assert_ne!(key.encrypt("s3cret").unwrap(), ct, "nonce must differ");
    }

    #[test]
    fn signatures_depend_on_key_purpose_and_data() {
        let key = SecretKey::generate();
        let mac = key.sign("links", b"USR-1|ACC-1|9");
        assert!(key.verify("links", b"USR-1|ACC-1|9", &mac));
        assert!(!key.verify("other", b"USR-1|ACC-1|9", &mac));
        assert!(!key.verify("links", b"USR-1|ACC-1|8", &mac));
        assert!(!SecretKey::generate().verify("links", b"USR-1|ACC-1|9", &mac));
        assert!(!key.verify("links", b"USR-1|ACC-1|9", &mac[..31]));
    }

    #[test]
    fn random_password_meets_policy() {
        assert!(crate::validation::password_problems(&random_password()).is_empty());
    }

    #[tokio::test]
    async fn password_hash_verifies() {
        let h = hash_password("Corr3ct!horse".into()).await.unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify_password("Corr3ct!horse".into(), h.clone()).await);
        assert!(!verify_password("wrong".into(), h).await);
    }
}
