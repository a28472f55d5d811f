//! Field-by-field comparison of two versions of a form's entries, through their JSON (the
//! entries are flat structs; a small scanner of the top level spares the wasm `serde_json::Value`).

use serde::Serialize;

/// JSON text through `to_vec`, the instance the server functions already use (one copy in the
/// wasm instead of two).
pub fn json_text<T: Serialize + ?Sized>(v: &T) -> String {
    serde_json::to_vec(v)
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
        .unwrap_or_default()
}

/// The top-level members of a JSON object as (name, raw JSON value), in order. The forms'
/// entries are flat structs, so this small scanner spares the wasm serde_json's `Value`.
pub fn json_members(raw: &str) -> Vec<(String, String)> {
    let b = raw.as_bytes();
    let mut out = Vec::new();
    let (mut i, mut depth, mut in_str, mut esc) = (0, 0i32, false, false);
    let mut key: Option<String> = None;
    let mut start = 0;
    let mut key_start = 0;
    while i < b.len() {
        let c = b[i];
        if in_str {
            if esc {
                esc = false;
            } else if c == b'\\' {
                esc = true;
            } else if c == b'"' {
                in_str = false;
                if depth == 1 && key.is_none() {
                    key = serde_json::from_slice(&raw.as_bytes()[key_start..=i]).ok();
                }
            }
        } else {
            match c {
                b'"' => {
                    in_str = true;
                    key_start = i;
                }
                b'{' | b'[' => depth += 1,
                b'}' | b']' => {
                    if depth == 1 {
                        if let Some(k) = key.take() {
                            out.push((k, raw[start..i].trim().to_string()));
                        }
                    }
                    depth -= 1;
                }
                b':' if depth == 1 => start = i + 1,
                b',' if depth == 1 => {
                    if let Some(k) = key.take() {
                        out.push((k, raw[start..i].trim().to_string()));
                    }
                }
                _ => {}
            }
        }
        i += 1;
    }
    out
}

/// A raw JSON value as a person reads it.
pub fn shown(raw: &str) -> String {
    if let Ok(s) = serde_json::from_slice::<String>(raw.as_bytes()) {
        return if s.is_empty() { "—".into() } else { s };
    }
    if let Ok(items) = serde_json::from_slice::<Vec<String>>(raw.as_bytes()) {
        return if items.is_empty() {
            "—".into()
        } else {
            items.join(", ")
        };
    }
    if raw == "null" {
        return "—".into();
    }
    raw.to_string()
}

/// The fields where the saved object (theirs) and the form (yours) differ, as raw JSON.
pub fn differences<T: Serialize>(theirs: &T, yours: &T) -> Vec<(String, String, String)> {
    let a = json_members(&json_text(theirs));
    let b = json_members(&json_text(yours));
    b.into_iter()
        .filter_map(|(k, mine)| {
            let other = a
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.clone())
                .unwrap_or_else(|| "null".into());
            (other != mine).then_some((k, other, mine))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Entry {
        name: String,
        tags: Vec<String>,
        note: String,
        count: i64,
    }

    #[test]
    fn members_keep_nesting_and_escapes_whole() {
        let raw = r#"{"name":"A \"quoted\", {name}","tags":["x","y,z"],"count":3,"o":{"a":[1,2]}}"#;
        let m = json_members(raw);
        let names: Vec<&str> = m.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(names, ["name", "tags", "count", "o"]);
        assert_eq!(shown(&m[0].1), "A \"quoted\", {name}");
        assert_eq!(shown(&m[1].1), "x, y,z");
        assert_eq!(m[3].1, r#"{"a":[1,2]}"#);
    }

    #[test]
    fn differences_name_only_the_changed_fields() {
        let theirs = Entry {
            name: "Theirs".into(),
            tags: vec![],
            note: "same".into(),
            count: 1,
        };
        let yours = Entry {
            name: "Yours".into(),
            tags: vec!["t".into()],
            note: "same".into(),
            count: 1,
        };
        let d = differences(&theirs, &yours);
        let names: Vec<&str> = d.iter().map(|(k, _, _)| k.as_str()).collect();
        assert_eq!(names, ["name", "tags"]);
        assert_eq!(shown(&d[0].1), "Theirs");
        assert_eq!(shown(&d[1].1), "—");
        assert_eq!(shown(&d[1].2), "t");
    }
}
