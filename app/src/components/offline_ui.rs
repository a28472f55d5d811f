//! What the offline layer shows: the connection in the header, the banner over kept data, the
//! note beside a Save that cannot be made, a draft's Restore / Discard, and the field-by-field
//! choice after a conflict.

use crate::i18n::{t, t_args};
use crate::offline::fields::json_text;
use crate::offline::fields::{differences, json_members, shown};
use crate::offline::{connection, is_offline, kept_at, Connection, Draft};
use crate::util::format_datetime;
use leptos::prelude::*;
use serde::{de::DeserializeOwned, Serialize};

/// Online / Offline / Server unreachable, as text; "Back online" is announced.
#[component]
pub fn ConnectionIndicator() -> impl IntoView {
    let announce = RwSignal::new(String::new());
    Effect::new(move |before: Option<Connection>| {
        let now = connection();
        if before.is_some_and(|b| b != Connection::Online) && now == Connection::Online {
            announce.set(t("offline-back-online").into());
        } else if now != Connection::Online {
            announce.set(String::new());
        }
        now
    });
    let label = move || match connection() {
        Connection::Online => t("offline-state-online"),
        Connection::Offline => t("offline-state-offline"),
        Connection::Unreachable => t("offline-state-unreachable"),
    };
    let class = move || match connection() {
        Connection::Online => "connection connection-online",
        Connection::Offline => "connection connection-offline",
        Connection::Unreachable => "connection connection-unreachable",
    };
    view! {
        <span class=class data-testid="connection">
            <span class="connection-dot" aria-hidden="true"></span>
            {label}
        </span>
        <span class="visually-hidden" role="status" aria-live="polite">{move || announce.get()}</span>
    }
}

/// Over a page answered from what was kept: offline since when, or back online (reload).
#[component]
pub fn KeptDataBanner() -> impl IntoView {
    let reload = move |_| {
        #[cfg(not(feature = "ssr"))]
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    };
    view! {
        {move || match (kept_at(), is_offline()) {
            (Some(at), true) => Some(view! {
                <div class="banner banner-offline" role="status">
                    {t_args("offline-showing-kept", &[("time", format_datetime(at as i64))])}
                </div>
            }.into_any()),
            (Some(at), false) => Some(view! {
                <div class="banner banner-offline" role="status">
                    <span>{t_args("offline-kept-back-online", &[("time", format_datetime(at as i64))])}</span>
                    <button type="button" class="btn btn-sm" on:click=reload>{t("offline-refresh")}</button>
                </div>
            }.into_any()),
            (None, true) => Some(view! {
                <div class="banner banner-offline" role="status">{t("banner-offline")}</div>
            }.into_any()),
            (None, false) => None,
        }}
    }
}

/// Beside a Save that cannot be made offline: why (the button is disabled meanwhile). `id`
/// lets the button point at it with `aria-describedby`; ids are unique, so only one note on a
/// page should have one.
#[component]
pub fn OfflineNote(#[prop(optional)] id: Option<&'static str>) -> impl IntoView {
    view! {
        <Show when=is_offline>
            <p class="hint offline-note" id=id>{t("offline-save-note")}</p>
        </Show>
    }
}

/// "Unsaved changes from 10:42: Restore / Discard" while a kept draft is on offer.
#[component]
pub fn DraftOffer<T>(draft: Draft<T>, on_restore: Callback<()>) -> impl IntoView
where
    T: Clone + PartialEq + Serialize + DeserializeOwned + Send + Sync + 'static,
{
    let at = Signal::derive(move || draft.offered_at());
    view! { <DraftOfferLine at on_restore on_discard=Callback::new(move |_| draft.discard())/> }
}

/// The line itself, once for every type of form.
#[component]
fn DraftOfferLine(
    at: Signal<Option<f64>>,
    on_restore: Callback<()>,
    on_discard: Callback<()>,
) -> impl IntoView {
    view! {
        {move || at.get().map(|at| view! {
            <div class="alert alert-info draft-offer" role="status">
                <span>{t_args("offline-draft-offer", &[("time", format_datetime(at as i64))])}</span>
                <button type="button" class="btn btn-sm btn-primary" on:click=move |_| on_restore.run(())>{t("offline-restore")}</button>
                <button type="button" class="btn btn-sm" on:click=move |_| on_discard.run(())>{t("offline-discard")}</button>
            </div>
        })}
    }
}

/// After a conflict: each differing field with "theirs" and "yours" to choose from; the
/// choice becomes the form's entries (based on their revision) and is saved.
#[component]
pub fn ConflictChoice<T>(
    theirs: T,
    yours: T,
    label: fn(&str) -> String,
    on_choose: Callback<T>,
    on_cancel: Callback<()>,
) -> impl IntoView
where
    T: Clone + Serialize + DeserializeOwned + Send + Sync + 'static,
{
    let diffs = differences(&theirs, &yours);
    let base = json_members(&json_text(&yours));
    let chosen = Callback::new(move |merged: String| {
        if let Ok(v) = serde_json::from_slice::<T>(merged.as_bytes()) {
            on_choose.run(v);
        }
    });
    view! { <ConflictFields diffs base label on_choose=chosen on_cancel/> }
}

/// The comparison itself, once for every type of form; answers the merged entries as JSON.
#[component]
fn ConflictFields(
    diffs: Vec<(String, String, String)>,
    base: Vec<(String, String)>,
    label: fn(&str) -> String,
    on_choose: Callback<String>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let picks = RwSignal::new(vec![true; diffs.len()]);
    let rows = diffs.clone();
    let choose = move |_| {
        let members: Vec<String> = picks.with_untracked(|p| {
            base.iter()
                .map(|(k, v)| {
                    let value = diffs
                        .iter()
                        .zip(p)
                        .find(|((n, _, _), _)| n == k)
                        .map(|((_, theirs, yours), mine)| if *mine { yours } else { theirs })
                        .unwrap_or(v);
                    format!("{}:{value}", json_text(k))
                })
                .collect()
        });
        on_choose.run(format!("{{{}}}", members.join(",")));
    };
    view! {
        <section class="card conflict-choice" aria-labelledby="conflict-title">
            <h2 id="conflict-title">{t("offline-conflict-title")}</h2>
            <p>{t("offline-conflict-text")}</p>
            {rows.into_iter().enumerate().map(|(i, (k, theirs, yours))| {
                let name = format!("conflict-{k}");
                let set = move |mine: bool| picks.update(|p| p[i] = mine);
                view! {
                    <fieldset class="conflict-field">
                        <legend>{label(&k)}</legend>
                        <label>
                            <input type="radio" name=name.clone() prop:checked=move || !picks.with(|p| p[i]) on:change=move |_| set(false)/>
                            {t_args("offline-conflict-theirs", &[("value", shown(&theirs))])}
                        </label>
                        <label>
                            <input type="radio" name=name prop:checked=move || picks.with(|p| p[i]) on:change=move |_| set(true)/>
                            {t_args("offline-conflict-yours", &[("value", shown(&yours))])}
                        </label>
                    </fieldset>
                }
            }).collect_view()}
            <div class="form-actions">
                <button type="button" class="btn" on:click=move |_| on_cancel.run(())>{t("common-cancel")}</button>
                <button type="button" class="btn btn-primary" on:click=choose>{t("offline-conflict-use")}</button>
            </div>
        </section>
    }
}

/// "Install app" where the browser offers it (sw-register.js keeps the prompt event).
#[component]
pub fn InstallButton() -> impl IntoView {
    let offered = RwSignal::new(false);
    #[cfg(not(feature = "ssr"))]
    {
        use wasm_bindgen::JsValue;
        let has = || {
            web_sys::window()
                .and_then(|w| js_sys::Reflect::get(&w, &JsValue::from_str("__installPrompt")).ok())
                .is_some_and(|v| !v.is_undefined() && !v.is_null())
        };
        offered.set(has());
        let h = window_event_listener_untyped("install-available", move |_| offered.set(has()));
        on_cleanup(move || h.remove());
    }
    let install = move |_| {
        #[cfg(not(feature = "ssr"))]
        {
            use wasm_bindgen::{JsCast, JsValue};
            if let Some(w) = web_sys::window() {
                if let Ok(f) = js_sys::Reflect::get(&w, &JsValue::from_str("__installApp")) {
                    if let Some(f) = f.dyn_ref::<js_sys::Function>() {
                        let _ = f.call0(&JsValue::NULL);
                    }
                }
            }
        }
        offered.set(false);
    };
    view! {
        <Show when=move || offered.get()>
            <button type="button" class="btn btn-sm install-app" on:click=install>{t("offline-install")}</button>
        </Show>
    }
}
