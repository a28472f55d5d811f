//! Reading a file of this origin from the browser (offline, the service worker answers).

/// Why a fetch gave no text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FetchError {
    /// No answer at all (offline and not cached, or refused).
    Network,
    /// An answer other than 2xx.
    Status(u16),
    /// An answer whose body could not be read as text.
    Unreadable,
}

impl std::fmt::Display for FetchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FetchError::Network => f.write_str("no answer"),
            FetchError::Status(code) => write!(f, "HTTP {code}"),
            FetchError::Unreadable => f.write_str("unreadable answer"),
        }
    }
}

/// The body of `url` as text (only in the browser; the server build has no use for it).
pub async fn fetch_text(url: &str) -> Result<String, FetchError> {
    #[cfg(not(feature = "ssr"))]
    {
        use wasm_bindgen::JsCast;
        use wasm_bindgen_futures::JsFuture;
        let window = web_sys::window().ok_or(FetchError::Network)?;
        let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
            .await
            .map_err(|_| FetchError::Network)?
            .dyn_into()
            .map_err(|_| FetchError::Unreadable)?;
        if !response.ok() {
            return Err(FetchError::Status(response.status()));
        }
        let text = response.text().map_err(|_| FetchError::Unreadable)?;
        JsFuture::from(text)
            .await
            .map_err(|_| FetchError::Unreadable)?
            .as_string()
            .ok_or(FetchError::Unreadable)
    }
    #[cfg(feature = "ssr")]
    {
        let _ = url;
        Err(FetchError::Network)
    }
}
