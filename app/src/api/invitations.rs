//! Public endpoints reached from e-mailed links: they need no session, and say plainly when a
//! link no longer works.

#[cfg(feature = "ssr")]
use crate::backend::{
    ctx::{self, Caller},
    services::{identity::passwords, people::invitations},
};
use crate::error::AppError;
use crate::model::{InvitationInfo, SessionInfo};
use leptos::prelude::*;
use server_fn::codec::Json;

#[server(prefix = "/sf", endpoint = "invitations/info", input = Json)]
pub async fn get_invitation(token: String) -> Result<InvitationInfo, AppError> {
    invitations::info(&ctx::state()?, &token).await
}

#[server(prefix = "/sf", endpoint = "invitations/accept", input = Json)]
pub async fn accept_invitation(
    token: String,
    first_name: String,
    last_name: String,
    password: String,
) -> Result<SessionInfo, AppError> {
    let state = ctx::state()?;
    let client = ctx::client_info();
    let signed_in = ctx::signed_in_user_id(&state).await?;
    let who = invitations::Invitee {
        first_name: &first_name,
        last_name: &last_name,
        password: &password,
        signed_in: signed_in.as_deref(),
    };
    let session = invitations::accept(&state, &token, &who, &client).await?;
    ctx::set_session_cookie(&session, state.config.secure_cookies);
    Caller::from_new_session(state, client, &session)
        .await?
        .session_info()
        .await
}

/// Always answers the same, whether or not the e-mail has an identity.
#[server(prefix = "/sf", endpoint = "auth/forgot_password", input = Json)]
pub async fn forgot_password(email: String) -> Result<(), AppError> {
    let state = ctx::state()?;
    passwords::forgot(&state, &email, &ctx::client_info()).await
}

#[server(prefix = "/sf", endpoint = "auth/reset_password", input = Json)]
pub async fn reset_password(token: String, password: String) -> Result<(), AppError> {
    let state = ctx::state()?;
    passwords::reset(&state, &token, &password, &ctx::client_info()).await
}
