use super::{NewAccountForm, RequireOperations};
use crate::components::use_list_query;
use crate::i18n::{t, t_msg, t_word};
use crate::util::format_date;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn OpsAccountsPage() -> impl IntoView {
    view! { <RequireOperations><OpsAccounts/></RequireOperations> }
}

#[component]
fn OpsAccounts() -> impl IntoView {
    let list = use_list_query();
    let adding = RwSignal::new(false);
    let accounts = LocalResource::new(move || crate::api::ops_list_accounts(list.get("q")));
    let on_created = Callback::new(move |_| accounts.refetch());
    view! {
        <div class="page-header">
            <h1>{t("operations-accounts-title")}</h1>
            <p class="page-subtitle">{t("operations-accounts-subtitle")}</p>
            <div class="page-actions">
                <button type="button" class="btn btn-primary" aria-expanded=move || adding.get().to_string()
                    on:click=move |_| adding.update(|a| *a = !*a)>{t("operations-new-account")}</button>
            </div>
        </div>
        <Show when=move || adding.get()><NewAccountForm on_created/></Show>
        <div class="filters" role="search">
            <label>{t("common-search")}
                <input type="search" placeholder=t("operations-accounts-search-placeholder") prop:value=move || list.get("q")
                    on:change=move |ev| list.set("q", event_target_value(&ev))/>
            </label>
        </div>
        {move || match accounts.get() {
            None => view! { <p class="loading" role="status">{t("operations-loading-accounts")}</p> }.into_any(),
            Some(Err(e)) => view! { <p class="alert alert-error" role="alert">{t_msg(&e.to_string())}</p> }.into_any(),
            Some(Ok(rows)) => view! {
                <div class="table-wrap">
                    <table class="data-table" aria-label=t("operations-accounts-title")>
                        <thead><tr>
                            <th scope="col">{t("operations-account")}</th><th scope="col">{t("operations-type")}</th><th scope="col">{t("operations-members")}</th>
                            <th scope="col">{t("operations-buyers")}</th><th scope="col">{t("operations-sellers")}</th><th scope="col">{t("common-created")}</th><th scope="col">{t("common-status")}</th>
                        </tr></thead>
                        <tbody>
                            {rows.into_iter().map(|a| view! {
                                <tr>
                                    <td>{if a.kind == "Operations" {
                                            view! { <span>{a.name.clone()}</span> }.into_any()
                                        } else {
                                            view! { <A href=format!("/operations/accounts/{}", a.id)>{a.name.clone()}</A> }.into_any()
                                        }}
                                        <br/><span class="muted mono">{a.id.clone()}</span></td>
                                    <td>{t_word("operations-kind", &a.kind)}</td><td>{a.members}</td><td>{a.buyers}</td><td>{a.sellers}</td>
                                    <td>{format_date(a.created_at)}</td>
                                    <td><span class=crate::model::status_class(&a.status)>{t_word("status", &a.status)}</span></td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }.into_any(),
        }}
    }
}
