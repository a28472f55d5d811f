use super::new_secret::NewSecret;
use super::rotate_form::RotateForm;
use super::token_filters::{filter_from_query, to_href, TokenFilters, PAGE_SIZES};
use super::token_form::TokenForm;
use super::token_policy::TokenPolicyCard;
use super::tokens_table::{TokenAction, TokensTable};
use crate::components::{ConfirmDialog, Modal, RequireModule};
use crate::model::{NewToken, TokenDto, TokenFilter};
use crate::permissions::{Level, Module};
use crate::state::use_session;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

#[component]
pub fn TokensPage() -> impl IntoView {
    view! {
        <RequireModule module=Module::ApiTokens>
            <TokensPageInner/>
        </RequireModule>
    }
}

#[component]
fn TokensPageInner() -> impl IntoView {
    let ctx = use_session();
    let filter = filter_from_query();
    let reload = RwSignal::new(0u32);
    let page = LocalResource::new(move || {
        let f = filter.get();
        reload.track();
        async move { crate::api::list_tokens(f).await }
    });
    let policy = LocalResource::new(move || {
        reload.track();
        crate::api::get_token_policy()
    });
    let perms = move || {
        ctx.session.with(|s| {
            s.as_ref()
                .map(|s| s.permissions.clone())
                .unwrap_or_default()
        })
    };
    let can_edit = move || perms().allows(Module::ApiTokens, Level::Edit);
    let can_cap = move || can_edit() && perms().allows(Module::Account, Level::Edit);
    let status = RwSignal::new(None::<(bool, String)>);
    let create_open = RwSignal::new(false);
    let rotate_open = RwSignal::new(false);
    let confirm_open = RwSignal::new(false);
    let pending = RwSignal::new(None::<(TokenAction, TokenDto)>);
    let secret = RwSignal::new(None::<NewToken>);
    let navigate = use_navigate();

    let done = move |ok: bool, text: String| {
        status.set(Some((ok, text)));
        reload.update(|n| *n += 1);
    };
    let on_action = Callback::new(move |(action, t): (TokenAction, TokenDto)| {
        pending.set(Some((action, t)));
        if action == TokenAction::Rotate {
            rotate_open.set(true);
        } else {
            confirm_open.set(true);
        }
    });
    let confirm_message = Signal::derive(move || {
        pending.with(|p| match p {
            Some((TokenAction::Disable, t)) => format!("Disable “{}”? Requests with it are refused until it is enabled again.", t.name),
            Some((TokenAction::Enable, t)) => format!("Enable “{}” again?", t.name),
            Some((TokenAction::Delete, t)) => format!("Delete “{}”? It stops working at once and cannot be restored; it stays listed under Deleted for the audit trail.", t.name),
            _ => String::new(),
        })
    });
    let run_pending = Callback::new(move |_| {
        let Some((action, t)) = pending.get_untracked() else {
            return;
        };
        let status_to = match action {
            TokenAction::Enable => "Active",
            TokenAction::Disable => "Disabled",
            TokenAction::Delete => "Deleted",
            TokenAction::Rotate => return,
        };
        leptos::task::spawn_local(async move {
            match crate::api::set_token_status(t.id.clone(), status_to.to_string()).await {
                Ok(_) => done(
                    true,
                    match action {
                        TokenAction::Enable => format!("Enabled “{}”.", t.name),
                        TokenAction::Disable => format!("Disabled “{}”.", t.name),
                        _ => format!("Deleted “{}”.", t.name),
                    },
                ),
                Err(e) => done(false, e.to_string()),
            }
        });
    });
    let on_size = move |ev: leptos::ev::Event| {
        let limit = event_target_value(&ev).parse().unwrap_or(25);
        navigate(
            &to_href(&TokenFilter {
                limit,
                cursor: None,
                ..filter.get_untracked()
            }),
            Default::default(),
        );
    };
    let show_secret = move |t: NewToken| {
        create_open.set(false);
        rotate_open.set(false);
        status.set(None);
        secret.set(Some(t));
        reload.update(|n| *n += 1);
    };

    view! {
        <div class="page-header">
            <h1>"API tokens"</h1>
            <p class="page-subtitle">"Tokens let scripts and other systems use the REST API with the modules you choose."</p>
            <div class="page-actions">
                <A href="/settings/api-reference">"API reference"</A>
                <Show when=can_edit>
                    <button type="button" class="btn btn-primary" on:click=move |_| create_open.set(true)>"Create token"</button>
                </Show>
            </div>
        </div>
        {move || secret.get().map(|t| view! {
            <NewSecret name=t.token.name.clone() secret=t.secret.clone() on_done=Callback::new(move |_| secret.set(None))/>
        })}
        {move || status.get().map(|(ok, text)| view! {
            <p class=if ok { "alert alert-success" } else { "alert alert-error" } role=if ok { "status" } else { "alert" }>{text}</p>
        })}
        <TokenFilters filter/>
        {move || match page.get() {
            None => view! { <p class="loading" role="status">"Loading tokens…"</p> }.into_any(),
            Some(Err(e)) => view! { <p class="alert alert-error" role="alert">{e.to_string()}</p> }.into_any(),
            Some(Ok(p)) => {
                let f = filter.get();
                let next = p.next_cursor.clone().map(|c| to_href(&TokenFilter { cursor: Some(c), ..f.clone() }));
                let first = f.cursor.is_some().then(|| to_href(&TokenFilter { cursor: None, ..f.clone() }));
                let empty = p.rows.is_empty();
                view! {
                    {(!empty).then(|| view! { <TokensTable rows=p.rows can_edit=can_edit() on_action/> })}
                    {empty.then(|| view! { <p class="empty">"No tokens match. Create one to use the REST API."</p> })}
                    <nav class="pager" aria-label="Token pages">
                        <label for="tokens-page-size">"Rows per page"</label>
                        <select id="tokens-page-size" on:change=on_size.clone()>
                            {PAGE_SIZES.iter().map(|s| view! { <option value=s.to_string() selected=*s == f.limit>{s.to_string()}</option> }).collect_view()}
                        </select>
                        {first.map(|h| view! { <A href=h>"First page"</A> })}
                        {next.map(|h| view! { <A href=h>"Next page"</A> })}
                    </nav>
                }.into_any()
            }
        }}
        <Show when=can_cap>
            {move || policy.get().and_then(Result::ok).map(|p| view! {
                <TokenPolicyCard policy=p on_saved=Callback::new(move |_| reload.update(|n| *n += 1))/>
            })}
        </Show>
        <Modal open=create_open title="Create API token">
            {move || {
                let max_days = policy.get().and_then(Result::ok).and_then(|p| p.max_days);
                view! { <TokenForm holder=perms() max_days on_created=Callback::new(show_secret)/> }
            }}
        </Modal>
        <Modal open=rotate_open title="Rotate token">
            {move || pending.get().filter(|(a, _)| *a == TokenAction::Rotate).map(|(_, t)| view! {
                <RotateForm token=t on_rotated=Callback::new(show_secret)/>
            })}
        </Modal>
        <ConfirmDialog open=confirm_open title="Please confirm" message=confirm_message confirm_label="Confirm" danger=true on_confirm=run_pending/>
    }
}
