//! Small helpers for the pages: time formatting, browser storage, clipboard.

pub mod storage;
mod time;

pub use time::format_utc;

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
