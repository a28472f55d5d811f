//! Every error sentence the shared validation and `AppError` write in English has a
//! translation: the interface shows them through `t_msg`, which finds them by `message_id`
//! (their messages live in `app/locales/<language>/errors.ftl`). A new validation message
//! without an entry there fails `every_validation_message_is_translated`.

use super::bundles::has;
use super::templates::{capture, translate, TEMPLATES};
use super::{message_id, tr, tr_args, Lang};
use crate::error::AppError;
use std::path::Path;

/// The calls and items whose string arguments are error sentences in app/src/validation and
/// app/src/error.rs, as the code writes them.
const CONSTRUCTORS: [&str; 12] = [
    "Err(",                  // Err("…".into()), Err(AppError::field(…))
    "err(",                  // err("field", "…".into()) in audit.rs
    ".insert(",              // errors.insert("field".into(), "…".into())
    "one_of(",               // one_of(value, LIST, "…") in account.rs
    "pick(",                 // pick("field", value, LIST, "…") in profile.rs
    "name(",                 // name(value, "Enter your first name.") in profile.rs
    "ok_or_else(",           // .ok_or_else(|| "…".to_string())
    "AppError::field(",      // AppError::field("field", "…")
    "AppError::BadRequest(", // AppError::BadRequest("…".into())
    "#[error(",              // the Display texts of AppError
    ") in [",                // for (field, value, message) in [("…", &v, "…"), …]
    ": &str =",              // const NO_BUYER: &str = "…";
];

/// The source without its test module (the tests' inputs are not messages).
fn without_tests(src: &str) -> &str {
    src.find("#[cfg(test)]").map_or(src, |i| &src[..i])
}

/// Byte index just past the string literal that starts at `at` (on its opening quote).
fn end_of_string(b: &[u8], at: usize) -> usize {
    let mut i = at + 1;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    b.len()
}

/// The string literals in the argument list that starts at `from` (just after the call's
/// opening bracket; for `: &str =`, up to the `;`), except format strings.
fn literals_in_args(src: &str, from: usize, to_semicolon: bool) -> Vec<String> {
    let b = src.as_bytes();
    let mut found = vec![];
    let mut depth = 0usize;
    let mut i = from;
    while i < b.len() {
        match b[i] {
            b'"' => {
                let end = end_of_string(b, i);
                let before = src[..i].trim_end();
                if !before.ends_with("format!(") {
                    found.push(src[i + 1..end - 1].to_string());
                }
                i = end;
                continue;
            }
            // A char literal ('(' or '\n'); otherwise a lifetime such as 'static.
            b'\'' => {
                if b.get(i + 1) == Some(&b'\\') {
                    i += 2;
                    while i < b.len() && b[i] != b'\'' {
                        i += 1;
                    }
                } else if b.get(i + 2) == Some(&b'\'') {
                    i += 2;
                }
            }
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            }
            b';' if to_semicolon && depth == 0 => break,
            _ => {}
        }
        i += 1;
    }
    found
}

/// The error sentences `src` passes to the constructors above: literals that start with a
/// capital letter and have more than one word (field names and labels such as "first name"
/// are lower-case; format strings are left out, since their text varies).
fn messages(src: &str) -> Vec<String> {
    let src = without_tests(src);
    let mut found = vec![];
    for call in CONSTRUCTORS {
        let mut at = 0;
        while let Some(i) = src[at..].find(call) {
            let pos = at + i;
            at = pos + call.len();
            let starts_ident = call.starts_with(|c: char| c.is_ascii_alphabetic());
            let before = src[..pos].chars().next_back().unwrap_or(' ');
            if starts_ident && (before.is_alphanumeric() || before == '_') {
                continue;
            }
            for lit in literals_in_args(src, at, call == ": &str =") {
                let sentence =
                    lit.starts_with(|c: char| c.is_ascii_uppercase()) && lit.contains(' ');
                if sentence && !lit.contains('{') && !found.contains(&lit) {
                    found.push(lit);
                }
            }
        }
    }
    found
}

fn sources() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = vec![root.join("error.rs"), root.join("permissions/grant.rs")];
    let mut dir: Vec<_> = std::fs::read_dir(root.join("validation"))
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    dir.retain(|p| p.extension().is_some_and(|e| e == "rs"));
    dir.sort();
    files.extend(dir);
    files
        .into_iter()
        .map(|p| {
            let src = std::fs::read_to_string(&p).unwrap_or_default();
            (p.display().to_string(), src)
        })
        .collect()
}

#[test]
fn every_validation_message_is_translated() {
    let mut all = vec![];
    for (file, src) in sources() {
        all.extend(messages(&src).into_iter().map(|m| (file.clone(), m)));
    }
    assert!(
        all.len() > 60,
        "the scan found only {} messages: {all:?}",
        all.len()
    );
    let missing: Vec<_> = all
        .iter()
        .map(|(file, m)| (file, m, message_id(m)))
        .filter(|(_, _, id)| !has(Lang::En, id))
        .collect();
    assert!(
        missing.is_empty(),
        "error sentences without a message in app/locales/en/errors.ftl (file, text, id): {missing:?}"
    );
}

#[test]
fn app_errors_and_the_form_message_are_translated() {
    let errors = [
        AppError::Unauthenticated,
        AppError::Forbidden,
        AppError::NotFound,
        AppError::TwoStepSetupRequired,
        AppError::Validation(Default::default()),
        AppError::Network,
        AppError::Internal,
    ];
    for text in errors
        .iter()
        .map(ToString::to_string)
        .chain([crate::components::NEEDS_ATTENTION.to_string()])
    {
        let id = message_id(&text);
        assert!(has(Lang::En, &id), "no message {id} for {text:?}");
        assert_eq!(
            tr(Lang::En, &id),
            text,
            "the English of {id} differs from the code"
        );
    }
}

#[test]
fn error_sentences_translate() {
    assert_eq!(
        tr(Lang::De, &message_id("Choose a role.")),
        "Wählen Sie eine Rolle."
    );
    assert_eq!(
        tr(Lang::Fr, &message_id("Enter an e-mail address.")),
        "Saisissez une adresse e-mail."
    );
    // The scan sees the literals it should, and not labels or format strings.
    let found = messages(
        r#"fn f() { Err("The file is empty.".into()); errors.insert("role".into(), "Choose a role.".into());
        one_of(v, L, "Choose a size from the list."); Err(format!("Enter the {label}.")); text(raw, "first name", 100); }"#,
    );
    assert_eq!(
        found,
        [
            "The file is empty.",
            "Choose a role.",
            "Choose a size from the list."
        ]
    );
}

/// The format strings the code builds error sentences from: every `format!` with a space in
/// app/src/validation and app/src/error.rs, and the services' `BadRequest(format!(…))` and
/// `Conflict(format!(…))`.
fn built_messages() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut scans: Vec<(String, &str)> = sources()
        .into_iter()
        .map(|(_, src)| (src, "format!("))
        .collect();
    // The services sit in domain folders (services/<domain>/<name>.rs).
    let mut dirs = vec![root.join("backend/services")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            let src = std::fs::read_to_string(&path).unwrap_or_default();
            scans.push((src.clone(), "BadRequest(format!("));
            scans.push((src, "Conflict(format!("));
        }
    }
    let mut found = vec![];
    for (src, call) in &scans {
        let src = without_tests(src);
        let mut at = 0;
        while let Some(i) = src[at..].find(call) {
            at += i + call.len();
            let open = at + src[at..].len() - src[at..].trim_start().len();
            if src[open..].starts_with('"') {
                let end = end_of_string(src.as_bytes(), open);
                let text = src[open + 1..end - 1].to_string();
                if text.contains(' ') && !found.contains(&text) {
                    found.push(text);
                }
            }
        }
    }
    found
}

/// `{label}`, `{}` and `{MAX}` all become `{}`: the shape a template must share.
fn shape(template: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for c in template.chars() {
        match c {
            '{' => {
                inside = true;
                out.push_str("{}");
            }
            '}' => inside = false,
            _ if !inside => out.push(c),
            _ => {}
        }
    }
    out
}

#[test]
fn every_built_message_has_a_template() {
    let built = built_messages();
    assert!(built.len() >= 25, "the scan found only {built:?}");
    let shapes: Vec<String> = TEMPLATES.iter().map(|(_, t)| shape(t)).collect();
    let missing: Vec<_> = built
        .iter()
        .filter(|b| !shapes.contains(&shape(b)))
        .collect();
    assert!(
        missing.is_empty(),
        "sentences built with values that no template in i18n/templates.rs matches: {missing:?}"
    );
}

#[test]
fn templates_repeat_the_english_and_capture_their_values() {
    for (id, template) in TEMPLATES {
        let filled = template
            .replace("{label}", "note")
            .replace("{count}", "7")
            .replace("{max}", "50")
            .replace('{', "x")
            .replace('}', "");
        let values = capture(template, &filled).expect(template);
        let args: Vec<(&str, String)> = values
            .iter()
            .map(|(n, v)| (n.as_str(), v.clone()))
            .collect();
        assert_eq!(tr_args(Lang::En, id, &args), filled, "the English of {id}");
        for lang in [Lang::De, Lang::Fr, Lang::Es] {
            let text = translate(lang, &filled).expect(template);
            assert_ne!(text, filled, "{id} is not translated into {lang:?}");
            assert!(!text.contains("err-tpl"), "{id} is missing in {lang:?}");
        }
    }
    assert_eq!(capture("Enter the {label}.", "Enter the city"), None);
    assert_eq!(
        capture("Use at most {max} characters.", "Use at most  characters."),
        None
    );
}

#[test]
fn sentences_built_by_the_validation_translate() {
    use crate::validation::{BoundedText, Password};
    let too_long = BoundedText::parse(&"x".repeat(12), "note", 10, false).unwrap_err();
    assert_eq!(
        translate(Lang::De, &too_long).as_deref(),
        Some("Höchstens 10 Zeichen erlaubt (jetzt 12).")
    );
    let empty = BoundedText::parse(" ", "note", 10, true).unwrap_err();
    assert_eq!(
        translate(Lang::Es, &empty).as_deref(),
        Some("Rellene este campo.")
    );
    let weak = Password::try_from("abcdefgh").err().unwrap_or_default();
    assert_eq!(
        translate(Lang::Fr, &weak).as_deref(),
        Some("Le mot de passe doit contenir : une lettre majuscule, un chiffre, un caractère spécial.")
    );
    // Plurals and the words the server sends as data.
    assert_eq!(
        translate(Lang::De, "This account allows tokens of at most 1 days.").as_deref(),
        Some("Dieses Konto erlaubt Token mit höchstens einem Tag Laufzeit.")
    );
    assert_eq!(
        translate(Lang::Fr, "This seller is already Offline.").as_deref(),
        Some("Ce vendeur est déjà hors ligne.")
    );
    // A conflict names who saved, or says "someone" in the language.
    assert_eq!(
        translate(Lang::Es, "Ana Ruiz changed this buyer after you loaded it. Reload, then try again.").as_deref(),
        Some("Ana Ruiz cambió este comprador después de que usted lo cargara. Vuelva a cargar e inténtelo de nuevo.")
    );
    assert_eq!(
        translate(Lang::De, "Someone changed this group after you opened it. Reload to see their changes.").as_deref(),
        Some("Jemand anderes hat diese Gruppe geändert, nachdem Sie sie geöffnet haben. Laden Sie neu, um die Änderungen zu sehen.")
    );
}
