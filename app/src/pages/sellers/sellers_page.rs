use crate::components::RequireModule;
use crate::i18n::{t, t_msg, t_word};
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
            <h1>{t("sellers-title")}</h1>
            <p class="page-subtitle">{t("sellers-subtitle")}</p>
        </div>
        {move || match sellers.get() {
            None => view! { <p class="loading" role="status">{t("sellers-loading")}</p> }.into_any(),
            Some(Err(e)) => view! { <p class="alert alert-error" role="alert">{t_msg(&e.to_string())}</p> }.into_any(),
            Some(Ok(list)) if list.is_empty() => view! { <p class="empty">{t("sellers-empty")}</p> }.into_any(),
            Some(Ok(list)) => view! {
                <div class="table-wrap">
                    <table class="data-table" aria-label=t("sellers-title")>
                        <thead><tr>
                            <th scope="col">{t("sellers-seller")}</th><th scope="col">{t("sellers-address")}</th><th scope="col">{t("sellers-currencies")}</th>
                            <th scope="col">{t("sellers-buyers")}</th><th scope="col">{t("common-status")}</th>
                        </tr></thead>
                        <tbody>
                            {list.into_iter().map(|s| view! {
                                <tr>
                                    <td><A href=format!("/settings/sellers/{}", s.id)>{s.name.clone()}</A>
                                        <br/><span class="muted mono">{s.id.clone()}</span></td>
                                    <td>{s.address.one_line()}</td>
                                    <td>{s.currencies.join(", ")}</td>
                                    <td>{s.buyers.iter().map(|b| b.name.clone()).collect::<Vec<_>>().join(", ")}</td>
                                    <td><span class=status_class(s.status.as_str())>{t_word("status", s.status.as_str())}</span></td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }.into_any(),
        }}
    }
}
