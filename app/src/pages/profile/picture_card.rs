use crate::error::AppError;
use crate::i18n::{t, t_msg};
use crate::model::Profile;
use crate::state::use_session;
use crate::validation::MAX_PICTURE_BYTES;
use leptos::prelude::*;

/// The profile picture: choose a PNG or JPEG, see it, save it (the server shrinks it to
/// 256 px and strips its metadata), or remove it.
#[component]
pub fn PictureCard() -> impl IntoView {
    let ctx = use_session();
    // The session knows the picture (the header shows it too), so it is the one source.
    let saved = Memo::new(move |_| {
        ctx.session.with(|s| {
            s.as_ref().and_then(|s| {
                s.picture_at
                    .map(|at| format!("/assets/avatar/{}?v={at}", s.user_id))
            })
        })
    });
    let chosen = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    let status = RwSignal::new(None::<&'static str>);
    let busy = RwSignal::new(false);
    let finish = move |r: Result<Profile, AppError>, done: &'static str| match r {
        Ok(_) => leptos::task::spawn_local(async move {
            if let Ok(s) = crate::api::current_session().await {
                ctx.set(s);
            }
            chosen.set(None);
            error.set(None);
            status.set(Some(done));
            busy.set(false);
        }),
        Err(e) => {
            error.set(Some(
                e.field_errors()
                    .get("picture")
                    .cloned()
                    .unwrap_or_else(|| e.to_string()),
            ));
            busy.set(false);
        }
    };
    let on_file = move |ev: leptos::ev::Event| {
        status.set(None);
        #[cfg(not(feature = "ssr"))]
        {
            let input = event_target::<web_sys::HtmlInputElement>(&ev);
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            if !matches!(file.type_().as_str(), "image/png" | "image/jpeg") {
                error.set(Some(t("profile-picture-kind").into()));
                return;
            }
            if file.size() as usize > MAX_PICTURE_BYTES {
                error.set(Some(t("profile-picture-too-large").into()));
                return;
            }
            error.set(None);
            crate::components::read_data_url(file, move |data| match data {
                Some(url) => chosen.set(Some(url)),
                None => error.set(Some(t("profile-picture-unreadable").into())),
            });
        }
        #[cfg(feature = "ssr")]
        let _ = (ev, MAX_PICTURE_BYTES);
    };
    let upload = move |_| {
        let Some(url) = chosen.get_untracked() else {
            return;
        };
        busy.set(true);
        leptos::task::spawn_local(async move {
            finish(
                crate::api::upload_picture(url).await,
                t("profile-picture-saved"),
            )
        });
    };
    let remove = move |_| {
        busy.set(true);
        leptos::task::spawn_local(async move {
            finish(
                crate::api::remove_picture().await,
                t("profile-picture-removed"),
            )
        });
    };
    let shown = move || chosen.get().or_else(|| saved.get());
    view! {
        <section class="card" aria-labelledby="picture-title">
            <h2 id="picture-title">{t("profile-picture")}</h2>
            <div class="logo-field">
                {move || match shown() {
                    Some(src) => view! { <img class="logo-preview avatar-preview" src=src alt=t("profile-picture-alt")/> }.into_any(),
                    None => view! { <div class="logo-preview avatar-preview empty" role="img" aria-label=t("profile-picture-none")></div> }.into_any(),
                }}
                <div>
                    <label class="btn" for="picture-file">{t("profile-picture-choose")}</label>
                    <input id="picture-file" class="visually-hidden" type="file" accept="image/png,image/jpeg"
                        aria-describedby="picture-hint picture-error" disabled=move || busy.get() on:change=on_file/>
                    <Show when=move || chosen.with(Option::is_some)>
                        <button type="button" class="btn btn-primary" on:click=upload disabled=move || busy.get()>{t("profile-picture-save")}</button>
                        <button type="button" class="btn btn-ghost" on:click=move |_| chosen.set(None) disabled=move || busy.get()>{t("common-cancel")}</button>
                    </Show>
                    <Show when=move || chosen.with(Option::is_none) && saved.with(Option::is_some)>
                        <button type="button" class="btn btn-ghost" on:click=remove disabled=move || busy.get()>{t("profile-picture-remove")}</button>
                    </Show>
                    <p class="field-hint" id="picture-hint">{t("profile-picture-hint")}</p>
                    <p class="field-error" id="picture-error" role="alert">{move || error.get().map(|e| t_msg(&e))}</p>
                    <p class="muted" role="status">{move || status.get()}</p>
                </div>
            </div>
        </section>
    }
}
