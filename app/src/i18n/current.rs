use super::{bundles, Lang};
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

/// The interface language. Global rather than a signal: a language switch re-renders the
/// routed view (see `ui::apply`), so nothing needs to subscribe to it.
static CURRENT: AtomicUsize = AtomicUsize::new(0);

pub fn current() -> Lang {
    Lang::ALL[CURRENT.load(Ordering::Relaxed) % Lang::ALL.len()]
}

pub fn set_current(lang: Lang) {
    CURRENT.store(lang.index(), Ordering::Relaxed);
}

/// `key` in the interface language, as `&'static str` so it drops into every `label=` and
/// `placeholder=` that takes one. Each (language, id) pair is leaked once and cached: at most
/// four copies of the message files, a few hundred kilobytes, for the life of the page.
pub fn t(key: &'static str) -> &'static str {
    static CACHE: OnceLock<Mutex<HashMap<(usize, &'static str), &'static str>>> = OnceLock::new();
    let lang = current();
    let cache = CACHE.get_or_init(Default::default);
    let mut cache = match cache.lock() {
        Ok(c) => c,
        Err(poisoned) => poisoned.into_inner(),
    };
    cache
        .entry((lang.index(), key))
        .or_insert_with(|| Box::leak(bundles::tr(lang, key).into_boxed_str()))
}

/// `key` with variables in the interface language (see `tr_args`).
pub fn t_args(key: &str, args: &[(&str, String)]) -> String {
    bundles::tr_args(current(), key, args)
}

/// The message id of an English sentence that reaches the interface as text (validation and
/// server errors, which the REST API also returns in English): `err-` and its words in
/// kebab-case, at most 60 characters.
pub fn message_id(text: &str) -> String {
    let mut id = String::from("err");
    for word in text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if id.len() + word.len() + 1 > 60 {
            break;
        }
        id.push('-');
        id.push_str(&word.to_ascii_lowercase());
    }
    id
}

/// An English error sentence in the interface language when the files translate it (see
/// `message_id`) or it has the shape of a sentence built with values (`templates`),
/// otherwise as it came.
pub fn t_msg(text: &str) -> String {
    let id = message_id(text);
    if bundles::has(Lang::En, &id) {
        bundles::tr(current(), &id)
    } else {
        super::templates::translate(current(), text).unwrap_or_else(|| text.to_string())
    }
}

/// A message chosen at run time (`status-active`), falling back like `t`.
pub fn t_dyn(key: &str) -> String {
    bundles::tr(current(), key)
}

/// A word the server sends as data (a status, a role, a module) shown in the interface
/// language: the id is `prefix-` and the word in kebab-case; unknown words show as they came.
pub fn t_word(prefix: &str, word: &str) -> String {
    let slug = message_id(word);
    let id = format!("{prefix}{}", &slug[3..]);
    if bundles::has(Lang::En, &id) {
        bundles::tr(current(), &id)
    } else {
        word.to_string()
    }
}
