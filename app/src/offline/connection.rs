//! The connection as the person should understand it: online, offline (the browser says so),
//! or the server unreachable (the browser is online but the last request got no answer).

use leptos::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Connection {
    Online,
    Offline,
    Unreachable,
}

struct Net {
    browser_online: ArcRwSignal<bool>,
    reached: ArcRwSignal<bool>,
    /// When the kept data on screen was fetched (ms), while a read is answered from the store,
    /// and the page (path and query) it was shown on.
    kept_at: ArcRwSignal<Option<(f64, String)>>,
}

thread_local! {
    static NET: Net = Net {
        browser_online: ArcRwSignal::new(true),
        reached: ArcRwSignal::new(true),
        kept_at: ArcRwSignal::new(None),
    };
}

/// Follows the browser's online and offline events (once, at start-up).
pub fn watch() {
    #[cfg(not(feature = "ssr"))]
    {
        let online = NET.with(|n| n.browser_online.clone());
        if let Some(w) = web_sys::window() {
            online.set(w.navigator().on_line());
        }
        let up = online.clone();
        let reached = NET.with(|n| n.reached.clone());
        // Back online: assume the server answers until a request says otherwise.
        let h1 = window_event_listener(leptos::ev::online, move |_| {
            reached.set(true);
            up.set(true);
        });
        let h2 = window_event_listener(leptos::ev::offline, move |_| online.set(false));
        // For the life of the page.
        std::mem::forget((h1, h2));
    }
}

pub(crate) fn reached(yes: bool) {
    NET.with(|n| {
        if n.reached.get_untracked() != yes {
            n.reached.set(yes);
        }
    });
}

/// The page now: path and query.
fn here() -> String {
    #[cfg(not(feature = "ssr"))]
    if let Some(l) = web_sys::window().map(|w| w.location()) {
        return format!(
            "{}{}",
            l.pathname().unwrap_or_default(),
            l.search().unwrap_or_default()
        );
    }
    String::new()
}

pub(crate) fn showing_kept(at: Option<f64>) {
    let kept = at.map(|at| (at, here()));
    NET.with(|n| {
        if n.kept_at.get_untracked() != kept {
            n.kept_at.set(kept);
        }
    });
}

/// Reactive: the connection now.
pub fn connection() -> Connection {
    NET.with(|n| {
        if !n.browser_online.get() {
            Connection::Offline
        } else if !n.reached.get() {
            Connection::Unreachable
        } else {
            Connection::Online
        }
    })
}

/// Reactive: nothing can be saved now.
pub fn is_offline() -> bool {
    connection() != Connection::Online
}

/// Reactive: when the kept data on screen was fetched, if it is kept data.
pub fn kept_at() -> Option<f64> {
    NET.with(|n| n.kept_at.with(|k| k.as_ref().map(|(at, _)| *at)))
}

/// A new page starts without the previous page's "showing kept data" (kept data already
/// shown on this very page, read before this ran, stays flagged).
pub fn new_page() {
    let stale = NET.with(|n| {
        n.kept_at
            .with_untracked(|k| k.as_ref().is_some_and(|(_, page)| *page != here()))
    });
    if stale {
        showing_kept(None);
    }
}
