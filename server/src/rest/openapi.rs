//! The OpenAPI 3.1 document, generated from the handlers' annotations and the shared DTOs.

use super::problem::Problem;
use super::{
    account, audit, billing, buyers, groups, invitations, licensees, operations, sellers, tokens,
    users,
};
use axum::response::IntoResponse;
use std::sync::OnceLock;
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityRequirement, SecurityScheme};
use utoipa::openapi::{ContentBuilder, RefOr, Response, ResponseBuilder};
use utoipa::{Modify, OpenApi};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Account Settings API",
        version = "1.0.0",
        description = "Manage an account programmatically. Authenticate with `Authorization: Bearer <API token>` (the token's modules ∩ its creator's rights) or HTTP Basic with the account id and passcode (full Admin rights). Lists return `{data, pagination}`; pass `pagination.next_cursor` as `cursor` for the next page. Updates are JSON Merge Patch and need the `revision` you last read (409 if someone changed the object meanwhile). Errors are RFC 9457 problem details. Each token may make a limited number of requests per minute (429 with Retry-After)."
    ),
    paths(
        account::get, account::update,
        users::list, users::get, users::update, users::enable, users::disable, users::remove,
        invitations::list, invitations::create, invitations::resend, invitations::revoke,
        groups::list, groups::get, groups::create, groups::update, groups::delete,
        tokens::list, tokens::get, tokens::create, tokens::update, tokens::enable,
        tokens::disable, tokens::rotate, tokens::delete,
        audit::list, audit::export, audit::get,
        buyers::list, buyers::get, buyers::update, buyers::enable, buyers::disable,
        licensees::list, licensees::create, licensees::get, licensees::update,
        licensees::enable, licensees::disable,
        sellers::list, sellers::get,
        billing::overview, billing::usage_series, billing::invoices, billing::invoice,
        billing::invoice_pdf,
        operations::list_accounts, operations::create_account, operations::get_account,
        operations::enable_account, operations::disable_account, operations::set_modules,
        operations::find_person, operations::block_person, operations::unblock_person,
        operations::delete_person,
    ),
    components(schemas(
        Problem,
        super::paging::Order,
        users::UserStatus,
        users::UserSort,
        tokens::TokenStatus,
        tokens::TokenSort,
        audit::AuditObjectType,
        audit::ExportFormat,
        buyers::BuyerStatusFilter,
        buyers::TradingSort,
        licensees::LicenseeStatusFilter,
        app::permissions::Role,
        app::permissions::Module,
        app::model::IdentityStatus,
    )),
    modifiers(&Conventions),
    tags(
        (name = "account", description = "The account's details"),
        (name = "users", description = "Members of the account"),
        (name = "invitations", description = "Invitations to join the account"),
        (name = "groups", description = "Groups and the rights they grant"),
        (name = "tokens", description = "API tokens"),
        (name = "audit", description = "The audit trail"),
        (name = "buyers", description = "The account's buyers (legal entities that receive invoices)"),
        (name = "licensees", description = "Licensees: each of one buyer and one seller, fixed"),
        (name = "sellers", description = "The platform operator's sellers linked to the account (read only)"),
        (name = "billing", description = "The account's plan, usage and invoices (read only)"),
        (name = "operations", description = "The platform operator only (credentials of the Operations account): client accounts and people"),
    )
)]
pub struct ApiDoc;

struct Conventions;

fn problem(description: &str) -> RefOr<Response> {
    RefOr::T(
        ResponseBuilder::new()
            .description(description)
            .content(
                "application/problem+json",
                ContentBuilder::new()
                    .schema(Some(RefOr::Ref(utoipa::openapi::Ref::from_schema_name(
                        "Problem",
                    ))))
                    .build(),
            )
            .build(),
    )
}

impl Modify for Conventions {
    fn modify(&self, doc: &mut utoipa::openapi::OpenApi) {
        let components = doc.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "token",
            SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)),
        );
        components.add_security_scheme(
            "account_credentials",
            SecurityScheme::Http(Http::new(HttpAuthScheme::Basic)),
        );
        doc.security = Some(vec![
            SecurityRequirement::new("token", Vec::<String>::new()),
            SecurityRequirement::new("account_credentials", Vec::<String>::new()),
        ]);
        // Every operation can answer every one of these; saying so once keeps them consistent.
        let common = [
            ("400", "The request could not be read"),
            ("401", "Missing or invalid credentials"),
            ("403", "The credentials lack the permission"),
            ("404", "No such object in this account"),
            (
                "409",
                "Changed by someone else since you read it, or not allowed in its state",
            ),
            ("422", "Invalid input; `errors` names the fields"),
            ("429", "Rate limit reached; see Retry-After"),
        ];
        for item in doc.paths.paths.values_mut() {
            for op in [
                &mut item.get,
                &mut item.post,
                &mut item.patch,
                &mut item.put,
                &mut item.delete,
            ]
            .into_iter()
            .flatten()
            {
                for (code, text) in common {
                    op.responses
                        .responses
                        .entry(code.to_string())
                        .or_insert_with(|| problem(text));
                }
            }
        }
    }
}

/// `GET /api/v1/openapi.json` (public: the document holds no account data).
pub async fn document() -> impl IntoResponse {
    static JSON: OnceLock<String> = OnceLock::new();
    let body = JSON.get_or_init(|| ApiDoc::openapi().to_pretty_json().unwrap_or_default());
    (
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        body.as_str(),
    )
}
