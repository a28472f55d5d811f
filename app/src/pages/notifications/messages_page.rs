use super::category_name;
use crate::components::RequireModule;
use crate::i18n::{t, t_msg, t_word};
use crate::model::{Category, MessageQuery};
use crate::permissions::Module;
use crate::util::{format_datetime, url_encode};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

const STATUSES: [&str; 4] = ["Queued", "Sent", "Failed", "Discarded"];

/// The URL of the log with these filters (the page's state lives in the URL).
fn href(status: &str, category: &str, search: &str, after: &str) -> String {
    let parts: Vec<String> = [
        ("status", status),
        ("category", category),
        ("q", search),
        ("after", after),
    ]
    .into_iter()
    .filter(|(_, v)| !v.is_empty())
    .map(|(k, v)| format!("{k}={}", url_encode(v)))
    .collect();
    format!("/settings/notifications/messages?{}", parts.join("&"))
}

/// Messages: every e-mail the account sent, queued or discarded, newest first.
#[component]
pub fn MessagesPage() -> impl IntoView {
    view! { <RequireModule module=Module::Notifications><MessagesInner/></RequireModule> }
}

#[component]
fn MessagesInner() -> impl IntoView {
    let query = use_query_map();
    let param = move |k: &str| query.with(|q| q.get(k).unwrap_or_default());
    let navigate = use_navigate();
    let page = LocalResource::new(move || {
        let some = |s: String| (!s.is_empty()).then_some(s);
        let q = MessageQuery {
            status: some(param("status")),
            category: some(param("category")),
            search: some(param("q")),
            after: some(param("after")),
            limit: 25,
        };
        crate::api::list_messages(q)
    });
    let search = RwSignal::new(param("q"));
    let go = move |status: String, category: String, q: String| {
        navigate(&href(&status, &category, &q, ""), Default::default());
    };
    let go2 = go.clone();
    let go3 = go.clone();
    view! {
        <p><A href="/settings/notifications">{t("notifications-back")}</A></p>
        <div class="page-header">
            <h1>{t("notifications-messages-title")}</h1>
            <p class="page-subtitle">{t("notifications-messages-subtitle")}</p>
        </div>
        <form class="filters" role="search" on:submit=move |ev| { ev.prevent_default(); go(param("status"), param("category"), search.get_untracked()); }>
            <label for="msg-search">{t("common-search")}</label>
            <input id="msg-search" type="search" prop:value=move || search.get() on:input=move |ev| search.set(event_target_value(&ev))
                placeholder=t("notifications-search-placeholder")/>
            <label for="msg-status">{t("common-status")}</label>
            <select id="msg-status" on:change=move |ev| go2(event_target_value(&ev), param("category"), param("q"))>
                <option value="">{t("common-all")}</option>
                {STATUSES.into_iter().map(|s| view! { <option value=s selected=move || param("status") == s>{t_word("status", s)}</option> }).collect_view()}
            </select>
            <label for="msg-category">{t("notifications-col-category")}</label>
            <select id="msg-category" on:change=move |ev| go3(param("status"), event_target_value(&ev), param("q"))>
                <option value="">{t("common-all")}</option>
                {Category::ALL.into_iter().map(|c| view! { <option value=c.key() selected=move || param("category") == c.key()>{category_name(c.key())}</option> }).collect_view()}
            </select>
            <button type="submit" class="btn">{t("common-search")}</button>
        </form>
        {move || match page.get() {
            None => view! { <p class="loading" role="status">{t("common-loading")}</p> }.into_any(),
            Some(Err(e)) => view! { <p class="alert alert-error" role="alert">{t_msg(&e.to_string())}</p> }.into_any(),
            Some(Ok(p)) => {
                let empty = p.rows.is_empty();
                let next = p.next.clone().map(|after| href(&param("status"), &param("category"), &param("q"), &after));
                let first = (!param("after").is_empty()).then(|| href(&param("status"), &param("category"), &param("q"), ""));
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
                        {p.rows.into_iter().map(|m| {
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
                    <nav class="pager" aria-label=t("notifications-pages")>
                        {first.map(|h| view! { <A href=h>{t("notifications-newest")}</A> })}
                        {next.map(|h| view! { <A href=h>{t("notifications-older")}</A> })}
                    </nav>
                }.into_any()
            }
        }}
    }
}
