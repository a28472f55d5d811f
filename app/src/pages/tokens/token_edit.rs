use crate::components::{DraftOffer, OfflineNote, TextAreaField, TextField};
use crate::error::{AppError, FieldErrors};
use crate::i18n::{t, t_msg};
use crate::model::{TokenDto, TokenUpdate};
use crate::offline::Draft;
use crate::validation::validate_details;
use leptos::prelude::*;

/// Renames a token or changes its description; its modules and expiry stay as they are.
/// Checked as typed with the server's own rules; a stale revision is a clear conflict.
#[component]
pub fn TokenEditForm(token: TokenDto, on_saved: Callback<()>) -> impl IntoView {
    let name = RwSignal::new(token.name.clone());
    let description = RwSignal::new(token.description.clone());
    let modules = token.modules.clone();
    let id = token.id.clone();
    let revision = token.revision;
    let touched = RwSignal::new(false);
    let server_errors = RwSignal::new(FieldErrors::new());
    let message = RwSignal::new(None::<String>);
    // The name and description as typed are kept on this device and offered back.
    let kept_revision = RwSignal::new(revision);
    let loaded = (token.name.clone(), token.description.clone());
    let kept = Draft::keep(
        Signal::derive({
            let key = format!("token:{}", token.id);
            move || Some(key.clone())
        }),
        Signal::derive(move || (name.get(), description.get())),
        Signal::derive(move || Some(loaded.clone())),
        kept_revision,
    );
    let check = {
        let modules = modules.clone();
        move || {
            let mut e = FieldErrors::new();
            validate_details(&name.get(), &description.get(), &modules, &mut e);
            e
        }
    };
    let check = StoredValue::new(check);
    let err = move |k: &'static str| {
        Signal::derive(move || {
            server_errors.with(|e| e.get(k).cloned()).or_else(|| {
                touched
                    .get()
                    .then(|| check.with_value(|c| c()).get(k).cloned())
                    .flatten()
            })
        })
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        touched.set(true);
        if !check.with_value(|c| c()).is_empty() {
            return;
        }
        let input = TokenUpdate {
            name: name.get_untracked(),
            description: description.get_untracked(),
            modules: modules.clone(),
            revision,
        };
        let id = id.clone();
        leptos::task::spawn_local(async move {
            match crate::api::update_token(id, input).await {
                Ok(_) => {
                    kept.discard();
                    server_errors.set(FieldErrors::new());
                    on_saved.run(());
                }
                Err(AppError::Validation(e)) => server_errors.set(e),
                Err(e) => message.set(Some(e.to_string())),
            }
        });
    };
    view! {
        <form class="card" aria-labelledby="token-edit-title" on:submit=submit novalidate>
            <h2 id="token-edit-title">{t("common-edit")}</h2>
            <DraftOffer draft=kept on_restore=Callback::new(move |_| kept.restore_with(|(n, d), _| { name.set(n); description.set(d); }))/>
            <TextField label=t("common-name") name="name" required=true value=name
                on_input=Callback::new(move |v| { server_errors.set(FieldErrors::new()); name.set(v) }) error=err("name")/>
            <TextAreaField label=t("tokens-description") name="description" value=description
                on_input=Callback::new(move |v| { server_errors.set(FieldErrors::new()); description.set(v) }) error=err("description")/>
            <div class="form-actions">
                <OfflineNote/>
                <button type="submit" class="btn btn-primary" disabled=crate::offline::is_offline>{t("tokens-save")}</button>
            </div>
            {move || message.get().map(|m| view! { <p class="alert alert-error" role="alert">{t_msg(&m)}</p> })}
        </form>
    }
}
