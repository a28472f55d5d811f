//! Time-based one-time passwords (RFC 6238 over RFC 4226): HMAC-SHA1, 30-second steps,
//! 6 digits, the parameters every authenticator app understands without being told. The codes
//! come from the `totp-rs` crate; the steps, drift window and replay rule are ours.

use crate::backend::crypto::constant_time_eq;
use crate::error::AppError;
use data_encoding::BASE32_NOPAD;
use rand::{rngs::OsRng, RngCore};
use totp_rs::{Algorithm, TOTP};

pub const STEP_MS: i64 = 30_000;
pub const DIGITS: u32 = 6;
const ISSUER: &str = "Account Settings";
/// 160 bits, the HMAC-SHA1 block-friendly length RFC 4226 recommends.
const SECRET_BYTES: usize = 20;

/// A new random secret, base32 without padding (the form apps and `otpauth://` URIs use).
pub fn generate_secret() -> String {
    let mut bytes = [0u8; SECRET_BYTES];
    OsRng.fill_bytes(&mut bytes);
    BASE32_NOPAD.encode(&bytes)
}

/// Decodes a base32 secret, ignoring case, spaces and padding (as people type or paste it).
pub fn decode_secret(secret: &str) -> Option<Vec<u8>> {
    let clean: String = secret
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '=')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    BASE32_NOPAD.decode(clean.as_bytes()).ok()
}

/// The secret in groups of 4, easier to read and type from the screen.
pub fn grouped(secret: &str) -> String {
    secret
        .as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The 30-second step that `now_ms` falls in.
pub fn step_at(now_ms: i64) -> i64 {
    now_ms.div_euclid(STEP_MS)
}

/// The value of `step` with `digits` digits (RFC 4226 dynamic truncation, by `totp-rs`).
pub fn code_at(secret: &[u8], step: i64, digits: u32) -> Option<u32> {
    let seconds = (STEP_MS / 1000) as u64;
    // Unchecked: the secret's length is ours to choose (20 bytes), and the RFC's test vectors
    // use 8 digits.
    let totp = TOTP::new_unchecked(
        Algorithm::SHA1,
        usize::try_from(digits).ok()?,
        0,
        seconds,
        secret.to_vec(),
    );
    totp.generate(u64::try_from(step).ok()?.checked_mul(seconds)?)
        .parse()
        .ok()
}

/// The 6-digit code of `step`, zero-padded as apps show it.
pub fn code_text(secret: &[u8], step: i64) -> Option<String> {
    code_at(secret, step, DIGITS).map(|c| format!("{c:06}"))
}

/// Keeps only the digits someone typed ("123 456" and "123-456" are fine), if exactly 6.
pub fn normalise_code(code: &str) -> Option<String> {
    let digits: String = code
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    (digits.len() == DIGITS as usize && digits.bytes().all(|b| b.is_ascii_digit()))
        .then_some(digits)
}

/// The step a code belongs to, if it is valid now. One step either side is accepted for
/// clock drift, but never a step at or before `last_step`: a code works once.
pub fn verify(secret: &[u8], code: &str, now_ms: i64, last_step: Option<i64>) -> Option<i64> {
    let code = normalise_code(code)?;
    let now = step_at(now_ms);
    (now - 1..=now + 1)
        .filter(|step| last_step.is_none_or(|last| *step > last))
        .find(|step| {
            code_text(secret, *step)
                .is_some_and(|expected| constant_time_eq(expected.as_bytes(), code.as_bytes()))
        })
}

/// The key-URI that authenticator apps read from the QR code.
pub fn otpauth_uri(secret: &str, email: &str) -> String {
    let issuer = crate::util::url_encode(ISSUER);
    format!(
        "otpauth://totp/{issuer}:{}?secret={secret}&issuer={issuer}&algorithm=SHA1&digits={DIGITS}&period={}",
        crate::util::url_encode(email),
        STEP_MS / 1000
    )
}

/// The URI as an inline SVG QR code (no XML declaration, so it can sit inside HTML).
pub fn qr_svg(uri: &str) -> Result<String, AppError> {
    let code = qrcode::QrCode::new(uri.as_bytes()).map_err(|e| {
        tracing::error!(error = ?e, "could not make the two-step QR code");
        AppError::Internal
    })?;
    let svg = code
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(200, 200)
        .build();
    let body = svg.find("<svg").map(|i| &svg[i..]).unwrap_or(&svg);
    Ok(body.replacen(
        "<svg ",
        "<svg role=\"img\" aria-label=\"QR code of the two-step verification key\" ",
        1,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const RFC_SECRET: &[u8] = b"12345678901234567890";

    #[test]
    fn rfc_6238_sha1_vectors() {
        // RFC 6238 appendix B, SHA1: 8-digit values; the 6-digit code is their last 6 digits.
        for (t, eight) in [
            (59i64, 94287082u32),
            (1111111109, 7081804),
            (1111111111, 14050471),
            (1234567890, 89005924),
            (2000000000, 69279037),
        ] {
            let step = step_at(t * 1000);
            assert_eq!(code_at(RFC_SECRET, step, 8), Some(eight), "T={t}");
            assert_eq!(code_at(RFC_SECRET, step, 6), Some(eight % 1_000_000));
        }
        assert_eq!(code_text(RFC_SECRET, 1).as_deref(), Some("287082"));
    }

    #[test]
    fn verify_accepts_drift_and_refuses_replays() {
        let now = 59_000;
        let step = step_at(now);
        let code = code_text(RFC_SECRET, step).unwrap();
        assert_eq!(verify(RFC_SECRET, &code, now, None), Some(step));
        assert_eq!(verify(RFC_SECRET, "287 082", now, None), Some(step));
        // Used once: that step and earlier are refused.
        assert_eq!(verify(RFC_SECRET, &code, now, Some(step)), None);
        // The previous and next steps pass for clock drift, two steps away does not.
        let prev = code_text(RFC_SECRET, step - 1).unwrap();
        let next = code_text(RFC_SECRET, step + 1).unwrap();
        let far = code_text(RFC_SECRET, step + 2).unwrap();
        assert_eq!(verify(RFC_SECRET, &prev, now, None), Some(step - 1));
        assert_eq!(verify(RFC_SECRET, &next, now, Some(step)), Some(step + 1));
        assert_eq!(verify(RFC_SECRET, &far, now, None), None);
        assert_eq!(verify(RFC_SECRET, "12345", now, None), None);
        assert_eq!(verify(RFC_SECRET, "abcdef", now, None), None);
    }

    #[test]
    fn secrets_round_trip_and_read_in_groups() {
        let s = generate_secret();
        assert_eq!(s.len(), 32);
        assert_eq!(decode_secret(&s).map(|b| b.len()), Some(20));
        assert_eq!(
            decode_secret(&grouped(&s).to_lowercase()),
            decode_secret(&s)
        );
        assert_eq!(grouped("ABCDEFGHIJ"), "ABCD EFGH IJ");
        assert_ne!(generate_secret(), s);
    }

    #[test]
    fn uri_and_qr() {
        let uri = otpauth_uri("JBSWY3DPEHPK3PXP", "ann@example.com");
        assert_eq!(
            uri,
            "otpauth://totp/Account%20Settings:ann%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Account%20Settings&algorithm=SHA1&digits=6&period=30"
        );
        let svg = qr_svg(&uri).unwrap();
        assert!(svg.starts_with("<svg role=\"img\""), "{svg}");
        assert!(svg.ends_with("</svg>"));
    }
}
