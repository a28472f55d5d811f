use super::token_edit::TokenEditForm;
use crate::components::{use_tab, DetailTabs, RequireModule};
use crate::i18n::{t, t_dyn, t_msg, t_word};
use crate::model::TokenDto;
use crate::pages::audit::ObjectAuditTrail;
use crate::permissions::{Level, Module};
use crate::state::use_session;
use crate::util::format_datetime;
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
        <p><A href="/settings/api-tokens">{t("tokens-back")}</A></p>
        <Show when=move || saved.get()>
            <p class="alert alert-success" role="status">{t("tokens-saved")}</p>
        </Show>
        {move || match token.get() {
            None => view! { <p class="loading" role="status">{t("tokens-loading-one")}</p> }.into_any(),
            Some(Err(e)) => view! { <p class="alert alert-error" role="alert">{t_msg(&e.to_string())}</p> }.into_any(),
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
            .is_some_and(|s| s.allows(Module::ApiTokens, Level::Edit))
    }) && token.status != "Deleted";
    let tok = token;
    let id = tok.id.clone();
    let stored = StoredValue::new(tok.clone());
    let general = move |tok: TokenDto| {
        view! {
            <section class="card" aria-labelledby="token-general">
                <h2 id="token-general">{t("common-general")}</h2>
                <dl class="facts">
                    <dt>{t("tokens-description")}</dt><dd>{if tok.description.is_empty() { "—".to_string() } else { tok.description.clone() }}</dd>
                    <dt>{t("tokens-secret")}</dt><dd class="mono">{tok.hint.clone()}</dd>
                    <dt>{t("tokens-modules")}</dt><dd>{tok.modules.iter().map(|(m, l)| format!("{} ({})", t_word("module", m.label()), t_dyn(&format!("tokens-level-{}", l.as_str())))).collect::<Vec<_>>().join(", ")}</dd>
                    <dt>{t("common-status")}</dt><dd><span class="badge">{t_word("status", &tok.status)}</span></dd>
                    <dt>{t("tokens-expires")}</dt><dd>{format_datetime(tok.expires_at)}</dd>
                </dl>
            </section>
        }
    };
    let details = move |tok: TokenDto| {
        view! {
            <section class="card" aria-labelledby="token-details">
                <h2 id="token-details">{t("common-details")}</h2>
                <dl class="facts">
                    <dt>{t("tokens-created-by")}</dt><dd>{tok.created_by_name.clone()}" "<span class="muted mono">{tok.created_by_id.clone()}</span></dd>
                    <dt>{t("common-created")}</dt><dd>{format_datetime(tok.created_at)}</dd>
                    <dt>{t("tokens-last-used")}</dt><dd>{tok.last_used_at.map(format_datetime).unwrap_or_else(|| t("tokens-never").into())}</dd>
                    <dt>{t("tokens-revision")}</dt><dd>{tok.revision}</dd>
                </dl>
            </section>
        }
    };
    view! {
        <div class="page-header">
            <h1>{tok.name.clone()}</h1>
            <p class="page-subtitle"><span class="mono">{tok.id.clone()}</span>" · "{t_word("status", &tok.status)}</p>
        </div>
        <DetailTabs tabs=vec![("general", t("common-general")), ("details", t("common-details")), ("audit", t("common-audit-trail"))] current=tab/>
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
