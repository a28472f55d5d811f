use super::{LicenseeEditForm, LicenseeNotice, LicenseeStatusAction};
use crate::components::{use_tab, DetailTabs, LogoCard, RequireModule};
use crate::i18n::{t, t_args, t_msg, t_word};
use crate::model::{status_class, LicenseeDto};
use crate::pages::audit::ObjectAuditTrail;
use crate::permissions::{Level, Module};
use crate::state::use_session;
use crate::util::format_datetime;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn LicenseePage() -> impl IntoView {
    view! { <RequireModule module=Module::Licensees><LicenseeView/></RequireModule> }
}

#[component]
fn LicenseeView() -> impl IntoView {
    let params = use_params_map();
    let licensee = RwSignal::new(None::<LicenseeDto>);
    let error = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        let id = params.with(|p| p.get("id").unwrap_or_default());
        leptos::task::spawn_local(async move {
            match crate::api::get_licensee(id).await {
                Ok(l) => licensee.set(Some(l)),
                Err(e) => error.set(Some(e.to_string())),
            }
        });
    });
    // Only loading → loaded re-renders the page; later changes update it in place.
    let loaded = Memo::new(move |_| licensee.with(Option::is_some));
    view! {
        <p><A href="/settings/licensees">{t("licensees-back")}</A></p>
        {move || match (loaded.get(), error.get()) {
            (_, Some(e)) => view! { <p class="alert alert-error" role="alert">{t_msg(&e)}</p> }.into_any(),
            (false, None) => view! { <p class="loading" role="status">{t("licensees-loading-one")}</p> }.into_any(),
            (true, None) => view! { <LicenseeDetail licensee/> }.into_any(),
        }}
    }
}

#[component]
fn LicenseeDetail(licensee: RwSignal<Option<LicenseeDto>>) -> impl IntoView {
    let ctx = use_session();
    let can_edit = Signal::derive(move || {
        ctx.session.with(|s| {
            s.as_ref()
                .is_some_and(|s| s.allows(Module::Licensees, Level::Edit))
        })
    });
    let query = use_query_map();
    let tab = use_tab("general");
    let l = Signal::derive(move || licensee.get().unwrap_or_default());
    let id = l.get_untracked().id;
    view! {
        <div class="page-header">
            <h1>{move || l.get().name}</h1>
            <p class="page-subtitle"><span class="mono">{move || l.get().id}</span>" · "
                <span class=move || status_class(l.get().status.as_str())>{move || t_word("status", l.get().status.as_str())}</span>
                {move || (!l.get().available).then(|| view! { " " <span class="badge badge-red">{t("status-unavailable")}</span> })}</p>
            <Show when=move || can_edit.get()>
                <div class="page-actions"><LicenseeStatusAction licensee/></div>
            </Show>
        </div>
        <Show when=move || query.with(|q| q.get("created").is_some())>
            <p class="alert alert-success" role="status">{t("licensees-created")}</p>
        </Show>
        <LicenseeNotice licensee=l/>
        <DetailTabs tabs=vec![("general", t("common-general")), ("details", t("common-details")), ("audit", t("common-audit-trail"))] current=tab/>
        {move || match tab.get().as_str() {
            "details" => view! {
                <section class="card" aria-labelledby="licensee-details">
                    <h2 id="licensee-details">{t("common-details")}</h2>
                    <dl class="facts">
                        <dt>{t("licensees-id")}</dt><dd class="mono">{move || l.get().id}</dd>
                        <dt>{t("common-created")}</dt><dd>{move || t_args("licensees-when-by", &[("when", format_datetime(l.get().created_at)), ("who", l.get().created_by.unwrap_or_default())])}</dd>
                        <dt>{t("licensees-last-updated")}</dt><dd>{move || t_args("licensees-when-by", &[("when", format_datetime(l.get().updated_at)), ("who", l.get().updated_by.unwrap_or_default())])}</dd>
                    </dl>
                </section>
            }.into_any(),
            "audit" => view! { <ObjectAuditTrail object_id=id.clone()/> }.into_any(),
            _ => view! {
                <section class="card" aria-labelledby="licensee-general">
                    <h2 id="licensee-general">{t("common-general")}</h2>
                    <dl class="facts">
                        <dt>{t("licensees-buyer")}</dt><dd><A href=move || format!("/settings/buyers/{}", l.get().buyer.id)>{move || l.get().buyer.name}</A>
                            " " <span class=move || status_class(l.get().buyer_status.as_str())>{move || t_word("status", l.get().buyer_status.as_str())}</span></dd>
                        <dt>{t("licensees-seller")}</dt><dd><A href=move || format!("/settings/sellers/{}", l.get().seller.id)>{move || l.get().seller.name}</A></dd>
                        <dt>{t("licensees-address")}</dt><dd>{move || l.get().address.one_line()}</dd>
                        <dt>{t("licensees-contact")}</dt><dd>{move || l.get().contact.display()}</dd>
                    </dl>
                    <p class="muted">{t("licensees-fixed")}</p>
                </section>
                <LicenseeLogo licensee can_edit/>
                <LicenseeEditForm licensee can_edit/>
            }.into_any(),
        }}
    }
}

/// The licensee's logo card.
#[component]
fn LicenseeLogo(licensee: RwSignal<Option<LicenseeDto>>, can_edit: Signal<bool>) -> impl IntoView {
    let object_id = Signal::derive(move || {
        licensee.with(|l| l.as_ref().map(|l| l.id.clone()).unwrap_or_default())
    });
    let has_logo = licensee.with_untracked(|l| l.as_ref().is_some_and(|l| l.has_logo));
    view! {
        <LogoCard id="licensee-logo" title=t("licensees-logo") alt=t("licensees-logo-alt") object_id has_logo can_edit
            load=|id| Box::pin(crate::api::get_licensee_logo(id))
            save=|id, url| Box::pin(crate::api::set_licensee_logo(id, url))
            saved_has_logo=|l: &LicenseeDto| l.has_logo
            on_saved=Callback::new(move |l| licensee.set(Some(l)))/>
    }
}
