use super::{
    AccountInvoices, AccountModules, AccountPlan, LinkSellerForm, NewBuyerForm, RequireOperations,
};
use crate::components::{ConfirmDialog, FormMessage};
use crate::i18n::{t, t_args, t_msg, t_word};
use crate::model::{status_class, BuyerDto, OpsAccountDetails};
use crate::pages::buyers::BuyerStatusAction;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

#[component]
pub fn OpsAccountPage() -> impl IntoView {
    view! { <RequireOperations><OpsAccount/></RequireOperations> }
}

#[component]
fn OpsAccount() -> impl IntoView {
    let params = use_params_map();
    let details = RwSignal::new(None::<OpsAccountDetails>);
    let error = RwSignal::new(None::<String>);
    let load = move || {
        let id = params.with_untracked(|p| p.get("id").unwrap_or_default());
        leptos::task::spawn_local(async move {
            match crate::api::ops_get_account(id).await {
                Ok(d) => details.set(Some(d)),
                Err(e) => error.set(Some(e.to_string())),
            }
        });
    };
    Effect::new(move |_| {
        params.track();
        load();
    });
    let reload = Callback::new(move |_| load());
    // Only loading → loaded re-renders the page; later changes update it in place.
    let loaded = Memo::new(move |_| details.with(Option::is_some));
    view! {
        <p><A href="/operations/accounts">{t("operations-back-accounts")}</A></p>
        {move || match (loaded.get(), error.get()) {
            (_, Some(e)) => view! { <p class="alert alert-error" role="alert">{t_msg(&e)}</p> }.into_any(),
            (false, None) => view! { <p class="loading" role="status">{t("operations-loading-account")}</p> }.into_any(),
            (true, None) => view! { <AccountDetail details reload/> }.into_any(),
        }}
    }
}

#[component]
fn AccountDetail(
    details: RwSignal<Option<OpsAccountDetails>>,
    reload: Callback<()>,
) -> impl IntoView {
    let d = move || details.get().unwrap_or_default();
    let snapshot = d();
    let id = snapshot.account.id.clone();
    let open = RwSignal::new(false);
    let message = RwSignal::new(None::<(bool, String)>);
    let enabled = move || d().account.status == "Active";
    let text = Signal::derive(move || {
        if enabled() {
            t_args(
                "operations-disable-account-confirm",
                &[("name", d().account.name)],
            )
        } else {
            t_args(
                "operations-enable-account-confirm",
                &[("name", d().account.name)],
            )
        }
    });
    let account_id = StoredValue::new(id.clone());
    let toggle = Callback::new(move |_| {
        let enable = !enabled();
        leptos::task::spawn_local(async move {
            match crate::api::ops_set_account_enabled(account_id.get_value(), enable).await {
                Ok(row) => {
                    message.set(Some((
                        true,
                        t_args(
                            "operations-now-status",
                            &[
                                ("name", row.name.clone()),
                                ("status", t_word("status", &row.status)),
                            ],
                        ),
                    )));
                    details.update(|d| {
                        if let Some(d) = d {
                            d.account = row
                        }
                    });
                }
                Err(e) => message.set(Some((false, e.to_string()))),
            }
        });
    });
    // Only a new or renamed buyer re-creates the link form (and its message).
    let buyer_names = Memo::new(move |_| {
        d().buyers
            .into_iter()
            .map(|b| (b.id, b.name))
            .collect::<Vec<_>>()
    });
    let on_linked = Callback::new(move |fresh: OpsAccountDetails| details.set(Some(fresh)));
    view! {
        <div class="page-header">
            <h1>{move || d().account.name}</h1>
            <p class="page-subtitle"><span class="mono">{id.clone()}</span>" · "{move || t_word("operations-kind", &d().account.kind)}" · "
                <span class=move || status_class(&d().account.status)>{move || t_word("status", &d().account.status)}</span></p>
            <div class="page-actions">
                <button type="button" class=move || if enabled() { "btn btn-danger" } else { "btn" } on:click=move |_| open.set(true)>
                    {move || if enabled() { t("operations-disable-account") } else { t("operations-enable-account") }}
                </button>
            </div>
        </div>
        <FormMessage message/>
        <ConfirmDialog open title=t("operations-account-status-title") message=text confirm_label=t("common-confirm") on_confirm=toggle danger=true/>
        <AccountModules details account_id=id.clone()/>
        <AccountPlan details account_id=id.clone()/>
        <AccountInvoices account_id=id.clone()/>
        <section class="card" aria-labelledby="ops-buyers">
            <h2 id="ops-buyers">{t("operations-buyers")}</h2>
            {move || d().buyers.into_iter().map(|b| view! { <OpsBuyerRow buyer=b account_id=account_id.get_value()/> }).collect_view()}
            <Show when=move || d().buyers.is_empty()><p class="empty">{t("operations-no-buyers")}</p></Show>
        </section>
        <NewBuyerForm account_id=id.clone() on_created=reload/>
        <section class="card" aria-labelledby="ops-sellers">
            <h2 id="ops-sellers">{t("operations-linked-sellers")}</h2>
            <ul class="plain-list">
                {move || d().sellers.into_iter().map(|s| view! {
                    <li>{s.name.clone()}" "<span class="muted mono">{s.id.clone()}</span>" · "{t("operations-seller-buyers")}" "
                        {if s.buyers.is_empty() { t("operations-none").to_string() } else { s.buyers.iter().map(|b| b.name.clone()).collect::<Vec<_>>().join(", ") }}</li>
                }).collect_view()}
            </ul>
            <Show when=move || d().sellers.is_empty()><p class="empty">{t("operations-no-sellers")}</p></Show>
        </section>
        {move || view! { <LinkSellerForm account_id=account_id.get_value() buyers=buyer_names.get() on_linked/> }}
    }
}

#[component]
fn OpsBuyerRow(buyer: BuyerDto, account_id: String) -> impl IntoView {
    let b = RwSignal::new(Some(buyer));
    let cur = move || b.get().unwrap_or_default();
    view! {
        <div class="list-row" role="group" aria-label=move || cur().name>
            <div>
                <strong>{move || cur().name}</strong>" "<span class="muted mono">{move || cur().id}</span>" "
                <span class=move || status_class(cur().status.as_str())>{move || t_word("status", cur().status.as_str())}</span>
                <br/><span class="muted">{move || t_args("operations-buyer-summary", &[("tax", cur().tax_number), ("address", cur().address.one_line()), ("count", cur().licensees.to_string())])}</span>
            </div>
            <BuyerStatusAction buyer=b ops_account=account_id/>
        </div>
    }
}
