use super::token_edit::TokenEditForm;
use crate::components::{use_tab, DetailTabs, RequireModule};
use crate::model::TokenDto;
use crate::pages::audit::ObjectAuditTrail;
use crate::permissions::{Level, Module};
use crate::state::use_session;
use crate::util::format_utc;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

/// An API token's details. Actions stay on the list, where they sit next to the others.
#[component]
pub fn TokenPage() -> impl IntoView {
    view! { <RequireModule module=Module::ApiTokens><TokenView/></RequireModule> }
}

#[component]
fn TokenView() -> impl IntoView {
    let params = use_params_map();
    let token = LocalResource::new(move || {
        let id = params.with(|p| p.get("id").unwrap_or_default());
        crate::api::get_token(id)
    });
    // Outside the details, which are rebuilt when the saved token comes back.
    let saved = RwSignal::new(false);
    view! {
        <p><A href="/settings/api-tokens">"← API tokens"</A></p>
        <Show when=move || saved.get()>
            <p class="alert alert-success" role="status">"Token saved."</p>
        </Show>
        {move || match token.get() {
            None => view! { <p class="loading" role="status">"Loading the token…"</p> }.into_any(),
            Some(Err(e)) => view! { <p class="alert alert-error" role="alert">{e.to_string()}</p> }.into_any(),
            Some(Ok(t)) => view! { <TokenDetail token=t on_saved=Callback::new(move |_| { saved.set(true); token.refetch() })/> }.into_any(),
        }}
    }
}

#[component]
fn TokenDetail(token: TokenDto, on_saved: Callback<()>) -> impl IntoView {
    let tab = use_tab("general");
    let ctx = use_session();
    let can_edit = ctx.session.with_untracked(|s| {
        s.as_ref()
            .is_some_and(|s| s.permissions.allows(Module::ApiTokens, Level::Edit))
    }) && token.status != "Deleted";
    let t = token;
    let id = t.id.clone();
    let stored = StoredValue::new(t.clone());
    let general = move |t: TokenDto| {
        view! {
            <section class="card" aria-labelledby="token-general">
                <h2 id="token-general">"General"</h2>
                <dl class="facts">
                    <dt>"Description"</dt><dd>{if t.description.is_empty() { "—".to_string() } else { t.description.clone() }}</dd>
                    <dt>"Secret"</dt><dd class="mono">{t.hint.clone()}</dd>
                    <dt>"Modules"</dt><dd>{t.modules.iter().map(|(m, l)| format!("{} ({})", m.label(), l.as_str())).collect::<Vec<_>>().join(", ")}</dd>
                    <dt>"Status"</dt><dd><span class="badge">{t.status.clone()}</span></dd>
                    <dt>"Expires"</dt><dd>{format_utc(t.expires_at)}</dd>
                </dl>
            </section>
        }
    };
    let details = move |t: TokenDto| {
        view! {
            <section class="card" aria-labelledby="token-details">
                <h2 id="token-details">"Details"</h2>
                <dl class="facts">
                    <dt>"Created by"</dt><dd>{t.created_by_name.clone()}" "<span class="muted mono">{t.created_by_id.clone()}</span></dd>
                    <dt>"Created"</dt><dd>{format_utc(t.created_at)}</dd>
                    <dt>"Last used"</dt><dd>{t.last_used_at.map(format_utc).unwrap_or_else(|| "Never".into())}</dd>
                    <dt>"Revision"</dt><dd>{t.revision}</dd>
                </dl>
            </section>
        }
    };
    view! {
        <div class="page-header">
            <h1>{t.name.clone()}</h1>
            <p class="page-subtitle"><span class="mono">{t.id.clone()}</span>" · "{t.status.clone()}</p>
        </div>
        <DetailTabs tabs=vec![("general", "General"), ("details", "Details"), ("audit", "Audit trail")] current=tab/>
        {move || match tab.get().as_str() {
            "details" => details(stored.get_value()).into_any(),
            "audit" => view! { <ObjectAuditTrail object_id=id.clone()/> }.into_any(),
            _ => view! {
                {general(stored.get_value())}
                {can_edit.then(|| view! { <TokenEditForm token=stored.get_value() on_saved/> })}
            }.into_any(),
        }}
    }
}
