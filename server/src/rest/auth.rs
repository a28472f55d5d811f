//! The authenticated caller of an API request (see `services::api_auth` for the design).

use super::problem::ApiError;
use app::backend::services::acting::Acting;
use app::backend::services::audit::audit_security;
use app::backend::services::audit::{Actor, ClientInfo};
use app::backend::services::tokens::api_auth::{self, ApiPrincipal};
use app::backend::AppState;
use app::permissions::{Denial, Level, Module};
use axum::extract::FromRequestParts;
use axum::http::{header, request::Parts};

pub struct Api {
    pub state: AppState,
    pub principal: ApiPrincipal,
    pub client: ClientInfo,
    /// `GET /api/v1/users`: what a refused request asked for, for the audit trail.
    pub target: String,
}

impl FromRequestParts<AppState> for Api {
    type Rejection = ApiError;
    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let client = parts
            .extensions
            .get::<ClientInfo>()
            .cloned()
            .unwrap_or_default();
        let authorization = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok());
        let principal = api_auth::authenticate(state, authorization, &client).await?;
        // Billing counts every authenticated call, in memory (flushed every 10 s).
        state.usage.add(
            &principal.account.id,
            app::model::Metric::ApiCalls,
            app::backend::clock::now_ms(),
            1,
        );
        Ok(Api {
            state: state.clone(),
            principal,
            client,
            // Inside the nested router the path has lost its /api/v1 prefix; log the real one.
            target: format!(
                "{} {}",
                parts.method,
                parts
                    .extensions
                    .get::<axum::extract::OriginalUri>()
                    .map(|u| u.path().to_string())
                    .unwrap_or_else(|| parts.uri.path().to_string())
            ),
        })
    }
}

impl Api {
    /// Refuses (403, recorded in the audit trail) unless the caller holds `level` on `module`.
    pub async fn require(&self, module: Module, level: Level) -> Result<(), ApiError> {
        if !Module::entitled(self.principal.account.modules.as_deref()).contains(&module) {
            tracing::warn!(account = %self.account_id(), ?module, "API call to a module not enabled for the account");
            return Err(ApiError(Denial::NotEntitled(module).into()));
        }
        if self.principal.permissions.allows(module, level) {
            return Ok(());
        }
        tracing::warn!(actor = %self.principal.actor.id, account = %self.account_id(), ?module, ?level, "API permission denied");
        audit_security::permission_denied(
            &self.state.db,
            self.account_id(),
            self.actor(),
            &self.client,
            (module, level),
            &self.target,
        )
        .await;
        Err(ApiError(Denial::Needs(module, level).into()))
    }

    /// Refuses (403, recorded) unless the credentials are the platform operator's: a token of
    /// the Operations account whose creator is an Admin there and which holds Account at edit
    /// (the console asks the same of a person), or that account's own credentials.
    pub async fn require_operations(&self) -> Result<(), ApiError> {
        if self.is_operations() {
            return Ok(());
        }
        tracing::warn!(actor = %self.principal.actor.id, account = %self.account_id(), "API operations denied");
        audit_security::permission_denied(
            &self.state.db,
            self.account_id(),
            self.actor(),
            &self.client,
            (Module::Account, Level::Edit),
            &self.target,
        )
        .await;
        Err(ApiError(app::error::AppError::Forbidden))
    }

    /// The platform operator's credentials (see [`Api::require_operations`]).
    pub fn is_operations(&self) -> bool {
        let p = &self.principal;
        p.account.kind == app::backend::services::tenancy::operations::KIND
            && p.grantor.role == app::permissions::Role::Admin
            && p.permissions.allows(Module::Account, Level::Edit)
    }

    pub fn account_id(&self) -> &str {
        &self.principal.account.id
    }

    pub fn actor(&self) -> &Actor {
        &self.principal.actor
    }

    /// Who is acting, for every service that changes something. The self-protection rules
    /// apply to the token's creator; account credentials are no member and no person. What
    /// may be given is the principal's grantor: a token's creator's role with the token's own
    /// rights and the creator's buyers.
    pub fn acting(&self) -> Acting {
        let creator = self.principal.creator.as_ref();
        Acting {
            account_id: self.account_id().to_string(),
            membership_id: creator.map(|(m, _)| m.id.clone()),
            person_id: creator.map(|(_, u)| u.id.clone()),
            actor: self.principal.actor.clone(),
            client: self.client.clone(),
            grantor: self.principal.grantor.clone(),
            operations: self.is_operations(),
        }
    }
}
