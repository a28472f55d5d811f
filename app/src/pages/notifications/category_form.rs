use super::category_name;
use crate::components::{FormMessage, TextAreaField};
use crate::error::{AppError, FieldErrors};
use crate::i18n::{t, t_args};
use crate::model::{Category, CategoryRow, RecipientRef};
use crate::validation::check_category;
use leptos::prelude::*;
use std::collections::BTreeSet;

/// One category: on or off (with a note saying why), whether members may opt out, and who
/// receives the account's e-mails of this category.
#[component]
pub fn CategoryForm(
    row: CategoryRow,
    choices: Vec<RecipientRef>,
    message: RwSignal<Option<(bool, String)>>,
    on_saved: Callback<()>,
    on_close: Callback<()>,
) -> impl IntoView {
    let name = category_name(&row.key);
    let key = row.key.clone();
    let category = Category::parse(&row.key);
    let enabled = RwSignal::new(row.enabled);
    let required = RwSignal::new(row.required);
    let note = RwSignal::new(row.note.clone());
    let picked: RwSignal<BTreeSet<String>> = RwSignal::new(
        row.recipients
            .iter()
            .map(|r| format!("{}:{}", r.kind, r.id))
            .collect(),
    );
    let errors = RwSignal::new(FieldErrors::new());
    let form_message = RwSignal::new(None::<(bool, String)>);
    let busy = RwSignal::new(false);
    let revision = row.revision;
    let can_disable = row.can_disable;
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(category) = category else { return };
        if let Err(e) = check_category(category, enabled.get_untracked(), &note.get_untracked()) {
            errors.set(e);
            return;
        }
        busy.set(true);
        let key = key.clone();
        leptos::task::spawn_local(async move {
            let recipients: Vec<String> = picked.get_untracked().into_iter().collect();
            let result = crate::api::save_notification_category(
                key,
                enabled.get_untracked(),
                note.get_untracked(),
                required.get_untracked(),
                recipients,
                revision,
            )
            .await;
            busy.set(false);
            match result {
                Ok(_) => {
                    message.set(Some((true, t("notifications-category-saved").to_string())));
                    on_close.run(());
                    on_saved.run(());
                }
                Err(AppError::Validation(e)) => errors.set(e),
                Err(e) => form_message.set(Some((false, e.to_string()))),
            }
        });
    };
    let checkbox = move |choice: RecipientRef| {
        let value = format!("{}:{}", choice.kind, choice.id);
        let v2 = value.clone();
        view! {
            <label class="check">
                <input type="checkbox" prop:checked=move || picked.with(|p| p.contains(&value))
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        picked.update(|p| { if on { p.insert(v2.clone()); } else { p.remove(&v2); } });
                    }/>
                {choice.label}
            </label>
        }
    };
    let (users, groups): (Vec<_>, Vec<_>) = choices.into_iter().partition(|c| c.kind == "user");
    view! {
        <form class="form-grid category-form" on:submit=submit novalidate
            aria-label=t_args("notifications-edit-category", &[("category", name.clone())])>
            <h3 class="span-2">{name.clone()}</h3>
            <label class="check span-2">
                <input type="checkbox" name="enabled" disabled=!can_disable prop:checked=move || enabled.get()
                    on:change=move |ev| enabled.set(event_target_checked(&ev))/>
                {t("notifications-enabled")}
            </label>
            {(!can_disable).then(|| view! { <p class="muted span-2">{t("notifications-cannot-disable")}</p> })}
            <p class="field-error span-2" aria-live="polite">{move || errors.with(|e| e.get("enabled").map(|m| crate::i18n::t_msg(m)))}</p>
            <TextAreaField label=t("notifications-note") name="note" span2=true value=Signal::derive(move || note.get())
                on_input=Callback::new(move |v| note.set(v)) error=Signal::derive(move || errors.with(|e| e.get("note").cloned()))
                hint=t("notifications-note-hint")/>
            <label class="check span-2">
                <input type="checkbox" name="required" prop:checked=move || required.get()
                    on:change=move |ev| required.set(event_target_checked(&ev))/>
                {t("notifications-required")}
            </label>
            <fieldset class="span-2 recipients">
                <legend>{t("notifications-recipient-users")}</legend>
                {users.into_iter().map(checkbox).collect_view()}
            </fieldset>
            <fieldset class="span-2 recipients">
                <legend>{t("notifications-recipient-groups")}</legend>
                {groups.into_iter().map(checkbox).collect_view()}
            </fieldset>
            <p class="muted span-2">{t("notifications-recipients-help")}</p>
            <FormMessage message=form_message/>
            <div class="form-actions span-2">
                <button type="button" class="btn" on:click=move |_| on_close.run(())>{t("common-cancel")}</button>
                <button type="submit" class="btn btn-primary" disabled=move || busy.get() || crate::offline::is_offline()>
                    {move || if busy.get() { t("common-saving") } else { t("notifications-category-save") }}
                </button>
            </div>
        </form>
    }
}
