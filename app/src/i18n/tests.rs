//! The translation files are complete: every language has exactly English's message ids and
//! parses cleanly, and every id the code asks for exists.

use super::bundles::{has, SOURCES};
use super::{tr, tr_args, Lang};
use fluent_bundle::FluentResource;
use std::collections::BTreeSet;
use std::path::Path;

fn ids(source: &str) -> BTreeSet<String> {
    source
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim().to_string()))
        .collect()
}

#[test]
fn every_language_parses() {
    for lang in Lang::ALL {
        let errors = match FluentResource::try_new(SOURCES[lang.index()].to_string()) {
            Ok(_) => vec![],
            Err((_, errors)) => errors,
        };
        assert!(errors.is_empty(), "{}: {errors:?}", lang.code());
    }
}

#[test]
fn no_language_lacks_a_message() {
    let english = ids(SOURCES[Lang::En.index()]);
    assert!(english.len() > 10, "the English messages were not found");
    for lang in Lang::ALL {
        let theirs = ids(SOURCES[lang.index()]);
        let missing: Vec<_> = english.difference(&theirs).collect();
        let extra: Vec<_> = theirs.difference(&english).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", lang.code());
        assert!(
            extra.is_empty(),
            "{} has ids English lacks: {extra:?}",
            lang.code()
        );
    }
}

/// The first string literal at or after `from`, if the call's argument list reaches it.
fn literal_after(src: &str, from: usize) -> Option<&str> {
    let rest = &src[from..];
    let start = rest.find('"')?;
    if rest[..start].contains(')') || rest[..start].contains(';') {
        return None;
    }
    let body = &rest[start + 1..];
    Some(&body[..body.find('"')?])
}

fn used_ids(src: &str, found: &mut Vec<String>) {
    for call in ["t(", "t_args(", "tr(", "tr_args("] {
        let mut at = 0;
        while let Some(i) = src[at..].find(call) {
            let pos = at + i;
            at = pos + call.len();
            let before = src[..pos].chars().next_back().unwrap_or(' ');
            if before.is_alphanumeric() || before == '_' || before == '.' {
                continue;
            }
            // tr(lang, "id"): the id is the second argument.
            let from = if call.starts_with("tr") {
                match src[at..].find(',') {
                    Some(c) => at + c + 1,
                    None => continue,
                }
            } else {
                at
            };
            if let Some(id) = literal_after(src, from) {
                if !id.is_empty()
                    && id
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                {
                    found.push(id.to_string());
                }
            }
        }
    }
}

fn walk(dir: &Path, found: &mut Vec<(String, String)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("i18n/tests.rs") {
            let src = std::fs::read_to_string(&path).unwrap_or_default();
            let mut ids = vec![];
            used_ids(&src, &mut ids);
            found.extend(ids.into_iter().map(|id| (path.display().to_string(), id)));
        }
    }
}

#[test]
fn every_id_the_code_uses_exists() {
    let mut used = vec![];
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut used,
    );
    assert!(!used.is_empty());
    let missing: Vec<_> = used.iter().filter(|(_, id)| !has(Lang::En, id)).collect();
    assert!(
        missing.is_empty(),
        "ids used in code but absent from app/locales/en: {missing:?}"
    );
}

#[test]
fn translates_with_fallbacks() {
    assert_eq!(tr(Lang::De, "nav-users"), "Benutzer");
    assert_eq!(tr(Lang::Fr, "no-such-id"), "no-such-id");
    assert_eq!(Lang::parse("de-AT"), Some(Lang::De));
    assert_eq!(Lang::parse("pt"), None);
    let one = tr_args(Lang::En, "common-rows", &[("count", "1".into())]);
    let many = tr_args(Lang::En, "common-rows", &[("count", "3".into())]);
    assert_eq!((one.as_str(), many.as_str()), ("1 row", "3 rows"));
}
