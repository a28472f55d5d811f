use super::{CategoryTable, SenderCard};
use crate::components::RequireModule;
use crate::i18n::{t, t_msg};
use crate::permissions::{Level, Module};
use crate::state::use_session;
use leptos::prelude::*;
use leptos_router::components::A;

/// Notifications: who gets which e-mail, in whose name, with which footer.
#[component]
pub fn NotificationsPage() -> impl IntoView {
    view! { <RequireModule module=Module::Notifications><NotificationsInner/></RequireModule> }
}

#[component]
fn NotificationsInner() -> impl IntoView {
    let ctx = use_session();
    let can_edit = Memo::new(move |_| {
        ctx.session.with(|s| {
            s.as_ref()
                .is_some_and(|s| s.allows(Module::Notifications, Level::Edit))
        })
    });
    let reload = RwSignal::new(0u32);
    let settings = LocalResource::new(move || {
        reload.track();
        crate::api::notification_settings()
    });
    // Kept here, not in the cards: a save reloads the settings, which re-creates the cards.
    let sender_message = RwSignal::new(None::<(bool, String)>);
    let category_message = RwSignal::new(None::<(bool, String)>);
    let on_saved = Callback::new(move |_| reload.update(|n| *n += 1));
    view! {
        <div class="page-header">
            <h1>{t("notifications-title")}</h1>
            <p class="page-subtitle">{t("notifications-subtitle")}</p>
        </div>
        <div class="toolbar">
            <A href="/settings/notifications/messages" attr:class="btn">{t("notifications-messages-link")}</A>
        </div>
        {move || match settings.get() {
            None => view! { <p class="loading" role="status">{t("common-loading")}</p> }.into_any(),
            Some(Err(e)) => view! { <p class="alert alert-error" role="alert">{t_msg(&e.to_string())}</p> }.into_any(),
            Some(Ok(s)) => view! {
                <SenderCard settings=s.clone() can_edit=can_edit.get_untracked() message=sender_message on_saved/>
                <CategoryTable settings=s can_edit=can_edit.get_untracked() message=category_message on_saved/>
            }.into_any(),
        }}
    }
}
