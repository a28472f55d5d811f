//! Logos arrive as `data:` URLs (what the browser's FileReader produces). The bytes decide
//! what the file is (`check_logo`), never the URL's claimed type or the file name. An SVG is
//! stored as `svg_clean` rebuilt it, never as uploaded.

use crate::error::AppError;
use crate::validation::{check_logo, LogoKind};
use base64::Engine;

pub fn decode_data_url(data_url: &str) -> Result<(Vec<u8>, LogoKind), AppError> {
    let bytes = data_url_bytes(data_url, "logo")?;
    let kind = check_logo(&bytes).map_err(|e| AppError::field("logo", e))?;
    let bytes = match kind {
        LogoKind::Svg => crate::backend::services::svg_clean::clean(&bytes)?,
        _ => bytes,
    };
    Ok((bytes, kind))
}

/// The bytes of a base64 `data:` URL; an unreadable one is an error on `field`.
pub fn data_url_bytes(data_url: &str, field: &str) -> Result<Vec<u8>, AppError> {
    let payload = data_url
        .split_once(";base64,")
        .map(|(_, b)| b)
        .unwrap_or("");
    base64::engine::general_purpose::STANDARD
        .decode(payload.trim())
        .map_err(|_| AppError::field(field, "The file could not be read. Choose it again."))
}

/// A stored logo as a `data:` URL for an `<img>` (where an SVG cannot run script).
pub fn to_data_url(bytes: &[u8], content_type: &str) -> String {
    format!(
        "data:{content_type};base64,{}",
        base64::engine::general_purpose::STANDARD.encode(bytes)
    )
}

/// The audit record of a logo change on an object: the type and size before and after (never
/// the bytes), and a summary that says whether one was uploaded or removed.
pub fn audit_entry(
    action: &str,
    object: (&str, &str, &str),
    before: Option<(&[u8], &str)>,
    after: Option<(&[u8], &str)>,
) -> crate::backend::services::audit::AuditEntry {
    let (object_type, id, name) = object;
    let shown = |l: Option<(&[u8], &str)>| l.map(|(b, kind)| format!("{kind} ({} bytes)", b.len()));
    crate::backend::services::audit::AuditEntry {
        action: action.into(),
        object_type: object_type.into(),
        object_id: id.into(),
        object_name: name.into(),
        summary: if after.is_some() {
            format!("Uploaded a new logo for {name}")
        } else {
            format!("Removed the logo of {name}")
        },
        changes: vec![crate::backend::services::audit::masked(
            "logo",
            shown(before),
            shown(after),
        )],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_refusals() {
        let png = [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0];
        let url = to_data_url(&png, "image/png");
        let (bytes, kind) = decode_data_url(&url).unwrap();
        assert_eq!((bytes.as_slice(), kind), (png.as_slice(), LogoKind::Png));
        assert!(decode_data_url("data:image/png;base64,!!!").is_err());
        let text = to_data_url(b"hello", "image/png");
        assert!(decode_data_url(&text)
            .unwrap_err()
            .field_errors()
            .contains_key("logo"));
    }
}
