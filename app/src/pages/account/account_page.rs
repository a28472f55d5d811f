use super::account_form::AccountForm;
use super::credentials_card::CredentialsCard;
use super::logo_card::LogoCard;
use crate::components::{use_tab, DetailTabs, RequireModule};
use crate::error::AppError;
use crate::model::AccountDto;
use crate::pages::audit::ObjectAuditTrail;
use crate::permissions::{Level, Module};
use crate::state::use_session;
use crate::util::{format_utc, storage};
use leptos::prelude::*;

const CACHE_KEY: &str = "as.account";

/// What the page shows: fresh data, or the last-seen copy when the network is gone.
#[derive(Clone)]
enum Loaded {
    Fresh(AccountDto),
    Stale(AccountDto),
    Failed(AppError),
}

#[component]
pub fn AccountPage() -> impl IntoView {
    view! {
        <RequireModule module=Module::Account>
            <AccountPageInner/>
        </RequireModule>
    }
}

#[component]
fn AccountPageInner() -> impl IntoView {
    let ctx = use_session();
    let can_edit = Signal::derive(move || {
        ctx.session.with(|s| {
            s.as_ref()
                .is_some_and(|s| s.permissions.allows(Module::Account, Level::Edit))
        })
    });
    let data = LocalResource::new(|| async {
        match crate::api::get_account().await {
            Ok(dto) => {
                storage::set_json(CACHE_KEY, &dto);
                Loaded::Fresh(dto)
            }
            Err(AppError::Network) => match storage::get_json::<AccountDto>(CACHE_KEY) {
                Some(dto) => Loaded::Stale(dto),
                None => Loaded::Failed(AppError::Network),
            },
            Err(e) => Loaded::Failed(e),
        }
    });
    let tab = use_tab("general");
    // The saved account, shared by the cards so a logo upload or a save refreshes the header.
    let account = RwSignal::new(None::<AccountDto>);
    let stale = RwSignal::new(false);
    Effect::new(move |_| match data.get() {
        Some(Loaded::Fresh(dto)) => {
            stale.set(false);
            account.set(Some(dto));
        }
        Some(Loaded::Stale(dto)) => {
            stale.set(true);
            account.set(Some(dto));
        }
        _ => {}
    });

    view! {
        <div class="page-header">
            <h1>"Account"</h1>
            <p class="page-subtitle">"Your organization's details, address and API credentials."</p>
        </div>
        {move || match data.get() {
            None => view! { <p class="loading" role="status">"Loading account…"</p> }.into_any(),
            Some(Loaded::Failed(e)) => view! { <p class="alert alert-error" role="alert">{e.to_string()}</p> }.into_any(),
            Some(_) => view! {
                <Show when=move || stale.get()>
                    <p class="alert alert-warning" role="status">
                        "Offline: this is the account as this device last saw it. Editing needs a connection."
                    </p>
                </Show>
                {move || account.get().map(|a| view! {
                    <p class="muted">
                        {format!("{} · {} account · {} · last updated {}{}", a.id, a.kind, a.status, format_utc(a.updated_at),
                            a.updated_by.clone().map(|b| format!(" by {b}")).unwrap_or_default())}
                    </p>
                })}
                <DetailTabs tabs=vec![("general", "General"), ("audit", "Audit trail")] current=tab/>
                <Show when=move || tab.get() != "audit" fallback=move || view! {
                    {move || account.get().map(|a| view! { <ObjectAuditTrail object_id=a.id/> })}
                }>
                    <div class="grid-2">
                        <LogoCard account can_edit=Signal::derive(move || can_edit.get() && !stale.get())/>
                        <Show when=move || can_edit.get()>
                            <CredentialsCard account stale/>
                        </Show>
                    </div>
                    <AccountForm account can_edit stale/>
                </Show>
            }.into_any(),
        }}
    }
}
