//! The list envelope and its opaque keyset cursor.

use super::problem::ApiError;
use app::error::AppError;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
pub struct Pagination {
    pub limit: u64,
    /// Pass as `cursor` to get the next page; absent on the last page.
    pub next_cursor: Option<String>,
    pub has_more: bool,
}

/// A page of a list.
#[derive(Debug, Serialize, ToSchema)]
pub struct Page<T: ToSchema> {
    pub data: Vec<T>,
    pub pagination: Pagination,
}

impl<T: ToSchema> Page<T> {
    pub fn new(data: Vec<T>, limit: u64, next: Option<String>) -> Self {
        Page {
            data,
            pagination: Pagination {
                limit,
                has_more: next.is_some(),
                next_cursor: next.map(|c| URL_SAFE_NO_PAD.encode(c)),
            },
        }
    }
}

pub fn limit(value: Option<u64>) -> Result<u64, ApiError> {
    match value {
        None => Ok(25),
        Some(n) if (1..=100).contains(&n) => Ok(n),
        Some(_) => Err(ApiError(AppError::field(
            "limit",
            "The limit is from 1 to 100.",
        ))),
    }
}

pub fn cursor(value: Option<&str>) -> Result<Option<String>, ApiError> {
    value
        .filter(|c| !c.is_empty())
        .map(|c| {
            URL_SAFE_NO_PAD
                .decode(c)
                .ok()
                .and_then(|b| String::from_utf8(b).ok())
                .ok_or_else(|| ApiError(AppError::field("cursor", "This cursor is not valid.")))
        })
        .transpose()
}

/// A page cut from a short list already in order (an account's buyers or sellers): the cursor
/// is the id of the previous page's last row, so the order never has to be re-derived here.
pub fn cut<T: ToSchema>(
    all: Vec<T>,
    id: impl Fn(&T) -> &str,
    limit: u64,
    after: Option<String>,
) -> Result<Page<T>, ApiError> {
    let start = match &after {
        Some(last) => all
            .iter()
            .position(|x| id(x) == last)
            .map(|i| i + 1)
            .ok_or_else(|| ApiError(AppError::field("cursor", "This cursor is not valid.")))?,
        None => 0,
    };
    let mut rest: Vec<T> = all.into_iter().skip(start).collect();
    let has_more = rest.len() as u64 > limit;
    rest.truncate(limit as usize);
    let next = rest.last().filter(|_| has_more).map(|x| id(x).to_string());
    Ok(Page::new(rest, limit, next))
}

#[derive(Debug, Clone, Copy, Default, serde::Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Order {
    Asc,
    #[default]
    Desc,
}
