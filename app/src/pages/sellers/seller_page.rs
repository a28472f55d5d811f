use crate::components::{
    details_tabs, use_tab, DetailTabs, DetailsHeader, RecordFacts, RequireModule,
};
use crate::i18n::{t, t_msg};
use crate::model::SellerDto;
use crate::pages::audit::ObjectAuditTrail;
use crate::permissions::Module;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

#[component]
pub fn SellerPage() -> impl IntoView {
    view! { <RequireModule module=Module::Sellers><SellerView/></RequireModule> }
}

#[component]
fn SellerView() -> impl IntoView {
    let params = use_params_map();
    let seller = LocalResource::new(move || {
        let id = params.with(|p| p.get("id").unwrap_or_default());
        crate::api::get_seller(id)
    });
    view! {
        <p><A href="/settings/sellers">{t("sellers-back")}</A></p>
        {move || match seller.get() {
            None => view! { <p class="loading" role="status">{t("sellers-loading-one")}</p> }.into_any(),
            Some(Err(e)) => view! { <p class="alert alert-error" role="alert">{t_msg(&e.to_string())}</p> }.into_any(),
            Some(Ok(s)) => view! { <SellerDetail seller=s/> }.into_any(),
        }}
    }
}

#[component]
fn SellerDetail(seller: SellerDto) -> impl IntoView {
    let tab = use_tab("general");
    let s = StoredValue::new(seller.clone());
    let general = move || {
        let s = s.get_value();
        view! {
            <section class="card" aria-labelledby="seller-general">
                <h2 id="seller-general">{t("common-general")}</h2>
                <dl class="facts">
                    <dt>{t("sellers-address")}</dt><dd>{s.address.one_line()}</dd>
                    <dt>{t("sellers-currencies")}</dt><dd>{s.currencies.join(", ")}</dd>
                    <dt>{t("sellers-linked-buyers")}</dt>
                    <dd>{if s.buyers.is_empty() {
                        view! { {t("sellers-no-buyers")} }.into_any()
                    } else {
                        s.buyers.into_iter().map(|b| view! {
                            <A href=format!("/settings/buyers/{}", b.id) attr:class="chip">{b.name.clone()}</A>" "
                        }).collect_view().into_any()
                    }}</dd>
                </dl>
                <p class="muted">{t("sellers-managed")}</p>
            </section>
        }
    };
    view! {
        <DetailsHeader title=seller.name.clone() id=seller.id.clone() status=seller.status.as_str().to_string()/>
        <DetailTabs tabs=details_tabs(&[]) current=tab/>
        {move || {
            let s = s.get_value();
            match tab.get().as_str() {
                "details" => view! { <RecordFacts id=s.id created_at=s.created_at updated_at=s.updated_at/> }.into_any(),
                "audit" => view! { <ObjectAuditTrail object_id=s.id/> }.into_any(),
                _ => general().into_any(),
            }
        }}
    }
}
