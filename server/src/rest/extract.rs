//! Body and query extractors whose rejections are problem details like every other error.

use super::problem::ApiError;
use app::error::AppError;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;

pub struct Body<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for Body<T> {
    type Rejection = Response;
    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(v)) => Ok(Body(v)),
            // The body limit: 413, made a problem document by `too_large_as_problem`.
            Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                Err(StatusCode::PAYLOAD_TOO_LARGE.into_response())
            }
            Err(e) => Err(ApiError(AppError::BadRequest(format!(
                "The request body is not what this operation takes: {}",
                e.body_text()
            )))
            .into_response()),
        }
    }
}

/// The body as raw JSON, for JSON Merge Patch (RFC 7396) updates.
pub struct Patch(pub serde_json::Map<String, serde_json::Value>);

impl<S: Send + Sync> FromRequest<S> for Patch {
    type Rejection = Response;
    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let Body(v) = Body::<serde_json::Value>::from_request(req, state).await?;
        match v {
            serde_json::Value::Object(map) => Ok(Patch(map)),
            _ => Err(ApiError(AppError::BadRequest(
                "The request body must be a JSON object.".into(),
            ))
            .into_response()),
        }
    }
}

impl Patch {
    /// Applies the patch to `current` (a serialised input) and reads the result back.
    pub fn apply<T: DeserializeOwned>(
        &self,
        mut current: serde_json::Value,
    ) -> Result<T, ApiError> {
        if let serde_json::Value::Object(target) = &mut current {
            for (k, v) in &self.0 {
                if k == "revision" {
                    continue;
                }
                if v.is_null() {
                    target.remove(k);
                } else {
                    target.insert(k.clone(), v.clone());
                }
            }
        }
        serde_json::from_value(current).map_err(|e| {
            ApiError(AppError::BadRequest(format!(
                "The request body is not what this operation takes: {e}"
            )))
        })
    }

    /// The revision the client last read; required so that no change silently overwrites another.
    pub fn revision(&self) -> Result<i64, ApiError> {
        self.0
            .get("revision")
            .and_then(|v| v.as_i64())
            .ok_or_else(|| {
                ApiError(AppError::field(
                    "revision",
                    "Send the revision you last read, so that nobody's change is overwritten.",
                ))
            })
    }
}

pub struct Query<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for Query<T> {
    type Rejection = ApiError;
    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        match axum::extract::Query::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Query(v)) => Ok(Query(v)),
            Err(e) => Err(ApiError(AppError::BadRequest(format!(
                "The query parameters are not valid: {}",
                e.body_text()
            )))),
        }
    }
}
