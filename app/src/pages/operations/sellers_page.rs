use super::{NewSellerForm, RequireOperations};
use crate::components::FormMessage;
use crate::i18n::{t, t_args, t_msg, t_word};
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
    let message = RwSignal::new(None::<(bool, String)>);
    let on_changed = Callback::new(move |m: (bool, String)| {
        message.set(Some(m));
        sellers.refetch();
    });
    view! {
        <div class="page-header">
            <h1>{t("operations-sellers-title")}</h1>
            <p class="page-subtitle">{t("operations-sellers-subtitle")}</p>
            <div class="page-actions">
                <button type="button" class="btn btn-primary" aria-expanded=move || adding.get().to_string()
                    on:click=move |_| adding.update(|a| *a = !*a)>{t("operations-new-seller")}</button>
            </div>
        </div>
        <Show when=move || adding.get()><NewSellerForm on_created/></Show>
        <FormMessage message/>
        {move || match sellers.get() {
            None => view! { <p class="loading" role="status">{t("operations-loading-sellers")}</p> }.into_any(),
            Some(Err(e)) => view! { <p class="alert alert-error" role="alert">{t_msg(&e.to_string())}</p> }.into_any(),
            Some(Ok(rows)) => view! {
                <div class="table-wrap">
                    <table class="data-table" aria-label=t("operations-sellers-title")>
                        <thead><tr>
                            <th scope="col">{t("operations-seller")}</th><th scope="col">{t("operations-address")}</th><th scope="col">{t("operations-currencies")}</th>
                            <th scope="col">{t("operations-accounts-title")}</th><th scope="col">{t("common-status")}</th>
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
                                    <td><SellerStatusSelect id=r.seller.id.clone() name=r.seller.name.clone() status=r.seller.status.as_str() on_changed/></td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }.into_any(),
        }}
    }
}

/// The seller's status, changed in place (Offline: no new licensees for a while).
#[component]
fn SellerStatusSelect(
    id: String,
    name: String,
    status: &'static str,
    on_changed: Callback<(bool, String)>,
) -> impl IntoView {
    let id = StoredValue::new(id);
    let label = t_args("operations-seller-status-of", &[("name", name)]);
    view! {
        <select aria-label=label on:change=move |ev| {
            let to = event_target_value(&ev);
            leptos::task::spawn_local(async move {
                match crate::api::ops_set_seller_status(id.get_value(), to).await {
                    Ok(r) => on_changed.run((
                        true,
                        t_args("operations-now-status", &[("name", r.seller.name.clone()), ("status", t_word("status", r.seller.status.as_str()))]),
                    )),
                    Err(e) => on_changed.run((false, e.to_string())),
                }
            });
        }>
            {["Active", "Offline", "Disabled"].into_iter().map(|s| view! { <option value=s selected=s == status>{t_word("status", s)}</option> }).collect_view()}
        </select>
    }
}
