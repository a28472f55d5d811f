use super::category_name;
use crate::components::RequireModule;
use crate::i18n::{t, t_msg, t_word};
use crate::model::{Category, MessageDetails};
use crate::permissions::Module;
use crate::util::format_datetime;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

/// One message of the log: its state, why it was discarded or is being retried, and its text.
#[component]
pub fn MessagePage() -> impl IntoView {
    view! { <RequireModule module=Module::Notifications><MessageView/></RequireModule> }
}

#[component]
fn MessageView() -> impl IntoView {
    let params = use_params_map();
    let message = LocalResource::new(move || {
        let id = params.with(|p| p.get("id").unwrap_or_default());
        crate::api::message_details(id)
    });
    view! {
        <p><A href="/settings/notifications/messages">{t("notifications-back-to-messages")}</A></p>
        {move || match message.get() {
            None => view! { <p class="loading" role="status">{t("common-loading")}</p> }.into_any(),
            Some(Err(e)) => view! { <p class="alert alert-error" role="alert">{t_msg(&e.to_string())}</p> }.into_any(),
            Some(Ok(m)) => view! { <MessageDetail m/> }.into_any(),
        }}
    }
}

#[component]
fn MessageDetail(m: MessageDetails) -> impl IntoView {
    let category = Category::ALL
        .into_iter()
        .find(|c| c.name() == m.category)
        .map(|c| category_name(c.key()))
        .unwrap_or_else(|| m.category.clone());
    view! {
        <div class="page-header">
            <h1>{m.subject.clone()}</h1>
            <p class="page-subtitle"><span class="mono">{m.id.clone()}</span>" · "
                <span class=format!("badge status-{}", m.status.to_lowercase())>{t_word("status", &m.status)}</span></p>
        </div>
        <section class="card" aria-labelledby="message-facts">
            <h2 id="message-facts">{t("common-details")}</h2>
            <dl class="facts">
                <dt>{t("notifications-col-recipient")}</dt><dd>{m.recipient.clone()}</dd>
                <dt>{t("notifications-col-category")}</dt><dd>{category}</dd>
                <dt>{t("notifications-language")}</dt><dd>{m.language.clone()}</dd>
                <dt>{t("notifications-queued-at")}</dt><dd>{format_datetime(m.created_at)}</dd>
                <dt>{t("notifications-sent-at")}</dt><dd>{m.sent_at.map(format_datetime).unwrap_or_else(|| "—".into())}</dd>
                <dt>{t("notifications-attempts")}</dt><dd>{m.attempts}</dd>
                {m.next_attempt_at.filter(|_| m.status == "Queued").map(|at| view! {
                    <dt>{t("notifications-next-attempt")}</dt><dd>{format_datetime(at)}</dd>
                })}
                {m.status_reason.clone().map(|r| view! { <dt>{t("notifications-reason")}</dt><dd>{r}</dd> })}
            </dl>
        </section>
        <section class="card" aria-labelledby="message-body">
            <h2 id="message-body">{t("notifications-body")}</h2>
            <pre class="mail-body">{m.body.clone()}</pre>
        </section>
    }
}
