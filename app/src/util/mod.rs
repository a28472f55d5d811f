//! Small helpers for the pages: time formatting, browser storage, clipboard.

pub mod csv;
pub mod exports;
mod fetch;
pub mod format;
#[cfg(target_arch = "wasm32")]
mod intl;
pub mod storage;
mod theme;
mod time;

pub use fetch::{fetch_text, FetchError};
pub use format::{format_count, format_date, format_datetime, format_number};
pub use theme::apply_theme;
pub use time::{format_day, format_utc};

/// The browser's own time zone, if it says (the profile's "Browser default" shows it).
pub fn browser_timezone() -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    return intl::browser_timezone();
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// Percent-encodes a query-string value.
pub fn url_encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Offers `text` as a file download (CSV exports).
pub fn download(filename: &str, mime: &str, text: &str) {
    #[cfg(not(feature = "ssr"))]
    {
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
        save_blob(filename, mime, &parts);
    }
    #[cfg(feature = "ssr")]
    let _ = (filename, mime, text);
}

/// Saves `parts` (a JS array of strings or byte arrays) as a file the browser downloads.
#[cfg(not(feature = "ssr"))]
pub fn save_blob(filename: &str, mime: &str, parts: &js_sys::Array) {
    use wasm_bindgen::JsCast;
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(parts, &opts) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        if let Ok(a) = doc.create_element("a") {
            if let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() {
                a.set_href(&url);
                a.set_download(filename);
                a.click();
            }
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Copies text to the clipboard; false when the browser refuses.
pub fn copy_to_clipboard(text: &str) -> bool {
    #[cfg(not(feature = "ssr"))]
    {
        if let Some(w) = web_sys::window() {
            let _ = w.navigator().clipboard().write_text(text);
            return true;
        }
        false
    }
    #[cfg(feature = "ssr")]
    {
        let _ = text;
        false
    }
}
