use leptos::prelude::*;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum IconKind {
    Eye,
    EyeOff,
    Copy,
    Refresh,
}

/// Decorative inline icon; the button around it carries the accessible name.
#[component]
pub fn Icon(kind: IconKind) -> impl IntoView {
    let d = match kind {
        IconKind::Eye => "M1 12s4-7 11-7 11 7 11 7-4 7-11 7S1 12 1 12zm11 3a3 3 0 1 0 0-6 3 3 0 0 0 0 6z",
        IconKind::EyeOff => "M3 3l18 18M10.6 10.6a3 3 0 0 0 4.2 4.2M9.9 5.2A10.4 10.4 0 0 1 12 5c7 0 11 7 11 7a17.6 17.6 0 0 1-3.2 3.9M6.6 6.6C3.4 8.4 1 12 1 12s4 7 11 7a10.6 10.6 0 0 0 5.4-1.4",
        IconKind::Copy => "M9 9h11v11H9zM5 15H4V4h11v1",
        IconKind::Refresh => "M21 12a9 9 0 1 1-3-6.7L21 8M21 3v5h-5",
    };
    view! {
        <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"
            stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">
            <path d=d/>
        </svg>
    }
}
