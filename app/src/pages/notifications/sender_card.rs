use crate::components::{
    DraftOffer, FormMessage, FormState, OfflineNote, TextAreaField, TextField,
};
use crate::error::{AppError, FieldErrors};
use crate::i18n::t;
use crate::model::NotificationSettings;
use crate::offline::Draft;
use crate::validation::check_mail_settings;
use leptos::prelude::*;

#[derive(Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
struct SenderDraft {
    sender_name: String,
    footer: String,
}

fn check(d: &SenderDraft) -> FieldErrors {
    check_mail_settings(&d.sender_name, &d.footer)
        .err()
        .unwrap_or_default()
}

/// The sender name and footer every e-mail of the account carries.
#[component]
pub fn SenderCard(
    settings: NotificationSettings,
    can_edit: bool,
    message: RwSignal<Option<(bool, String)>>,
    on_saved: Callback<()>,
) -> impl IntoView {
    let form = FormState::new(
        SenderDraft {
            sender_name: settings.sender_name.clone(),
            footer: settings.footer.clone(),
        },
        check,
    );
    let revision = settings.revision;
    // What is typed is kept on this device and offered back after a reload or offline.
    let loaded = form.draft.get_untracked();
    let kept = Draft::keep(
        Signal::derive(|| Some("notifications:sender".to_string())),
        form.draft,
        Signal::derive(move || Some(loaded.clone())),
        RwSignal::new(revision),
    );
    let conflict = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        message.set(None);
        if !form.ready() {
            return;
        }
        let d = form.draft.get_untracked();
        form.busy.set(true);
        leptos::task::spawn_local(async move {
            let result =
                crate::api::save_notification_settings(d.sender_name, d.footer, revision).await;
            form.busy.set(false);
            match result {
                Ok(_) => {
                    kept.discard();
                    message.set(Some((true, t("notifications-sender-saved").to_string())));
                    on_saved.run(());
                }
                Err(AppError::Conflict(text)) => {
                    conflict.set(true);
                    form.message.set(Some((false, text)));
                }
                Err(e) => form.failed(e),
            }
        });
    };
    let disabled = Signal::derive(move || !can_edit);
    view! {
        <section class="card" aria-labelledby="sender-title">
            <h2 id="sender-title">{t("notifications-sender-title")}</h2>
            <form class="form-grid" on:submit=submit novalidate>
                <div class="span-2"><DraftOffer draft=kept on_restore=Callback::new(move |_| kept.restore_with(|d, _| form.draft.set(d)))/></div>
                <TextField label=t("notifications-sender-name") name="sender_name" required=true
                    value=form.value(|d| d.sender_name.clone()) on_input=form.setter("sender_name", |d, v| d.sender_name = v)
                    error=form.error("sender_name") hint=t("notifications-sender-name-hint") disabled/>
                <TextAreaField label=t("notifications-footer") name="footer" span2=true
                    value=form.value(|d| d.footer.clone()) on_input=form.setter("footer", |d, v| d.footer = v)
                    error=form.error("footer") hint=t("notifications-footer-hint") disabled/>
                <FormMessage message=form.message/>
                <FormMessage message/>
                {can_edit.then(|| view! {
                    <div class="form-actions span-2">
                        <Show when=move || conflict.get()>
                            <button type="button" class="btn" on:click=move |_| on_saved.run(())>{t("common-load-latest")}</button>
                        </Show>
                        <OfflineNote/>
                        <button type="submit" class="btn btn-primary" disabled=move || form.busy.get() || conflict.get() || crate::offline::is_offline()>
                            {move || if form.busy.get() { t("common-saving") } else { t("notifications-sender-save") }}
                        </button>
                    </div>
                })}
            </form>
        </section>
    }
}
