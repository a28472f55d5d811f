//! The list kit's shared shapes: what a list page asks for (`ListParams`, kept in the URL) and
//! what it gets back (`ListPage`). The server pages with `backend::services::keyset` (keyset
//! paging at the database on an indexed sort key); `components::list_kit` shows it.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Counting stops here: past it a list says "10,000+ matches" instead of scanning everything.
pub const COUNT_CAP: u64 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ListParams {
    /// Text searched in the list's searchable columns.
    #[serde(default)]
    pub q: String,
    /// Filter name -> value (each list knows its own; empty values are no filter).
    #[serde(default)]
    pub filters: BTreeMap<String, String>,
    /// One of the list's sort keys; empty is the list's default.
    #[serde(default)]
    pub sort: String,
    #[serde(default)]
    pub desc: bool,
    /// 0 is 25.
    #[serde(default)]
    pub limit: u64,
    /// The `next_cursor` of the page before (opaque).
    #[serde(default)]
    pub cursor: Option<String>,
}

impl ListParams {
    pub fn filter(&self, name: &str) -> &str {
        self.filters.get(name).map(String::as_str).unwrap_or("")
    }

    /// The page size, within 1..=100 (default 25).
    pub fn page_size(&self) -> u64 {
        match self.limit {
            0 => 25,
            n => n.min(100),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListPage<T> {
    pub rows: Vec<T>,
    pub next_cursor: Option<String>,
    /// Matches of the filters, counted up to `COUNT_CAP`.
    pub total: u64,
    /// The count stopped at `total`: there are more matches than that.
    pub total_is_capped: bool,
}

/// When something happened and who did it (their name as it was then).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Stamp {
    pub at: i64,
    pub by: String,
}
