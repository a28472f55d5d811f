use super::{CardForm, ContactForm, InvoicesCard, PlanChange, UsageChart, UsageMeters};
use crate::components::{FormMessage, RequireModule};
use crate::i18n::{current, t, t_args, t_msg};
use crate::model::BillingOverview;
use crate::permissions::{Level, Module};
use crate::state::use_session;
use crate::util::format::format_count;
use leptos::prelude::*;

#[component]
pub fn BillingPage() -> impl IntoView {
    view! { <RequireModule module=Module::Billing><Billing/></RequireModule> }
}

#[component]
fn Billing() -> impl IntoView {
    let ctx = use_session();
    let can_edit = ctx.session.with_untracked(|s| {
        s.as_ref()
            .is_some_and(|s| s.allows(Module::Billing, Level::Edit))
    });
    let overview = LocalResource::new(crate::api::get_billing_overview);
    // A change reloads the summary, which re-creates the cards: their success message lives
    // here so that it outlives them.
    let flash = RwSignal::new(None::<(bool, String)>);
    let reload = Callback::new(move |text: String| {
        flash.set(Some((true, text)));
        overview.refetch();
    });
    view! {
        <div class="page-header">
            <h1>{t("billing-title")}</h1>
            <p class="page-subtitle">{t("billing-subtitle")}</p>
        </div>
        <FormMessage message=flash/>
        {move || match overview.get() {
            None => view! { <p class="loading" role="status">{t("billing-loading")}</p> }.into_any(),
            Some(Err(e)) => view! { <p class="alert alert-error" role="alert">{t_msg(&e.to_string())}</p> }.into_any(),
            Some(Ok(o)) => view! { <Overview o can_edit reload/> }.into_any(),
        }}
    }
}

#[component]
fn Overview(o: BillingOverview, can_edit: bool, reload: Callback<String>) -> impl IntoView {
    let price = o.price.format(current().code());
    let plan = o.plan.clone();
    let revision = o.revision;
    let cancel_error = RwSignal::new(None::<String>);
    let cancel = move |_| {
        leptos::task::spawn_local(async move {
            match crate::api::billing_cancel_downgrade(revision).await {
                Ok(()) => reload.run(t("billing-downgrade-cancelled").to_string()),
                Err(e) => cancel_error.set(Some(t_msg(&e.to_string()))),
            }
        });
    };
    let scheduled = o.next_plan.clone().zip(o.next_plan_from.clone());
    view! {
        <UsageBanners o=o.clone()/>
        <section class="card" aria-labelledby="billing-plan">
            <h2 id="billing-plan">{t("billing-current-plan")}</h2>
            <dl class="facts">
                <dt>{t("billing-plan")}</dt><dd><strong>{plan.name.clone()}</strong></dd>
                <dt>{t("billing-price")}</dt><dd>{t_args("billing-per-month", &[("price", price)])}</dd>
                <dt>{t("billing-period")}</dt><dd>{t_args("billing-period-text", &[("start", o.period_start.clone()), ("zone", o.timezone.clone())])}</dd>
                <dt>{t("billing-renews")}</dt><dd>{o.renews_on.clone()}</dd>
                <dt>{t("billing-included")}</dt>
                <dd>{t_args("billing-included-text", &[
                    ("seats", format_count(plan.seats)),
                    ("calls", format_count(plan.api_calls)),
                    ("events", format_count(plan.events)),
                ])}</dd>
            </dl>
            {scheduled.map(|(next, from)| view! {
                <p class="alert alert-info" role="status">
                    {t_args("billing-downgrade-scheduled", &[("plan", next.name.clone()), ("date", from)])}" "
                    <Show when=move || can_edit>
                        <button type="button" class="btn" on:click=cancel disabled=crate::offline::is_offline>{t("billing-cancel-downgrade")}</button>
                    </Show>
                </p>
            })}
            {move || cancel_error.get().map(|e| view! { <p class="alert alert-error" role="alert">{e}</p> })}
        </section>
        <UsageMeters o=o.clone()/>
        <UsageChart/>
        <PlanChange o=o.clone() can_edit reload/>
        <CardForm o=o.clone() can_edit reload/>
        <ContactForm o can_edit reload/>
        <InvoicesCard/>
    }
}

/// At 80% and 100% of a limit: a banner that names the measure (the percentage in words,
/// not colour alone).
#[component]
fn UsageBanners(o: BillingOverview) -> impl IntoView {
    o.usage
        .into_iter()
        .filter_map(|u| {
            let level = u.threshold()?;
            let what = t(super::usage_meters::metric_label(u.metric)).to_string();
            let args = [("what", what), ("percent", u.percent().to_string())];
            let (class, text) = if level >= 100 {
                ("alert alert-error", t_args("billing-limit-reached", &args))
            } else {
                ("alert alert-warning", t_args("billing-limit-near", &args))
            };
            Some(view! { <p class=class role="status">{text}</p> })
        })
        .collect_view()
}
