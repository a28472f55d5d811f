use crate::components::FormMessage;
use crate::i18n::{current, t, t_args, t_msg};
use crate::model::{BillingOverview, Money, PlanDto};
use crate::util::format::format_count;
use leptos::prelude::*;

/// The active plans side by side; a dearer one applies at once, a cheaper one at the start of
/// the next period (refused while more seats are taken than it includes).
#[component]
pub fn PlanChange(o: BillingOverview, can_edit: bool, reload: Callback<String>) -> impl IntoView {
    let plans = LocalResource::new(crate::api::billing_plans);
    let message = RwSignal::new(None::<(bool, String)>);
    let busy = RwSignal::new(false);
    let currency = o.price.currency;
    let current_id = o.plan.id.clone();
    let revision = o.revision;
    let choose = move |p: PlanDto| {
        busy.set(true);
        leptos::task::spawn_local(async move {
            match crate::api::billing_change_plan(p.id.clone(), revision).await {
                Ok(()) => reload.run(t_args("billing-plan-changed", &[("plan", p.name)])),
                Err(e) => {
                    let text = e
                        .field_errors()
                        .get("plan")
                        .cloned()
                        .unwrap_or_else(|| e.to_string());
                    message.set(Some((false, t_msg(&text))));
                }
            }
            busy.set(false);
        });
    };
    view! {
        <section class="card" aria-labelledby="billing-plans">
            <h2 id="billing-plans">{t("billing-change-plan")}</h2>
            <p class="muted">{t("billing-change-plan-note")}</p>
            <FormMessage message/>
            {move || plans.get().map(|r| match r {
                Err(e) => view! { <p class="alert alert-error" role="alert">{t_msg(&e.to_string())}</p> }.into_any(),
                Ok(rows) => {
                    let current_id = current_id.clone();
                    view! {
                        <div class="table-wrap">
                            <table class="table">
                                <caption class="visually-hidden">{t("billing-change-plan")}</caption>
                                <thead><tr>
                                    <th scope="col">{t("billing-plan")}</th>
                                    <th scope="col">{t("billing-price")}</th>
                                    <th scope="col">{t("billing-metric-seats")}</th>
                                    <th scope="col">{t("billing-metric-api-calls")}</th>
                                    <th scope="col">{t("billing-metric-events")}</th>
                                    <th scope="col"><span class="visually-hidden">{t("common-actions")}</span></th>
                                </tr></thead>
                                <tbody>
                                    {rows.into_iter().map(|p| {
                                        let price = p.price(currency).map(|x| Money { minor: x.monthly_minor, currency }.format(current().code()));
                                        let here = p.id == current_id;
                                        let chosen = p.clone();
                                        let label = t_args("billing-switch-to", &[("plan", p.name.clone())]);
                                        view! {
                                            <tr>
                                                <th scope="row">{p.name.clone()}</th>
                                                <td>{price.unwrap_or_else(|| t("billing-not-sold").to_string())}</td>
                                                <td>{format_count(p.seats)}</td>
                                                <td>{format_count(p.api_calls)}</td>
                                                <td>{format_count(p.events)}</td>
                                                <td>{if here {
                                                    view! { <span class="badge">{t("billing-your-plan")}</span> }.into_any()
                                                } else if can_edit {
                                                    view! { <button type="button" class="btn" disabled=move || busy.get() || crate::offline::is_offline()
                                                        on:click=move |_| choose(chosen.clone())>{label}</button> }.into_any()
                                                } else {
                                                    ().into_any()
                                                }}</td>
                                            </tr>
                                        }
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                    }.into_any()
                }
            })}
        </section>
    }
}
