use crate::components::FormMessage;
use crate::i18n::{t, t_args, t_msg};
use crate::model::{OpsAccountDetails, PlanStatus};
use leptos::prelude::*;

/// The plan a client account is billed by: any active plan of the catalogue.
#[component]
pub fn AccountPlan(
    details: RwSignal<Option<OpsAccountDetails>>,
    account_id: String,
) -> impl IntoView {
    let plans = LocalResource::new(crate::api::ops_list_plans);
    let chosen = RwSignal::new(
        details.with_untracked(|d| d.as_ref().map(|d| d.plan_id.clone()).unwrap_or_default()),
    );
    let message = RwSignal::new(None::<(bool, String)>);
    let busy = RwSignal::new(false);
    let id = StoredValue::new(account_id);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        busy.set(true);
        let plan_id = chosen.get_untracked();
        leptos::task::spawn_local(async move {
            match crate::api::ops_set_account_plan(id.get_value(), plan_id).await {
                Ok(p) => {
                    details.update(|d| {
                        if let Some(d) = d {
                            d.plan_id = p.id.clone()
                        }
                    });
                    let name = details.with_untracked(|d| {
                        d.as_ref()
                            .map(|d| d.account.name.clone())
                            .unwrap_or_default()
                    });
                    message.set(Some((
                        true,
                        t_args(
                            "operations-plan-assigned",
                            &[("account", name), ("plan", p.name)],
                        ),
                    )));
                }
                Err(e) => message.set(Some((false, t_msg(&e.to_string())))),
            }
            busy.set(false);
        });
    };
    view! {
        <form class="card" aria-labelledby="ops-plan" on:submit=save>
            <h2 id="ops-plan">{t("operations-account-plan")}</h2>
            <div class="field">
                <label for="account-plan">{t("operations-account-plan")}</label>
                <select id="account-plan" on:change=move |ev| chosen.set(event_target_value(&ev))>
                    {move || plans.get().and_then(Result::ok).unwrap_or_default().into_iter()
                        .filter(|p| p.status == PlanStatus::Active || chosen.with_untracked(|c| *c == p.id))
                        .map(|p| {
                            let pid = p.id.clone();
                            let text = format!("{} — {}", p.name, super::plans_page::prices_text(&p));
                            view! { <option value=p.id.clone() selected=move || chosen.with(|c| *c == pid)>{text}</option> }
                        }).collect_view()}
                </select>
            </div>
            <FormMessage message/>
            <div class="form-actions">
                <button type="submit" class="btn btn-primary" disabled=move || busy.get() || crate::offline::is_offline()>{t("operations-change-plan")}</button>
            </div>
        </form>
    }
}
