//! Who is calling: the one place every server function authenticates and authorises.
//!
//! `Caller::require(module, level)` resolves the session cookie to a user, a membership and an
//! account, computes the effective permissions, and refuses with 401/403 before any service
//! runs. The account a request acts on is always the session's current account, never an id
//! from the request body, so one account's member cannot address another account's data.

use super::services::acting::Acting;
use super::services::audit::{Actor, ClientInfo};
use super::services::{
    audit::audit_security, identity::auth, identity::person, identity::sessions, people::groups,
    tenancy::operations, trading::buyer_scope,
};
use super::AppState;
use crate::error::AppError;
use crate::model::{DisplayPrefs, SessionInfo};
use crate::permissions::{Denial, Grantor, Level, Module, Permissions, Role};
use http::request::Parts;
use leptos::prelude::*;
use leptos_axum::ResponseOptions;

pub fn state() -> Result<AppState, AppError> {
    use_context::<AppState>().ok_or_else(|| {
        tracing::error!("AppState missing from the server function context");
        AppError::Internal
    })
}

fn parts() -> Option<Parts> {
    use_context::<Parts>()
}

/// Set by the server's middleware from the socket address (or X-Forwarded-For behind a proxy).
pub fn client_info() -> ClientInfo {
    parts()
        .and_then(|p| p.extensions.get::<ClientInfo>().cloned())
        .unwrap_or_default()
}

pub fn cookie_value(headers: &http::HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

fn session_token() -> Option<String> {
    parts().and_then(|p| cookie_value(&p.headers, sessions::COOKIE))
}

/// Who the request's session belongs to, if it has a live one. Unlike `Caller::current` it
/// leaves the cookie alone, for endpoints that may set a new one themselves.
pub async fn signed_in_user_id(state: &AppState) -> Result<Option<String>, AppError> {
    let Some(token) = session_token() else {
        return Ok(None);
    };
    Ok(sessions::resolve(&state.db, &token)
        .await?
        .map(|r| r.user.id))
}

pub fn set_session_cookie(token: &str, secure: bool) {
    let max_age = sessions::MAX_AGE_MS / 1000;
    let secure = if secure { "; Secure" } else { "" };
    let cookie = format!(
        "{}={token}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age}{secure}",
        sessions::COOKIE
    );
    if let (Some(res), Ok(value)) = (
        use_context::<ResponseOptions>(),
        http::HeaderValue::from_str(&cookie),
    ) {
        res.append_header(http::header::SET_COOKIE, value);
    }
}

pub fn clear_session_cookie(secure: bool) {
    let secure = if secure { "; Secure" } else { "" };
    let cookie = format!(
        "{}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0{secure}",
        sessions::COOKIE
    );
    if let (Some(res), Ok(value)) = (
        use_context::<ResponseOptions>(),
        http::HeaderValue::from_str(&cookie),
    ) {
        res.append_header(http::header::SET_COOKIE, value);
    }
}

/// An authenticated member acting in their current account.
pub struct Caller {
    pub state: AppState,
    pub client: ClientInfo,
    pub resolved: sessions::Resolved,
    pub permissions: Permissions,
}

impl Caller {
    /// Any signed-in member whose account lets them work: one that requires two-step
    /// verification refuses members who have not set it up (see [`Caller::signed_in`]).
    pub async fn current() -> Result<Caller, AppError> {
        let caller = Caller::signed_in().await?;
        if caller.resolved.needs_two_step_setup() {
            return Err(AppError::TwoStepSetupRequired);
        }
        Ok(caller)
    }

    /// Any signed-in member, even one who still has to set up the two-step verification their
    /// account requires: only for the person's own settings, the session and signing out.
    pub async fn signed_in() -> Result<Caller, AppError> {
        let state = state()?;
        let token = session_token().ok_or(AppError::Unauthenticated)?;
        let resolved = sessions::resolve(&state.db, &token).await?.ok_or_else(|| {
            clear_session_cookie(state.config.secure_cookies);
            AppError::Unauthenticated
        })?;
        let permissions = groups::effective(&state.db, &resolved.membership).await?;
        Ok(Caller {
            state,
            client: client_info(),
            resolved,
            permissions,
        })
    }

    /// The caller behind a session that was just created (sign-in, accepted invitation).
    pub async fn from_new_session(
        state: AppState,
        client: ClientInfo,
        token: &str,
    ) -> Result<Caller, AppError> {
        let resolved = sessions::resolve(&state.db, token)
            .await?
            .ok_or(AppError::Internal)?;
        let permissions = groups::effective(&state.db, &resolved.membership).await?;
        Ok(Caller {
            state,
            client,
            resolved,
            permissions,
        })
    }

    /// A signed-in member with at least `level` on `module`.
    pub async fn require(module: Module, level: Level) -> Result<Caller, AppError> {
        let caller = Caller::current().await?;
        // A module the account is not entitled to is refused to everyone, Admins included,
        // whatever their groups say (Operations sets the entitlement).
        if !caller.entitled().contains(&module) {
            tracing::warn!(account = %caller.account_id(), ?module, "module not enabled for the account");
            return Err(Denial::NotEntitled(module).into());
        }
        if !caller.permissions.allows(module, level) {
            tracing::warn!(user = %caller.resolved.user.id, account = %caller.account_id(), ?module, ?level, "permission denied");
            let target = parts()
                .map(|p| format!("{} {}", p.method, p.uri.path()))
                .unwrap_or_default();
            audit_security::permission_denied(
                &caller.state.db,
                caller.account_id(),
                &caller.actor(),
                &caller.client,
                (module, level),
                &target,
            )
            .await;
            return Err(Denial::Needs(module, level).into());
        }
        Ok(caller)
    }

    /// Who acts on someone's access: this member's role, rights and buyers.
    pub async fn grantor(&self) -> Result<Grantor, AppError> {
        Ok(Grantor {
            role: self.role(),
            rights: self.permissions.clone(),
            buyers: self.buyer_scope().await?,
        })
    }

    /// Who is acting, for every service that changes something: this member in the
    /// session's account, with their actor, client, rights and buyers (the buyers are read
    /// from the database, hence async).
    pub async fn acting(&self) -> Result<Acting, AppError> {
        Ok(Acting {
            account_id: self.account_id().to_string(),
            membership_id: Some(self.resolved.membership.id.clone()),
            person_id: Some(self.resolved.user.id.clone()),
            actor: self.actor(),
            client: self.client.clone(),
            grantor: self.grantor().await?,
            operations: self.is_operations(),
        })
    }

    /// An Admin of the Operations account (the platform operator).
    pub async fn require_operations() -> Result<Caller, AppError> {
        let caller = Caller::current().await?;
        if !caller.is_operations() {
            tracing::warn!(user = %caller.resolved.user.id, account = %caller.account_id(), "operations denied");
            let target = parts()
                .map(|p| format!("{} {}", p.method, p.uri.path()))
                .unwrap_or_default();
            audit_security::permission_denied(
                &caller.state.db,
                caller.account_id(),
                &caller.actor(),
                &caller.client,
                (Module::Account, Level::Edit),
                &target,
            )
            .await;
            return Err(AppError::Forbidden);
        }
        Ok(caller)
    }

    /// The modules this account is entitled to.
    pub fn entitled(&self) -> Vec<Module> {
        Module::entitled(self.resolved.account.modules.as_deref())
    }

    pub fn is_operations(&self) -> bool {
        self.resolved.account.kind == operations::KIND && self.role() == Role::Admin
    }

    pub fn account_id(&self) -> &str {
        &self.resolved.account.id
    }

    /// The buyers this member may see (groups may limit it; see `buyer_scope`).
    pub async fn buyer_scope(&self) -> Result<buyer_scope::BuyerScope, AppError> {
        buyer_scope::of_member(&self.state.db, &self.resolved.membership).await
    }

    pub fn role(&self) -> Role {
        self.resolved.role
    }

    /// The person acting on themselves (password, two-step verification, sessions).
    pub fn me(&self) -> person::Me<'_> {
        person::Me {
            db: &self.state.db,
            key: &self.state.config.secret_key,
            user_id: &self.resolved.user.id,
            session_hash: &self.resolved.session.id_hash,
            account_id: &self.resolved.account.id,
            client: &self.client,
        }
    }

    pub fn actor(&self) -> Actor {
        auth::actor_of(&self.resolved.user)
    }

    pub async fn session_info(&self) -> Result<SessionInfo, AppError> {
        let u = &self.resolved.user;
        let a = &self.resolved.account;
        Ok(SessionInfo {
            user_id: u.id.clone(),
            email: u.email.clone(),
            first_name: u.first_name.clone(),
            last_name: u.last_name.clone(),
            account_id: a.id.clone(),
            account_name: a.name.clone(),
            account_has_logo: a.logo.is_some(),
            account_revision: a.revision,
            role: self.role(),
            operations: self.is_operations(),
            permissions: self.permissions.clone(),
            modules: self.entitled(),
            memberships: sessions::memberships_of(&self.state.db, &u.id).await?,
            prefs: DisplayPrefs {
                language: u.language.clone(),
                account_language: a.language.clone(),
                timezone: u.timezone.clone(),
                date_format: u.date_format.clone(),
                time_format: u.time_format.clone(),
                number_format: u.number_format.clone(),
                theme: u.theme.clone(),
            },
            has_picture: u.picture_at.is_some(),
            picture_at: u.picture_at,
            two_step_setup_required: self.resolved.needs_two_step_setup(),
        })
    }
}
