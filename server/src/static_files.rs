//! The built app: hashed files cached forever, `index.html` and the service worker never
//! cached, and every client route answered with the app shell.
//!
//! The shell carries a strict Content-Security-Policy: scripts only from this origin plus the
//! one inline module Trunk writes to start the app (allowed by its SHA-256, computed from the
//! built `index.html` at start-up), WebAssembly compilation, no plug-ins, no framing, and
//! network requests to this origin only. An injected `<script>` or a stolen-session beacon to
//! another host is refused by the browser even if some markup escaped the view layer.

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use base64::Engine;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
pub const NO_CACHE: &str = "no-cache";

/// Trunk names built files `name-<hash>.ext` (wasm: `name-<hash>_bg.wasm`), the hash a 64-bit
/// number in hex without leading zeros: usually 16 digits, 15 one time in 16. Fewer than 12
/// would be a one-in-65,536 build, and accepting them would mistake names like `my-cafe.css`.
pub fn is_hashed(path: &str) -> bool {
    // The split build (frontend/split_bundle.py): every file under `/pkg-<16 hex>/`.
    if let Some(dir) = path.strip_prefix("/pkg-").and_then(|p| p.split('/').next()) {
        return dir.len() == 16 && dir.bytes().all(|b| b.is_ascii_hexdigit());
    }
    let file = path.rsplit('/').next().unwrap_or("");
    let stem = file.split('.').next().unwrap_or("");
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-').is_some_and(|(_, h)| {
        (12..=16).contains(&h.len()) && h.bytes().all(|b| b.is_ascii_hexdigit())
    })
}

pub async fn cache_headers(req: Request, next: Next) -> Response {
    let path = req.uri().path().to_string();
    let mut res = next.run(req).await;
    if res.status().is_success() && !res.headers().contains_key(header::CACHE_CONTROL) {
        let value = if is_hashed(&path) {
            IMMUTABLE
        } else {
            NO_CACHE
        };
        res.headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    }
    res
}

/// The policy for the shell built in `site`. Without a built shell (tests of the API alone) the
/// inline script has no hash and the policy still applies to everything else.
pub fn shell_policy(site: &Path) -> HeaderValue {
    let html = std::fs::read_to_string(site.join("index.html")).unwrap_or_default();
    let hashes: String = inline_scripts(&html)
        .map(|body| {
            let digest = Sha256::digest(body.as_bytes());
            format!(
                " 'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(digest)
            )
        })
        .collect();
    let policy = format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{hashes}; \
         style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; \
         object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    );
    HeaderValue::from_str(&policy)
        .unwrap_or_else(|_| HeaderValue::from_static("default-src 'self'"))
}

/// The bodies of `<script>` elements without a `src` attribute, exactly as the browser hashes
/// them (everything between the tags).
fn inline_scripts(html: &str) -> impl Iterator<Item = &str> {
    html.match_indices("<script").filter_map(|(at, _)| {
        let open_end = at + html[at..].find('>')?;
        if html[at..open_end].contains(" src=") {
            return None;
        }
        let body_start = open_end + 1;
        let body_end = body_start + html[body_start..].find("</script>")?;
        Some(&html[body_start..body_end])
    })
}

/// Sets the shell's policy on every HTML response of the static routes.
pub async fn shell_csp(State(policy): State<HeaderValue>, req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    let html = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if html {
        res.headers_mut()
            .insert(header::CONTENT_SECURITY_POLICY, policy);
    }
    res
}

/// Client routes (no file extension) get the shell; missing files get a plain 404.
pub async fn spa_shell(State(site): State<Arc<PathBuf>>, req: Request) -> Response {
    let path = req.uri().path();
    let last = path.rsplit('/').next().unwrap_or("");
    if last.contains('.') || path.starts_with("/api/") || path.starts_with("/sf/") {
        return (StatusCode::NOT_FOUND, "Not found").into_response();
    }
    match tokio::fs::read(site.join("index.html")).await {
        Ok(bytes) => Response::builder()
            .header(header::CONTENT_TYPE, "text/html; charset=utf-8")
            .header(header::CACHE_CONTROL, NO_CACHE)
            .body(Body::from(bytes))
            .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response()),
        Err(e) => {
            tracing::error!(error = %e, dir = %site.display(), "the built app is missing: run trunk build");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                "The console is not built yet.",
            )
                .into_response()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::is_hashed;

    #[test]
    fn recognises_trunk_hashes() {
        assert!(is_hashed("/frontend-0123456789abcdef.js"));
        assert!(is_hashed("/frontend-0123456789abcdef_bg.wasm"));
        assert!(is_hashed("/main-0123456789abcdef.css"));
        // A hash with a leading zero loses it (a real build: frontend-b4e6a687793edbc.js).
        assert!(is_hashed("/frontend-b4e6a687793edbc.js"));
        assert!(!is_hashed("/my-cafe.css"));
        assert!(!is_hashed("/sw.js"));
        assert!(!is_hashed("/index.html"));
        assert!(is_hashed("/pkg-0123456789abcdef/common.bin"));
        assert!(!is_hashed("/pkg-01234/common.bin"));
        assert!(!is_hashed("/pkg-0123456789abcdeg/x.js"));
        assert!(!is_hashed("/icons/icon-192.png"));
    }

    #[test]
    fn hashes_inline_scripts_only() {
        let html = "<script src=\"/sw-register.js\" defer></script>\n<script type=\"module\">\ninit();\n</script>";
        let scripts: Vec<&str> = super::inline_scripts(html).collect();
        assert_eq!(scripts, ["\ninit();\n"]);
    }
}
