//! Joins every `locales/<language>/*.ftl` into one Fluent source per language, so that each
//! area of the console keeps its own translation file (and people editing different areas
//! never touch the same file) while the crate embeds one string per language.

use std::{env, fs, path::Path};

const LANGUAGES: [&str; 4] = ["en", "de", "fr", "es"];

fn main() {
    println!("cargo:rerun-if-changed=locales");
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for lang in LANGUAGES {
        let dir = Path::new("locales").join(lang);
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut files: Vec<_> = fs::read_dir(&dir)
            .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
            .unwrap_or_default();
        files.retain(|p| p.extension().is_some_and(|e| e == "ftl"));
        files.sort();
        let mut joined = String::new();
        for file in files {
            println!("cargo:rerun-if-changed={}", file.display());
            let text = fs::read_to_string(&file).expect("a readable .ftl file");
            joined.push_str(&text);
            joined.push('\n');
        }
        fs::write(Path::new(&out).join(format!("{lang}.ftl")), joined)
            .expect("OUT_DIR is writable");
    }
}
