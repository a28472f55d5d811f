use super::new_secret::NewSecret;
use super::rotate_form::RotateForm;
use super::token_filters::{filter_from_query, to_href, TokenFilters, PAGE_SIZES};
use super::token_form::TokenForm;
use super::token_policy::TokenPolicyCard;
use super::tokens_table::{TokenAction, TokensTable};
use crate::components::{run_bulk, BulkBar, ConfirmDialog, Modal, RequireModule, Selection};
use crate::i18n::{t, t_args, t_msg};
use crate::model::{NewToken, TokenDto, TokenFilter, TokenStatusChange};
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

/// Every token that matches the filters (all pages), written by the server.
fn export(filter: TokenFilter) {
    leptos::task::spawn_local(async move {
        if let Ok(csv) = crate::api::export_tokens_csv(filter).await {
            crate::util::download("api-tokens.csv", "text/csv", &csv);
        }
    });
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
        ctx.session
            .with(|s| s.as_ref().map(|s| s.usable()).unwrap_or_default())
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
    let selection = Selection::new();
    let shown = RwSignal::new(Vec::<TokenDto>::new());
    Effect::new(move |_| {
        if let Some(Ok(p)) = page.get() {
            shown.set(p.rows.clone());
            selection.clear();
        }
    });
    let bulk_confirm = RwSignal::new(false);
    let bulk_status = RwSignal::new(TokenStatusChange::Disabled);
    let run_bulk_action = Callback::new(move |_| {
        let to = bulk_status.get_untracked();
        let items: Vec<(String, TokenDto)> = shown
            .get_untracked()
            .into_iter()
            .filter(|t| selection.has(&t.id))
            .map(|t| (t.name.clone(), t))
            .collect();
        leptos::task::spawn_local(async move {
            let (ok, text) = run_bulk(items, move |tk: TokenDto| async move {
                crate::api::set_token_status(tk.id, to).await.map(|_| ())
            })
            .await;
            selection.clear();
            done(ok, text);
        });
    });
    let ask_bulk = move |to: TokenStatusChange| {
        bulk_status.set(to);
        bulk_confirm.set(true);
    };
    let bulk_message = Signal::derive(move || {
        let key = if bulk_status.get() == TokenStatusChange::Deleted {
            "tokens-bulk-confirm-delete"
        } else {
            "tokens-bulk-confirm-disable"
        };
        let args = [("count", selection.len().to_string())];
        t_args(key, &args)
    });

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
            Some((TokenAction::Disable, tk)) => {
                t_args("tokens-confirm-disable", &[("name", tk.name.clone())])
            }
            Some((TokenAction::Enable, tk)) => {
                t_args("tokens-confirm-enable", &[("name", tk.name.clone())])
            }
            Some((TokenAction::Delete, tk)) => {
                t_args("tokens-confirm-delete", &[("name", tk.name.clone())])
            }
            _ => String::new(),
        })
    });
    let run_pending = Callback::new(move |_| {
        let Some((action, tk)) = pending.get_untracked() else {
            return;
        };
        let status_to = match action {
            TokenAction::Enable => TokenStatusChange::Active,
            TokenAction::Disable => TokenStatusChange::Disabled,
            TokenAction::Delete => TokenStatusChange::Deleted,
            TokenAction::Rotate => return,
        };
        leptos::task::spawn_local(async move {
            match crate::api::set_token_status(tk.id.clone(), status_to).await {
                Ok(_) => done(
                    true,
                    t_args(
                        match action {
                            TokenAction::Enable => "tokens-enabled",
                            TokenAction::Disable => "tokens-disabled",
                            _ => "tokens-deleted",
                        },
                        &[("name", tk.name.clone())],
                    ),
                ),
                Err(e) => done(false, t_msg(&e.to_string())),
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
            <h1>{t("tokens-title")}</h1>
            <p class="page-subtitle">{t("tokens-subtitle")}</p>
            <div class="page-actions">
                <A href="/settings/api-reference">{t("tokens-api-title")}</A>
                <button type="button" class="btn" on:click=move |_| export(filter.get_untracked())>{t("common-export-csv")}</button>
                <Show when=can_edit>
                    <button type="button" class="btn btn-primary" on:click=move |_| create_open.set(true)>{t("tokens-create")}</button>
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
        <BulkBar selection>
            <button type="button" class="btn btn-sm" on:click=move |_| ask_bulk(TokenStatusChange::Disabled)>{t("common-disable")}</button>
            <button type="button" class="btn btn-sm btn-danger" on:click=move |_| ask_bulk(TokenStatusChange::Deleted)>{t("common-delete")}</button>
        </BulkBar>
        <ConfirmDialog open=bulk_confirm title=t("tokens-bulk-confirm-title") message=bulk_message confirm_label=t("common-confirm") danger=true on_confirm=run_bulk_action/>
        {move || match page.get() {
            None => view! { <p class="loading" role="status">{t("tokens-loading")}</p> }.into_any(),
            Some(Err(e)) => view! { <p class="alert alert-error" role="alert">{t_msg(&e.to_string())}</p> }.into_any(),
            Some(Ok(p)) => {
                let f = filter.get();
                let next = p.next_cursor.clone().map(|c| to_href(&TokenFilter { cursor: Some(c), ..f.clone() }));
                let first = f.cursor.is_some().then(|| to_href(&TokenFilter { cursor: None, ..f.clone() }));
                let empty = p.rows.is_empty();
                view! {
                    {(!empty).then(|| view! { <TokensTable rows=p.rows can_edit=can_edit() on_action selection/> })}
                    {empty.then(|| view! { <p class="empty">{t("tokens-empty")}</p> })}
                    <nav class="pager" aria-label=t("tokens-pages-label")>
                        <label for="tokens-page-size">{t("common-rows-per-page")}</label>
                        <select id="tokens-page-size" on:change=on_size.clone()>
                            {PAGE_SIZES.iter().map(|s| view! { <option value=s.to_string() selected=*s == f.limit>{s.to_string()}</option> }).collect_view()}
                        </select>
                        {first.map(|h| view! { <A href=h>{t("tokens-first-page")}</A> })}
                        {next.map(|h| view! { <A href=h>{t("tokens-next-page")}</A> })}
                    </nav>
                }.into_any()
            }
        }}
        <Show when=can_cap>
            {move || policy.get().and_then(Result::ok).map(|p| view! {
                <TokenPolicyCard policy=p on_saved=Callback::new(move |_| reload.update(|n| *n += 1))/>
            })}
        </Show>
        <Modal open=create_open title=t("tokens-create-title")>
            {move || {
                let max_days = policy.get().and_then(Result::ok).and_then(|p| p.max_days);
                view! { <TokenForm holder=perms() max_days on_created=Callback::new(show_secret)/> }
            }}
        </Modal>
        <Modal open=rotate_open title=t("tokens-rotate-title")>
            {move || pending.get().filter(|(a, _)| *a == TokenAction::Rotate).map(|(_, t)| view! {
                <RotateForm token=t on_rotated=Callback::new(show_secret)/>
            })}
        </Modal>
        <ConfirmDialog open=confirm_open title=t("tokens-confirm-title") message=confirm_message confirm_label=t("common-confirm") danger=true on_confirm=run_pending/>
    }
}
