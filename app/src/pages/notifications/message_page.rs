use super::category_name;
use crate::components::{
    details_tabs, use_tab, DetailTabs, DetailsHeader, RecordFacts, RequireModule,
};
use crate::i18n::{t, t_msg};
use crate::model::{Category, MessageDetails};
use crate::pages::audit::ObjectAuditTrail;
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
    let tab = use_tab("general");
    let category = Category::ALL
        .into_iter()
        .find(|c| c.name() == m.category)
        .map(|c| category_name(c.key()))
        .unwrap_or_else(|| m.category.clone());
    let stored = StoredValue::new(m.clone());
    let general = move || {
        let m = stored.get_value();
        view! {
            <section class="card" aria-labelledby="message-facts">
                <h2 id="message-facts">{t("common-general")}</h2>
                <dl class="facts">
                    <dt>{t("notifications-col-recipient")}</dt><dd>{m.recipient.clone()}</dd>
                    <dt>{t("notifications-col-category")}</dt><dd>{category.clone()}</dd>
                    <dt>{t("notifications-language")}</dt><dd>{m.language.clone()}</dd>
                    <dt>{t("notifications-queued-at")}</dt><dd>{format_datetime(m.created_at)}</dd>
                    <dt>{t("notifications-sent-at")}</dt><dd>{m.sent_at.map(format_datetime).unwrap_or_else(|| "—".into())}</dd>
                    <dt>{t("notifications-attempts")}</dt><dd>{m.attempts}</dd>
                    {m.attachment.clone().map(|a| view! { <dt>{t("notifications-attachment")}</dt><dd>{a}</dd> })}
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
    };
    view! {
        <DetailsHeader title=m.subject.clone() id=m.id.clone() status=m.status.clone()/>
        <DetailTabs tabs=details_tabs(&[]) current=tab/>
        {move || {
            let m = stored.get_value();
            match tab.get().as_str() {
                // A message changes only by being sent (or failing): the system, not a person.
                "details" => view! {
                    <RecordFacts id=m.id.clone() created_at=m.created_at updated_at=m.sent_at.unwrap_or(m.created_at)/>
                }.into_any(),
                "audit" => view! { <ObjectAuditTrail object_id=m.id/> }.into_any(),
                _ => general().into_any(),
            }
        }}
    }
}
