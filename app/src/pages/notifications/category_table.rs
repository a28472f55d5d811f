use super::{category_name, CategoryForm};
use crate::components::FormMessage;
use crate::i18n::{t, t_args};
use crate::model::NotificationSettings;
use leptos::prelude::*;

/// The categories with their state, note and recipients; Edit opens one category's form.
#[component]
pub fn CategoryTable(
    settings: NotificationSettings,
    can_edit: bool,
    message: RwSignal<Option<(bool, String)>>,
    on_saved: Callback<()>,
) -> impl IntoView {
    let editing = RwSignal::new(None::<String>);
    let choices = settings.recipient_choices.clone();
    let rows = settings.categories.clone();
    let form_rows = settings.categories;
    view! {
        <section class="card" aria-labelledby="categories-title">
            <h2 id="categories-title">{t("notifications-categories-title")}</h2>
            <p class="muted">{t("notifications-categories-help")}</p>
            <FormMessage message/>
            <div class="table-wrap">
            <table class="data-table">
                <caption class="visually-hidden">{t("notifications-categories-title")}</caption>
                <thead><tr>
                    <th scope="col">{t("notifications-col-category")}</th>
                    <th scope="col">{t("common-status")}</th>
                    <th scope="col">{t("notifications-col-note")}</th>
                    <th scope="col">{t("notifications-col-recipients")}</th>
                    <th scope="col"><span class="visually-hidden">{t("common-actions")}</span></th>
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(|row| {
                        let name = category_name(&row.key);
                        let key = row.key.clone();
                        let recipients = if row.recipients.is_empty() {
                            t("notifications-no-recipients").to_string()
                        } else {
                            row.recipients.iter().map(|r| r.label.clone()).collect::<Vec<_>>().join(", ")
                        };
                        let edit_label = t_args("notifications-edit-category", &[("category", name.clone())]);
                        view! {
                            <tr>
                                <th scope="row">{name.clone()}
                                    {row.required.then(|| view! { " "<span class="badge badge-grey">{t("notifications-required-badge")}</span> })}
                                </th>
                                <td><span class=if row.enabled { "badge badge-green" } else { "badge badge-grey" }>
                                    {if row.enabled { t("status-enabled") } else { t("status-disabled") }}
                                </span></td>
                                <td>{row.note.clone()}</td>
                                <td>{recipients}</td>
                                <td>{can_edit.then(|| view! {
                                    <button type="button" class="btn btn-sm" aria-label=edit_label
                                        on:click=move |_| { message.set(None); editing.set(Some(key.clone())); }>{t("common-edit")}</button>
                                })}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            </div>
            {move || editing.get().and_then(|key| form_rows.iter().find(|r| r.key == key).cloned()).map(|row| view! {
                <CategoryForm row choices=choices.clone() message on_saved
                    on_close=Callback::new(move |_| editing.set(None))/>
            })}
        </section>
    }
}
