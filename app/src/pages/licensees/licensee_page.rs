use super::{LicenseeEditForm, LicenseeNotice, LicenseeStatusAction};
use crate::components::{use_tab, DetailTabs, RequireModule};
use crate::model::{status_class, LicenseeDto};
use crate::pages::audit::ObjectAuditTrail;
use crate::permissions::{Level, Module};
use crate::state::use_session;
use crate::util::format_utc;
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
        <p><A href="/settings/licensees">"← Licensees"</A></p>
        {move || match (loaded.get(), error.get()) {
            (_, Some(e)) => view! { <p class="alert alert-error" role="alert">{e}</p> }.into_any(),
            (false, None) => view! { <p class="loading" role="status">"Loading the licensee…"</p> }.into_any(),
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
                .is_some_and(|s| s.permissions.allows(Module::Licensees, Level::Edit))
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
                <span class=move || status_class(l.get().status.as_str())>{move || l.get().status.as_str()}</span>
                {move || (!l.get().available).then(|| view! { " " <span class="badge badge-red">"Unavailable"</span> })}</p>
            <Show when=move || can_edit.get()>
                <div class="page-actions"><LicenseeStatusAction licensee/></div>
            </Show>
        </div>
        <Show when=move || query.with(|q| q.get("created").is_some())>
            <p class="alert alert-success" role="status">"Licensee created."</p>
        </Show>
        <LicenseeNotice licensee=l/>
        <DetailTabs tabs=vec![("general", "General"), ("details", "Details"), ("audit", "Audit trail")] current=tab/>
        {move || match tab.get().as_str() {
            "details" => view! {
                <section class="card" aria-labelledby="licensee-details">
                    <h2 id="licensee-details">"Details"</h2>
                    <dl class="facts">
                        <dt>"Licensee id"</dt><dd class="mono">{move || l.get().id}</dd>
                        <dt>"Created"</dt><dd>{move || format!("{} by {}", format_utc(l.get().created_at), l.get().created_by.unwrap_or_default())}</dd>
                        <dt>"Last updated"</dt><dd>{move || format!("{} by {}", format_utc(l.get().updated_at), l.get().updated_by.unwrap_or_default())}</dd>
                    </dl>
                </section>
            }.into_any(),
            "audit" => view! { <ObjectAuditTrail object_id=id.clone()/> }.into_any(),
            _ => view! {
                <section class="card" aria-labelledby="licensee-general">
                    <h2 id="licensee-general">"General"</h2>
                    <dl class="facts">
                        <dt>"Buyer"</dt><dd><A href=move || format!("/settings/buyers/{}", l.get().buyer.id)>{move || l.get().buyer.name}</A>
                            " " <span class=move || status_class(l.get().buyer_status.as_str())>{move || l.get().buyer_status.as_str()}</span></dd>
                        <dt>"Seller"</dt><dd><A href=move || format!("/settings/sellers/{}", l.get().seller.id)>{move || l.get().seller.name}</A></dd>
                        <dt>"Address"</dt><dd>{move || l.get().address.one_line()}</dd>
                        <dt>"Contact"</dt><dd>{move || l.get().contact.display()}</dd>
                    </dl>
                    <p class="muted">"The buyer and seller are fixed once a licensee is created."</p>
                </section>
                <LicenseeEditForm licensee can_edit/>
            }.into_any(),
        }}
    }
}
