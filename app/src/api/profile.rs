//! The signed-in person's profile and picture. Like `me`, these act on the person (in any of
//! their accounts) and stay open while an account's two-step set-up is pending.

#[cfg(feature = "ssr")]
use crate::backend::{
    ctx::Caller,
    services::{identity::picture, identity::profile, logos},
};
use crate::error::AppError;
use crate::model::Profile;
use crate::validation::ProfileInput;
use leptos::prelude::*;
use server_fn::codec::Json;

#[server(prefix = "/sf", endpoint = "me/profile", input = Json, client = crate::offline::LastSeen)]
pub async fn my_profile() -> Result<Profile, AppError> {
    let caller = Caller::signed_in().await?;
    own_profile(&caller).await
}

/// Saves the Profile form; `revision` is the one it was loaded with. Returns the new one.
#[server(prefix = "/sf", endpoint = "me/save_profile", input = Json)]
pub async fn save_profile(input: ProfileInput, revision: i64) -> Result<i64, AppError> {
    let caller = Caller::signed_in().await?;
    let valid = input.validate().map_err(AppError::Validation)?;
    profile::save(&caller.me(), valid, revision).await
}

/// A PNG or JPEG as a `data:` URL (at most 5 MB); stored shrunk, as a PNG without metadata.
#[server(prefix = "/sf", endpoint = "me/picture", input = Json)]
pub async fn upload_picture(data_url: String) -> Result<Profile, AppError> {
    let caller = Caller::signed_in().await?;
    let bytes = logos::data_url_bytes(&data_url, "picture")?;
    drop(data_url);
    // Decoding and resizing are CPU work: off the threads that serve other requests.
    let png = tokio::task::spawn_blocking(move || picture::normalise(&bytes))
        .await
        .map_err(|_| AppError::Internal)??;
    picture::set(&caller.me(), Some(png)).await?;
    own_profile(&caller).await
}

#[server(prefix = "/sf", endpoint = "me/picture_remove", input = Json)]
pub async fn remove_picture() -> Result<Profile, AppError> {
    let caller = Caller::signed_in().await?;
    picture::set(&caller.me(), None).await?;
    own_profile(&caller).await
}

/// What the profile functions answer with: the caller's profile as it is now.
#[cfg(feature = "ssr")]
async fn own_profile(caller: &Caller) -> Result<Profile, AppError> {
    profile::get(
        &caller.state.db,
        &caller.resolved.user.id,
        caller.account_id(),
    )
    .await
}
