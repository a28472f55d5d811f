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

#[derive(Debug, Clone, Copy, Default, serde::Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Order {
    Asc,
    #[default]
    Desc,
}
