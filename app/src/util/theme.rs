//! The colour theme: `data-theme="light|dark"` on `<html>` when the person chose one; none for
//! "system", where the style sheets follow `prefers-color-scheme`.

pub fn apply_theme(theme: &str) {
    #[cfg(not(feature = "ssr"))]
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = match theme {
            "light" | "dark" => root.set_attribute("data-theme", theme),
            _ => root.remove_attribute("data-theme"),
        };
    }
    #[cfg(feature = "ssr")]
    let _ = theme;
}
