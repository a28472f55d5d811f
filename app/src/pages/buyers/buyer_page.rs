use super::{BuyerDisabledNotice, BuyerEditForm, BuyerLogoCard, BuyerStatusAction};
use crate::components::{use_tab, DetailTabs, RequireModule};
use crate::i18n::{t, t_args, t_msg, t_word};
use crate::model::{status_class, BuyerDto};
use crate::pages::audit::ObjectAuditTrail;
use crate::pages::licensees::LicenseesTable;
use crate::permissions::{Level, Module};
use crate::state::use_session;
use crate::util::format_datetime;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

#[component]
pub fn BuyerPage() -> impl IntoView {
    view! { <RequireModule module=Module::Buyers><BuyerView/></RequireModule> }
}

#[component]
fn BuyerView() -> impl IntoView {
    let params = use_params_map();
    let buyer = RwSignal::new(None::<BuyerDto>);
    let error = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        let id = params.with(|p| p.get("id").unwrap_or_default());
        leptos::task::spawn_local(async move {
            match crate::api::get_buyer(id).await {
                Ok(b) => buyer.set(Some(b)),
                Err(e) => error.set(Some(e.to_string())),
            }
        });
    });
    // Only loading → loaded re-renders the page; later changes update it in place.
    let loaded = Memo::new(move |_| buyer.with(Option::is_some));
    view! {
        <p><A href="/settings/buyers">{t("buyers-back")}</A></p>
        {move || match (loaded.get(), error.get()) {
            (_, Some(e)) => view! { <p class="alert alert-error" role="alert">{t_msg(&e)}</p> }.into_any(),
            (false, None) => view! { <p class="loading" role="status">{t("buyers-loading-one")}</p> }.into_any(),
            (true, None) => view! { <BuyerDetail buyer/> }.into_any(),
        }}
    }
}

#[component]
fn BuyerDetail(buyer: RwSignal<Option<BuyerDto>>) -> impl IntoView {
    let ctx = use_session();
    let allows = move |m: Module, l: Level| {
        ctx.session
            .with(|s| s.as_ref().is_some_and(|s| s.allows(m, l)))
    };
    let can_edit = Signal::derive(move || allows(Module::Buyers, Level::Edit));
    let tab = use_tab("general");
    let b = Signal::derive(move || buyer.get().unwrap_or_default());
    let id = buyer.get_untracked().map(|b| b.id).unwrap_or_default();
    let id2 = id.clone();
    view! {
        <div class="page-header">
            <h1>{move || b.get().name}</h1>
            <p class="page-subtitle"><span class="mono">{move || b.get().id}</span>" · "
                <span class=move || status_class(b.get().status.as_str())>{move || t_word("status", b.get().status.as_str())}</span></p>
            <Show when=move || can_edit.get()>
                <div class="page-actions"><BuyerStatusAction buyer/></div>
            </Show>
        </div>
        <BuyerDisabledNotice buyer=b/>
        <DetailTabs tabs=vec![("general", t("common-general")), ("sellers", t("buyers-sellers")), ("licensees", t("buyers-licensees")), ("details", t("common-details")), ("audit", t("common-audit-trail"))] current=tab/>
        {move || match tab.get().as_str() {
            "sellers" => view! { <BuyerSellers buyer=b/> }.into_any(),
            "licensees" => if allows(Module::Licensees, Level::View) {
                view! { <LicenseesTable buyer_id=id2.clone()/> }.into_any()
            } else {
                view! { <p class="alert alert-info">{t("buyers-no-licensee-access")}</p> }.into_any()
            },
            "details" => view! { <BuyerFacts buyer=b/> }.into_any(),
            "audit" => view! { <ObjectAuditTrail object_id=id.clone()/> }.into_any(),
            _ => view! {
                <section class="card" aria-labelledby="buyer-general">
                    <h2 id="buyer-general">{t("common-general")}</h2>
                    <dl class="facts">
                        <dt>{t("buyers-legal-name")}</dt><dd>{move || b.get().name}</dd>
                        <dt>{t("buyers-tax-number")}</dt><dd class="mono">{move || b.get().tax_number}</dd>
                        <dt>{t("buyers-licensees")}</dt><dd>{move || b.get().licensees}</dd>
                    </dl>
                </section>
                <BuyerLogoCard buyer can_edit/>
                <BuyerEditForm buyer can_edit/>
            }.into_any(),
        }}
    }
}

#[component]
fn BuyerSellers(buyer: Signal<BuyerDto>) -> impl IntoView {
    view! {
        <section class="card" aria-labelledby="buyer-sellers">
            <h2 id="buyer-sellers">{t("buyers-sellers")}</h2>
            <p class="muted">{t("buyers-sellers-intro")}</p>
            {move || {
                let sellers = buyer.get().sellers;
                if sellers.is_empty() {
                    view! { <p class="empty">{t("buyers-sellers-empty")}</p> }.into_any()
                } else {
                    view! { <ul class="plain-list">{sellers.into_iter().map(|s| view! {
                        <li><A href=format!("/settings/sellers/{}", s.id)>{s.name.clone()}</A>" "<span class="muted mono">{s.id.clone()}</span></li>
                    }).collect_view()}</ul> }.into_any()
                }
            }}
        </section>
    }
}

#[component]
fn BuyerFacts(buyer: Signal<BuyerDto>) -> impl IntoView {
    view! {
        <section class="card" aria-labelledby="buyer-details">
            <h2 id="buyer-details">{t("common-details")}</h2>
            <dl class="facts">
                <dt>{t("buyers-id")}</dt><dd class="mono">{move || buyer.get().id}</dd>
                <dt>{t("common-created")}</dt><dd>{move || t_args("buyers-when-by", &[("when", format_datetime(buyer.get().created_at)), ("who", buyer.get().created_by.unwrap_or_default())])}</dd>
                <dt>{t("buyers-last-updated")}</dt><dd>{move || t_args("buyers-when-by", &[("when", format_datetime(buyer.get().updated_at)), ("who", buyer.get().updated_by.unwrap_or_default())])}</dd>
            </dl>
        </section>
    }
}
