/// Largest logo accepted, checked in the browser before upload and again on the server.
pub const MAX_LOGO_BYTES: usize = 512 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogoKind {
    Png,
    Jpeg,
    Svg,
}

impl LogoKind {
    pub fn content_type(self) -> &'static str {
        match self {
            LogoKind::Png => "image/png",
            LogoKind::Jpeg => "image/jpeg",
            LogoKind::Svg => "image/svg+xml",
        }
    }
}

/// Decides what a logo file is from its bytes (never from its name or the browser's claim).
/// An SVG is only recognised here: the server parses and rebuilds it from an allow-list of
/// elements and attributes before storing it (`backend::services::svg_clean`).
pub fn check_logo(bytes: &[u8]) -> Result<LogoKind, String> {
    if bytes.is_empty() {
        return Err("The file is empty.".into());
    }
    if bytes.len() > MAX_LOGO_BYTES {
        return Err(format!(
            "The logo can be at most {} KB; this file has {} KB.",
            MAX_LOGO_BYTES / 1024,
            bytes.len().div_ceil(1024)
        ));
    }
    if bytes.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
        return Ok(LogoKind::Png);
    }
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return Ok(LogoKind::Jpeg);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) if text.to_ascii_lowercase().contains("<svg") => Ok(LogoKind::Svg),
        _ => Err("Use a PNG, JPEG or SVG image.".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_kinds() {
        assert_eq!(check_logo(b"\x89PNG\r\n\x1a\nrest").unwrap(), LogoKind::Png);
        assert_eq!(
            check_logo(&[0xFF, 0xD8, 0xFF, 0xE0]).unwrap(),
            LogoKind::Jpeg
        );
        assert_eq!(
            check_logo(br#"<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>"#).unwrap(),
            LogoKind::Svg
        );
    }

    #[test]
    fn refuses_other_kinds_and_sizes() {
        assert!(check_logo(b"GIF89a").is_err());
        assert!(check_logo(b"<html></html>").is_err());
        assert!(check_logo(&vec![0x89; MAX_LOGO_BYTES + 1]).is_err());
    }
}
