//! RFC 9457 problem details for every error the API answers.

use app::error::{AppError, FieldErrors};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

/// `application/problem+json`: what went wrong, and for validation errors, on which fields.
#[derive(Debug, Serialize, ToSchema)]
pub struct Problem {
    /// A URI naming the kind of problem.
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    /// Field name -> message (422 only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<FieldErrors>,
}

#[derive(Debug)]
pub struct ApiError(pub AppError);

impl From<AppError> for ApiError {
    fn from(e: AppError) -> Self {
        ApiError(e)
    }
}

impl From<sea_orm::DbErr> for ApiError {
    fn from(e: sea_orm::DbErr) -> Self {
        ApiError(e.into())
    }
}

pub type ApiResult<T> = Result<T, ApiError>;

fn slug_and_title(e: &AppError) -> (&'static str, &'static str) {
    match e {
        AppError::Unauthenticated => ("unauthenticated", "Authentication required"),
        AppError::Forbidden | AppError::Denied(_) => ("forbidden", "Permission denied"),
        AppError::TwoStepSetupRequired => ("two-step-required", "Two-step verification required"),
        AppError::NotFound => ("not-found", "Not found"),
        AppError::Conflict(_) => ("conflict", "Conflict"),
        AppError::Validation(_) => ("validation", "Invalid input"),
        AppError::Throttled(_) => ("rate-limited", "Too many requests"),
        AppError::BadRequest(_) => ("bad-request", "Bad request"),
        AppError::Network | AppError::Unavailable => ("unavailable", "Service unavailable"),
        AppError::Internal => ("internal", "Internal error"),
    }
}

pub fn problem_response(
    status: StatusCode,
    slug: &str,
    title: &str,
    detail: String,
    errors: Option<FieldErrors>,
) -> Response {
    let body = Problem {
        kind: format!("/api/v1/problems/{slug}"),
        title: title.into(),
        status: status.as_u16(),
        detail,
        errors,
    };
    let mut res = (status, axum::Json(body)).into_response();
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/problem+json"),
    );
    res
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let e = self.0;
        let status =
            StatusCode::from_u16(e.status_code()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let (slug, title) = slug_and_title(&e);
        let errors = match &e {
            AppError::Validation(f) => Some(f.clone()),
            _ => None,
        };
        let detail = match &e {
            AppError::Unauthenticated => {
                "Send a valid API token (Authorization: Bearer …) or the account id and passcode (HTTP Basic).".to_string()
            }
            other => other.to_string(),
        };
        let mut res = problem_response(status, slug, title, detail, errors);
        match &e {
            AppError::Throttled(secs) => {
                if let Ok(v) = HeaderValue::from_str(&secs.to_string()) {
                    res.headers_mut().insert(header::RETRY_AFTER, v);
                }
            }
            AppError::Unauthenticated => {
                res.headers_mut().insert(
                    header::WWW_AUTHENTICATE,
                    HeaderValue::from_static("Bearer realm=\"api\", Basic realm=\"api\""),
                );
            }
            _ => {}
        }
        res
    }
}

pub async fn not_found() -> Response {
    problem_response(
        StatusCode::NOT_FOUND,
        "not-found",
        "Not found",
        "There is no such API resource. See /api/v1/openapi.json.".into(),
        None,
    )
}

pub async fn method_not_allowed() -> Response {
    problem_response(
        StatusCode::METHOD_NOT_ALLOWED,
        "method-not-allowed",
        "Method not allowed",
        "This resource does not support that method.".into(),
        None,
    )
}
