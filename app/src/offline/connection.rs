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
    /// When the kept data on screen was fetched (ms), while a read is answered from the store.
    kept_at: ArcRwSignal<Option<f64>>,
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

pub(crate) fn showing_kept(at: Option<f64>) {
    NET.with(|n| {
        if n.kept_at.get_untracked() != at {
            n.kept_at.set(at);
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
    NET.with(|n| n.kept_at.get())
}

/// A new page starts without the previous page's "showing kept data".
pub fn new_page() {
    showing_kept(None);
}
