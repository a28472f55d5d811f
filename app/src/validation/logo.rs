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

/// Decides what a logo file is from its bytes (never from its name or the browser's claim) and
/// refuses SVGs that could carry script. The SVG check is a deny-list on purpose kept strict:
/// logos are also served with a `sandbox` CSP and only ever shown through `<img>`.
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
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Err("Use a PNG, JPEG or SVG image.".into());
    };
    let lower = text.to_ascii_lowercase();
    if !lower.contains("<svg") {
        return Err("Use a PNG, JPEG or SVG image.".into());
    }
    const FORBIDDEN: [&str; 12] = [
        "<script",
        "javascript:",
        "<foreignobject",
        "<iframe",
        "<embed",
        "<object",
        "<!entity",
        "<!doctype",
        "xlink:href=\"http",
        "href=\"http",
        "<use",
        "data:text/html",
    ];
    if FORBIDDEN.iter().any(|f| lower.contains(f)) || has_event_handler(&lower) {
        return Err("This SVG contains scripts or external references; export a plain SVG.".into());
    }
    Ok(LogoKind::Svg)
}

/// `onload=`, `onclick =` and friends, in any position inside a tag.
fn has_event_handler(lower: &str) -> bool {
    let b = lower.as_bytes();
    let mut i = 0;
    while let Some(pos) = lower[i..].find("on") {
        let at = i + pos;
        let before_ok =
            at > 0 && (b[at - 1].is_ascii_whitespace() || b[at - 1] == b'/' || b[at - 1] == b'"');
        let mut j = at + 2;
        while j < b.len() && b[j].is_ascii_alphabetic() {
            j += 1;
        }
        while j < b.len() && b[j].is_ascii_whitespace() {
            j += 1;
        }
        if before_ok && j > at + 2 && j < b.len() && b[j] == b'=' {
            return true;
        }
        i = at + 2;
    }
    false
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
    fn refuses_unsafe_or_other() {
        assert!(check_logo(b"GIF89a").is_err());
        assert!(check_logo(b"<svg><script>alert(1)</script></svg>").is_err());
        assert!(check_logo(b"<svg onload=\"alert(1)\"></svg>").is_err());
        assert!(check_logo(b"<svg><a href=\"javascript:x\"/></svg>").is_err());
        assert!(check_logo(&vec![0x89; MAX_LOGO_BYTES + 1]).is_err());
    }
}
