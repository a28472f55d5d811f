use super::{NewAccountForm, RequireOperations};
use crate::components::use_list_query;
use crate::util::format_day;
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
            <h1>"Client accounts"</h1>
            <p class="page-subtitle">"Operations: the accounts of the platform, their buyers and sellers."</p>
            <div class="page-actions">
                <button type="button" class="btn btn-primary" aria-expanded=move || adding.get().to_string()
                    on:click=move |_| adding.update(|a| *a = !*a)>"New client account"</button>
            </div>
        </div>
        <Show when=move || adding.get()><NewAccountForm on_created/></Show>
        <div class="filters" role="search">
            <label>"Search"
                <input type="search" placeholder="Name or id" prop:value=move || list.get("q")
                    on:change=move |ev| list.set("q", event_target_value(&ev))/>
            </label>
        </div>
        {move || match accounts.get() {
            None => view! { <p class="loading" role="status">"Loading accounts…"</p> }.into_any(),
            Some(Err(e)) => view! { <p class="alert alert-error" role="alert">{e.to_string()}</p> }.into_any(),
            Some(Ok(rows)) => view! {
                <div class="table-wrap">
                    <table class="data-table" aria-label="Client accounts">
                        <thead><tr>
                            <th scope="col">"Account"</th><th scope="col">"Type"</th><th scope="col">"Members"</th>
                            <th scope="col">"Buyers"</th><th scope="col">"Sellers"</th><th scope="col">"Created"</th><th scope="col">"Status"</th>
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
                                    <td>{a.kind.clone()}</td><td>{a.members}</td><td>{a.buyers}</td><td>{a.sellers}</td>
                                    <td>{format_day(a.created_at)}</td>
                                    <td><span class=crate::model::status_class(&a.status)>{a.status.clone()}</span></td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }.into_any(),
        }}
    }
}
