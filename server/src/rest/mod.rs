//! The REST API under `/api/v1`: one module per resource, each handler thin (authenticate,
//! authorise, validate, call the same service the console uses, map to the same DTO).
//! Errors are RFC 9457 problem details; lists are `{data, pagination}` with keyset cursors.

mod account;
mod audit;
mod auth;
mod billing;
mod buyers;
mod extract;
mod groups;
mod invitations;
mod licensees;
pub mod openapi;
mod operations;
mod paging;
mod problem;
mod sellers;
mod tokens;
mod users;

pub use auth::Api;
pub use problem::{problem_response, ApiError, Problem};

use app::backend::AppState;
use axum::routing::{get, post};
use axum::Router;

/// Routes relative to `/api/v1`, where the server nests them.
pub fn router<S: Clone + Send + Sync + 'static>(state: AppState) -> Router<S> {
    Router::new()
        .route("/openapi.json", get(openapi::document))
        .route("/account", get(account::get).patch(account::update))
        .route("/users", get(users::list))
        .route(
            "/users/{id}",
            get(users::get).patch(users::update).delete(users::remove),
        )
        .route("/users/{id}/enable", post(users::enable))
        .route("/users/{id}/disable", post(users::disable))
        .route(
            "/invitations",
            get(invitations::list).post(invitations::create),
        )
        .route("/invitations/{id}/resend", post(invitations::resend))
        .route("/invitations/{id}/revoke", post(invitations::revoke))
        .route("/groups", get(groups::list).post(groups::create))
        .route(
            "/groups/{id}",
            get(groups::get)
                .patch(groups::update)
                .delete(groups::delete),
        )
        .route("/tokens", get(tokens::list).post(tokens::create))
        .route(
            "/tokens/{id}",
            get(tokens::get)
                .patch(tokens::update)
                .delete(tokens::delete),
        )
        .route("/tokens/{id}/enable", post(tokens::enable))
        .route("/tokens/{id}/disable", post(tokens::disable))
        .route("/tokens/{id}/rotate", post(tokens::rotate))
        .route("/buyers", get(buyers::list))
        .route("/buyers/{id}", get(buyers::get).patch(buyers::update))
        .route("/buyers/{id}/enable", post(buyers::enable))
        .route("/buyers/{id}/disable", post(buyers::disable))
        .route("/licensees", get(licensees::list).post(licensees::create))
        .route(
            "/licensees/{id}",
            get(licensees::get).patch(licensees::update),
        )
        .route("/licensees/{id}/enable", post(licensees::enable))
        .route("/licensees/{id}/disable", post(licensees::disable))
        .route("/billing", get(billing::overview))
        .route("/billing/usage", get(billing::usage_series))
        .route("/billing/invoices", get(billing::invoices))
        .route("/billing/invoices/{id}", get(billing::invoice))
        .route("/billing/invoices/{id}/pdf", get(billing::invoice_pdf))
        .route("/sellers", get(sellers::list))
        .route("/sellers/{id}", get(sellers::get))
        .route("/audit-records", get(audit::list))
        .route("/audit-records/export", get(audit::export))
        .route("/audit-records/{id}", get(audit::get))
        .route(
            "/operations/accounts",
            get(operations::list_accounts).post(operations::create_account),
        )
        .route("/operations/accounts/{id}", get(operations::get_account))
        .route(
            "/operations/accounts/{id}/enable",
            post(operations::enable_account),
        )
        .route(
            "/operations/accounts/{id}/disable",
            post(operations::disable_account),
        )
        .route(
            "/operations/accounts/{id}/modules",
            axum::routing::put(operations::set_modules),
        )
        .route("/operations/people", get(operations::find_person))
        .route(
            "/operations/people/{id}",
            axum::routing::delete(operations::delete_person),
        )
        .route(
            "/operations/people/{id}/block",
            post(operations::block_person),
        )
        .route(
            "/operations/people/{id}/unblock",
            post(operations::unblock_person),
        )
        .route_layer(axum::middleware::from_fn(crate::metrics::mark_route))
        .fallback(problem::not_found)
        .method_not_allowed_fallback(problem::method_not_allowed)
        .with_state(state)
}
