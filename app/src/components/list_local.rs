//! The list kit for lists an account keeps few of (its groups, the sellers it trades with:
//! tens, never thousands). They are loaded whole and searched, sorted and paged in the
//! browser, with the same URL state (`q`, `sort`, `order`, `size`, `page`) and the same
//! controls (`ListFilters`, `ListSearch`, `SortChoice`, `ListPager`) as the lists paged at the
//! database, and an export of exactly the rows that match.

use super::ListQuery;
use crate::util::csv::{line, LineEnd};
use crate::util::download;

/// How a list reads its rows: the text its search looks in, and a row's value for a sort key
/// (compared as text, or as numbers when both parse; the first key is the default).
pub struct LocalList<T> {
    pub text: fn(&T) -> String,
    pub key: fn(&T, &str) -> String,
    pub default_sort: &'static str,
}

fn compare(a: &str, b: &str) -> std::cmp::Ordering {
    match (a.parse::<i64>(), b.parse::<i64>()) {
        (Ok(x), Ok(y)) => x.cmp(&y),
        _ => a.to_lowercase().cmp(&b.to_lowercase()),
    }
}

impl<T: Clone> LocalList<T> {
    /// Every row that matches the URL's search, in the URL's order.
    pub fn matching(&self, rows: &[T], list: ListQuery) -> Vec<T> {
        let q = list.get("q").trim().to_lowercase();
        let mut out: Vec<T> = rows
            .iter()
            .filter(|r| q.is_empty() || (self.text)(r).to_lowercase().contains(&q))
            .cloned()
            .collect();
        let sort = Some(list.get("sort"))
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| self.default_sort.to_string());
        out.sort_by(|a, b| compare(&(self.key)(a, &sort), &(self.key)(b, &sort)));
        if list.get("order") == "desc" {
            out.reverse();
        }
        out
    }

    /// The rows of the URL's page among `matching`.
    pub fn page(&self, matching: &[T], list: ListQuery) -> Vec<T> {
        let size = list.page_size();
        let pages = matching.len().div_ceil(size).max(1);
        let page = list.page().min(pages - 1);
        matching
            .iter()
            .skip(page * size)
            .take(size)
            .cloned()
            .collect()
    }
}

/// The matching rows as CSV (`header` and one line of cells per row), downloaded as `file`.
pub fn export_local(file: &str, header: &[&str], rows: impl Iterator<Item = Vec<String>>) {
    let mut out = header.join(",") + "\r\n";
    for cells in rows {
        out.push_str(&line(&cells, LineEnd::Crlf));
    }
    download(file, "text/csv", &out);
}
