use super::category_name;
use crate::components::{
    use_list_query, KeysetPager, ListFilters, ListQuery, ListSearch, RequireModule,
};
use crate::i18n::{t, t_msg, t_word};
use crate::model::{Category, MessageQuery, MessageRow};
use crate::permissions::Module;
use crate::util::{download, format_datetime};
use leptos::prelude::*;
use leptos_router::components::A;

const STATUSES: [&str; 4] = ["Queued", "Sent", "Failed", "Discarded"];
const FILTERS: &[&str] = &["status", "category"];

/// The log's query from the list kit's URL state (newest first: the log's only order).
fn query(list: ListQuery) -> MessageQuery {
    let p = list.params(FILTERS);
    MessageQuery {
        status: p.filters.get("status").cloned(),
        category: p.filters.get("category").cloned(),
        search: Some(p.q).filter(|q| !q.is_empty()),
        after: p.cursor,
        limit: p.limit as u32,
    }
}

/// Every message that matches the filters (all pages), written by the server.
fn export(list: ListQuery) {
    let q = query(list);
    leptos::task::spawn_local(async move {
        if let Ok(csv) = crate::api::export_messages_csv(q).await {
            download("messages.csv", "text/csv", &csv);
        }
    });
}

/// Messages: every e-mail the account sent, queued or discarded, newest first.
#[component]
pub fn MessagesPage() -> impl IntoView {
    view! { <RequireModule module=Module::Notifications><MessagesInner/></RequireModule> }
}

#[component]
fn MessagesInner() -> impl IntoView {
    let list = use_list_query();
    let page = LocalResource::new(move || crate::api::list_messages(query(list)));
    view! {
        <p><A href="/settings/notifications">{t("notifications-back")}</A></p>
        <div class="page-header">
            <h1>{t("notifications-messages-title")}</h1>
            <p class="page-subtitle">{t("notifications-messages-subtitle")}</p>
            <div class="page-actions">
                <button type="button" class="btn" on:click=move |_| export(list)>{t("common-export-csv")}</button>
            </div>
        </div>
        <ListFilters list names=FILTERS>
            <ListSearch list label=t("common-search") placeholder=t("notifications-search-placeholder")/>
            <label>{t("common-status")}
                <select on:change=move |ev| list.set("status", event_target_value(&ev))>
                    <option value="">{t("common-all")}</option>
                    {STATUSES.into_iter().map(|s| view! { <option value=s selected=move || list.get("status") == s>{t_word("status", s)}</option> }).collect_view()}
                </select>
            </label>
            <label>{t("notifications-col-category")}
                <select on:change=move |ev| list.set("category", event_target_value(&ev))>
                    <option value="">{t("common-all")}</option>
                    {Category::ALL.into_iter().map(|c| view! { <option value=c.key() selected=move || list.get("category") == c.key()>{category_name(c.key())}</option> }).collect_view()}
                </select>
            </label>
        </ListFilters>
        {move || match page.get() {
            None => view! { <p class="loading" role="status">{t("common-loading")}</p> }.into_any(),
            Some(Err(e)) => view! { <p class="alert alert-error" role="alert">{t_msg(&e.to_string())}</p> }.into_any(),
            Some(Ok(p)) => view! { <MessageRows rows=p.rows/> <KeysetPager list next=p.next/> }.into_any(),
        }}
    }
}

#[component]
fn MessageRows(rows: Vec<MessageRow>) -> impl IntoView {
    let empty = rows.is_empty();
    view! {
        <div class="table-wrap">
            <table class="data-table">
                <caption class="visually-hidden">{t("notifications-messages-title")}</caption>
                <thead><tr>
                    <th scope="col">{t("notifications-col-sent")}</th>
                    <th scope="col">{t("notifications-col-recipient")}</th>
                    <th scope="col">{t("notifications-col-subject")}</th>
                    <th scope="col">{t("notifications-col-category")}</th>
                    <th scope="col">{t("common-status")}</th>
                </tr></thead>
                <tbody>
                {rows.into_iter().map(|m| {
                    let key = Category::ALL.into_iter().find(|c| c.name() == m.category).map(|c| c.key()).unwrap_or_default();
                    view! {
                    <tr>
                        <td>{format_datetime(m.created_at)}</td>
                        <td>{m.recipient.clone()}</td>
                        <td><A href=format!("/settings/notifications/messages/{}", m.id)>{m.subject.clone()}</A></td>
                        <td>{if key.is_empty() { m.category.clone() } else { category_name(key) }}</td>
                        <td><span class=format!("badge status-{}", m.status.to_lowercase())>{t_word("status", &m.status)}</span></td>
                    </tr>
                }}).collect_view()}
                </tbody>
            </table>
        </div>
        {empty.then(|| view! { <p class="empty">{t("notifications-no-messages")}</p> })}
    }
}
