use crate::components::RequireModule;
use crate::model::status_class;
use crate::permissions::Module;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn SellersPage() -> impl IntoView {
    view! { <RequireModule module=Module::Sellers><SellersList/></RequireModule> }
}

#[component]
fn SellersList() -> impl IntoView {
    let sellers = LocalResource::new(crate::api::list_sellers);
    view! {
        <div class="page-header">
            <h1>"Sellers"</h1>
            <p class="page-subtitle">"The platform operator's legal entities that invoice this account. Read only: the platform operator manages them."</p>
        </div>
        {move || match sellers.get() {
            None => view! { <p class="loading" role="status">"Loading sellers…"</p> }.into_any(),
            Some(Err(e)) => view! { <p class="alert alert-error" role="alert">{e.to_string()}</p> }.into_any(),
            Some(Ok(list)) if list.is_empty() => view! { <p class="empty">"No seller is linked to this account yet."</p> }.into_any(),
            Some(Ok(list)) => view! {
                <div class="table-wrap">
                    <table class="data-table" aria-label="Sellers">
                        <thead><tr>
                            <th scope="col">"Seller"</th><th scope="col">"Address"</th><th scope="col">"Currencies"</th>
                            <th scope="col">"Buyers"</th><th scope="col">"Status"</th>
                        </tr></thead>
                        <tbody>
                            {list.into_iter().map(|s| view! {
                                <tr>
                                    <td><A href=format!("/settings/sellers/{}", s.id)>{s.name.clone()}</A>
                                        <br/><span class="muted mono">{s.id.clone()}</span></td>
                                    <td>{s.address.one_line()}</td>
                                    <td>{s.currencies.join(", ")}</td>
                                    <td>{s.buyers.iter().map(|b| b.name.clone()).collect::<Vec<_>>().join(", ")}</td>
                                    <td><span class=status_class(s.status.as_str())>{s.status.as_str()}</span></td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }.into_any(),
        }}
    }
}
