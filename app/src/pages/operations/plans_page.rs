use super::{PlanForm, RequireOperations};
use crate::i18n::{current, t, t_msg, t_word};
use crate::model::{Money, PlanDto};
use crate::util::format::format_count;
use leptos::prelude::*;

#[component]
pub fn OpsPlansPage() -> impl IntoView {
    view! { <RequireOperations><Plans/></RequireOperations> }
}

/// Each currency's monthly fee, as the reader writes amounts.
pub fn prices_text(p: &PlanDto) -> String {
    let lang = current().code();
    p.prices
        .iter()
        .map(|pr| {
            Money {
                minor: pr.monthly_minor,
                currency: pr.currency,
            }
            .format(lang)
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The plan catalogue that client accounts are billed by, and the form to add or change a plan.
#[component]
fn Plans() -> impl IntoView {
    let plans = LocalResource::new(crate::api::ops_list_plans);
    let editing = RwSignal::new(None::<PlanDto>);
    // Bumped to give the form a fresh start after a save or a new choice.
    let form_key = RwSignal::new(0u32);
    let on_saved = Callback::new(move |_p: PlanDto| {
        editing.set(None);
        plans.refetch();
    });
    view! {
        <div class="page-header">
            <h1>{t("operations-plans-title")}</h1>
            <p class="page-subtitle">{t("operations-plans-subtitle")}</p>
        </div>
        {move || match plans.get() {
            None => view! { <p class="loading" role="status">{t("operations-plans-loading")}</p> }.into_any(),
            Some(Err(e)) => view! { <p class="alert alert-error" role="alert">{t_msg(&e.to_string())}</p> }.into_any(),
            Some(Ok(rows)) => view! {
                <div class="table-wrap">
                    <table class="table">
                        <caption class="visually-hidden">{t("operations-plans-title")}</caption>
                        <thead><tr>
                            <th scope="col">{t("common-name")}</th>
                            <th scope="col">{t("common-status")}</th>
                            <th scope="col">{t("operations-plan-seats")}</th>
                            <th scope="col">{t("operations-plan-api-calls")}</th>
                            <th scope="col">{t("operations-plan-events")}</th>
                            <th scope="col">{t("operations-plan-monthly")}</th>
                            <th scope="col">{t("operations-plan-accounts")}</th>
                            <th scope="col"><span class="visually-hidden">{t("common-actions")}</span></th>
                        </tr></thead>
                        <tbody>
                            {rows.into_iter().map(|p| {
                                let chosen = p.clone();
                                let label = format!("{} {}", t("common-edit"), p.name);
                                view! {
                                    <tr>
                                        <th scope="row">{p.name.clone()}<br/><span class="muted mono">{p.id.clone()}</span></th>
                                        <td>{t_word("status", p.status.as_str())}</td>
                                        <td>{format_count(p.seats)}</td>
                                        <td>{format_count(p.api_calls)}</td>
                                        <td>{format_count(p.events)}</td>
                                        <td>{prices_text(&p)}</td>
                                        <td>{format_count(p.accounts)}</td>
                                        <td><button type="button" class="btn" aria-label=label
                                            on:click=move |_| { editing.set(Some(chosen.clone())); form_key.update(|k| *k += 1); }>
                                            {t("common-edit")}</button></td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }.into_any(),
        }}
        <Show when=move || editing.with(Option::is_some)>
            <p><button type="button" class="btn" on:click=move |_| { editing.set(None); form_key.update(|k| *k += 1); }>
                {t("operations-new-plan")}</button></p>
        </Show>
        {move || {
            form_key.track();
            view! { <PlanForm plan=editing.get_untracked() on_saved/> }
        }}
    }
}
