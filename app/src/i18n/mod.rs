//! Translations, through Fluent (Project Fluent's `fluent-bundle`). Every string a person reads
//! has a message id in `app/locales/<language>/<area>.ftl`; the build joins each language's
//! files into one source that the crate embeds (see `build.rs`), so the browser and the
//! server (e-mails) translate from the same files.
//!
//! The browser shows one language at a time: `t` translates into the current interface
//! language, and switching language (`apply`) re-renders the routed view, so views read
//! plain strings rather than one signal per string. A missing id falls back to English and
//! then to the id itself; the tests in `tests.rs` fail when any language lacks an id that
//! English has, or when the code uses an id English lacks.

mod bundles;
mod current;
#[cfg(test)]
mod error_messages;
mod lang;
mod templates;
#[cfg(test)]
mod tests;
mod ui;

pub use bundles::{tr, tr_args};
pub use current::{current, message_id, set_current, t, t_args, t_dyn, t_msg, t_word};
pub use lang::Lang;
#[cfg(not(feature = "ssr"))]
pub use ui::load_messages;
pub use ui::{apply, initial_lang, provide_lang, use_lang, LanguageSelect};
