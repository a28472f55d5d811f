#[cfg(feature = "ssr")]
use crate::backend::ctx::{self, Caller};
use crate::error::AppError;
use crate::model::{SessionInfo, SignInResult};
use leptos::prelude::*;
use server_fn::codec::Json;

/// Checks the password. Without two-step verification that signs in (the cookie is set on
/// the response); with it, the answer is a challenge for [`sign_in_code`] and no cookie.
/// `unlock` is the token of an e-mailed unlock link (`/sign-in?unlock=…`), when the page came
/// from one: it lets the correct password through a lock on the e-mail.
#[server(prefix = "/sf", endpoint = "auth/sign_in", input = Json)]
pub async fn sign_in(
    email: String,
    password: String,
    #[server(default)] unlock: Option<String>,
) -> Result<SignInResult, AppError> {
    use crate::backend::services::identity::auth::{self, SignInOutcome};
    let state = ctx::state()?;
    let client = ctx::client_info();
    match auth::sign_in(&state, &email, &password, unlock.as_deref(), &client).await? {
        SignInOutcome::SecondStep { challenge } => Ok(SignInResult::SecondStep { challenge }),
        SignInOutcome::SignedIn(signed) => {
            ctx::set_session_cookie(&signed.token, state.config.secure_cookies);
            let info = Caller::from_new_session(state, client, &signed.token)
                .await?
                .session_info()
                .await?;
            Ok(SignInResult::SignedIn(Box::new(info)))
        }
    }
}

/// The second step: the challenge from `sign_in` and a TOTP or recovery code. Signs in.
#[server(prefix = "/sf", endpoint = "auth/sign_in_code", input = Json)]
pub async fn sign_in_code(challenge: String, code: String) -> Result<SessionInfo, AppError> {
    use crate::backend::services::identity::auth;
    let state = ctx::state()?;
    let client = ctx::client_info();
    let signed = auth::sign_in_code(
        &state.db,
        &state.config.secret_key,
        &challenge,
        &code,
        &client,
    )
    .await?;
    ctx::set_session_cookie(&signed.token, state.config.secure_cookies);
    Caller::from_new_session(state, client, &signed.token)
        .await?
        .session_info()
        .await
}

/// Ends the session on the server and clears the cookie.
#[server(prefix = "/sf", endpoint = "auth/sign_out", input = Json)]
pub async fn sign_out() -> Result<(), AppError> {
    let caller = Caller::signed_in().await?;
    let r = &caller.resolved;
    crate::backend::services::identity::auth::sign_out(
        &caller.state.db,
        &r.session.id_hash,
        &r.account.id,
        &r.user,
        &caller.client,
    )
    .await?;
    ctx::clear_session_cookie(caller.state.config.secure_cookies);
    Ok(())
}

/// The signed-in session, or `None` when there is none (not an error: the shell then shows
/// the sign-in page).
#[server(prefix = "/sf", endpoint = "auth/session", input = Json)]
pub async fn current_session() -> Result<Option<SessionInfo>, AppError> {
    match Caller::signed_in().await {
        Ok(caller) => Ok(Some(caller.session_info().await?)),
        Err(AppError::Unauthenticated) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Switches the session to another account the person is an active member of.
#[server(prefix = "/sf", endpoint = "auth/switch_account", input = Json)]
pub async fn switch_account(account_id: String) -> Result<SessionInfo, AppError> {
    let caller = Caller::signed_in().await?;
    let r = &caller.resolved;
    crate::backend::services::identity::sessions::switch_account(
        &caller.state.db,
        &r.session.id_hash,
        &r.user.id,
        &account_id,
    )
    .await?;
    let switched = Caller::signed_in().await?;
    switched.session_info().await
}
