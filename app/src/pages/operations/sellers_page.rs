use super::{NewSellerForm, RequireOperations};
use crate::model::status_class;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn OpsSellersPage() -> impl IntoView {
    view! { <RequireOperations><OpsSellers/></RequireOperations> }
}

#[component]
fn OpsSellers() -> impl IntoView {
    let sellers = LocalResource::new(crate::api::ops_list_sellers);
    let adding = RwSignal::new(false);
    let on_created = Callback::new(move |_| sellers.refetch());
    view! {
        <div class="page-header">
            <h1>"Platform sellers"</h1>
            <p class="page-subtitle">"Operations: the platform operator's legal entities. Link them to client accounts from each account's page."</p>
            <div class="page-actions">
                <button type="button" class="btn btn-primary" aria-expanded=move || adding.get().to_string()
                    on:click=move |_| adding.update(|a| *a = !*a)>"New seller"</button>
            </div>
        </div>
        <Show when=move || adding.get()><NewSellerForm on_created/></Show>
        {move || match sellers.get() {
            None => view! { <p class="loading" role="status">"Loading sellers…"</p> }.into_any(),
            Some(Err(e)) => view! { <p class="alert alert-error" role="alert">{e.to_string()}</p> }.into_any(),
            Some(Ok(rows)) => view! {
                <div class="table-wrap">
                    <table class="data-table" aria-label="Platform sellers">
                        <thead><tr>
                            <th scope="col">"Seller"</th><th scope="col">"Address"</th><th scope="col">"Currencies"</th>
                            <th scope="col">"Client accounts"</th><th scope="col">"Status"</th>
                        </tr></thead>
                        <tbody>
                            {rows.into_iter().map(|r| view! {
                                <tr>
                                    <td>{r.seller.name.clone()}<br/><span class="muted mono">{r.seller.id.clone()}</span></td>
                                    <td>{r.seller.address.one_line()}</td>
                                    <td>{r.seller.currencies.join(", ")}</td>
                                    <td>{r.accounts.into_iter().map(|a| view! {
                                        <A href=format!("/operations/accounts/{}", a.id) attr:class="chip">{a.name.clone()}</A>" "
                                    }).collect_view()}</td>
                                    <td><span class=status_class(r.seller.status.as_str())>{r.seller.status.as_str()}</span></td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }.into_any(),
        }}
    }
}
