//! The signed-in person's own settings: two-step verification, password, sessions. Any
//! signed-in member may call these; they act on the person, in whichever account.

#[cfg(feature = "ssr")]
use crate::backend::{
    ctx::Caller,
    services::{identity::password_change, identity::session_list, identity::two_step},
};
use crate::error::AppError;
use crate::model::{RecoveryCodes, SessionRow, TwoStepSetup, TwoStepStatus};
use leptos::prelude::*;
use server_fn::codec::Json;

// The macro would name its argument struct `TwoStepStatus`, taken by the DTO.
#[server(name = TwoStepStatusCall, prefix = "/sf", endpoint = "me/two_step", input = Json, client = crate::offline::LastSeen)]
pub async fn two_step_status() -> Result<TwoStepStatus, AppError> {
    let caller = Caller::signed_in().await?;
    two_step::status(&caller.state.db, &caller.resolved.user.id).await
}

/// Starts a set-up (the current password first): the key, its URI and a QR code.
#[server(prefix = "/sf", endpoint = "me/two_step_begin", input = Json)]
pub async fn two_step_begin(password: String) -> Result<TwoStepSetup, AppError> {
    let caller = Caller::signed_in().await?;
    two_step::begin(&caller.me(), &password).await
}

/// The first code from the app turns it on; the recovery codes are returned this once.
#[server(prefix = "/sf", endpoint = "me/two_step_confirm", input = Json)]
pub async fn two_step_confirm(code: String) -> Result<RecoveryCodes, AppError> {
    let caller = Caller::signed_in().await?;
    two_step::confirm(&caller.me(), &code).await
}

#[server(prefix = "/sf", endpoint = "me/two_step_disable", input = Json)]
pub async fn two_step_disable(password: String, code: String) -> Result<TwoStepStatus, AppError> {
    let caller = Caller::signed_in().await?;
    two_step::disable(&caller.me(), &password, &code).await
}

#[server(prefix = "/sf", endpoint = "me/recovery_codes", input = Json)]
pub async fn recovery_codes_regenerate(password: String) -> Result<RecoveryCodes, AppError> {
    let caller = Caller::signed_in().await?;
    two_step::regenerate(&caller.me(), &password).await
}

#[server(prefix = "/sf", endpoint = "me/change_password", input = Json)]
pub async fn change_password(
    current_password: String,
    new_password: String,
    sign_out_others: bool,
) -> Result<(), AppError> {
    let caller = Caller::signed_in().await?;
    password_change::change(
        &caller.me(),
        &current_password,
        &new_password,
        sign_out_others,
    )
    .await
}

#[server(prefix = "/sf", endpoint = "me/sessions", input = Json, client = crate::offline::LastSeen)]
pub async fn list_sessions() -> Result<Vec<SessionRow>, AppError> {
    let caller = Caller::signed_in().await?;
    session_list::list(&caller.me()).await
}

/// Signs out one of the person's other sessions and returns the list as it is now.
#[server(prefix = "/sf", endpoint = "me/sign_out_session", input = Json)]
pub async fn sign_out_session(handle: String) -> Result<Vec<SessionRow>, AppError> {
    let caller = Caller::signed_in().await?;
    let me = caller.me();
    session_list::sign_out_one(&me, &handle).await?;
    session_list::list(&me).await
}

#[server(prefix = "/sf", endpoint = "me/sign_out_others", input = Json)]
pub async fn sign_out_other_sessions() -> Result<Vec<SessionRow>, AppError> {
    let caller = Caller::signed_in().await?;
    let me = caller.me();
    session_list::sign_out_others(&me).await?;
    session_list::list(&me).await
}
