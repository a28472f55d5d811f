//! Small values in localStorage: the last session (so the installed app knows who it is
//! offline), the language, whose data `offline` keeps. Cleared at sign-out; never secrets.

use serde::{de::DeserializeOwned, Serialize};

#[cfg(not(feature = "ssr"))]
fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

pub fn get_json<T: DeserializeOwned>(key: &str) -> Option<T> {
    #[cfg(not(feature = "ssr"))]
    {
        let raw = local()?.get_item(key).ok()??;
        serde_json::from_str(&raw).ok()
    }
    #[cfg(feature = "ssr")]
    {
        let _ = key;
        None
    }
}

pub fn set_json<T: Serialize>(key: &str, value: &T) {
    #[cfg(not(feature = "ssr"))]
    if let (Some(s), Ok(raw)) = (local(), serde_json::to_string(value)) {
        let _ = s.set_item(key, &raw);
    }
    #[cfg(feature = "ssr")]
    let _ = (key, serde_json::to_string(value));
}

pub fn remove(key: &str) {
    #[cfg(not(feature = "ssr"))]
    if let Some(s) = local() {
        let _ = s.remove_item(key);
    }
    #[cfg(feature = "ssr")]
    let _ = key;
}

/// Clears everything but the interface language, which belongs to the device, not the person.
pub fn clear_all() {
    #[cfg(not(feature = "ssr"))]
    if let Some(s) = local() {
        let lang = s.get_item("lang").ok().flatten();
        let _ = s.clear();
        if let Some(lang) = lang {
            let _ = s.set_item("lang", &lang);
        }
    }
}
