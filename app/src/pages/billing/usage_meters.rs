use crate::i18n::{t, t_args};
use crate::model::{BillingOverview, Metric};
use crate::util::format::format_count;
use leptos::prelude::*;

pub fn metric_label(m: Metric) -> &'static str {
    match m {
        Metric::Seats => "billing-metric-seats",
        Metric::ApiCalls => "billing-metric-api-calls",
        Metric::Events => "billing-metric-events",
    }
}

/// Each measure this period as "used of included (percent)", with a meter whose accessible
/// name is the measure and whose value text is that sentence.
#[component]
pub fn UsageMeters(o: BillingOverview) -> impl IntoView {
    view! {
        <section class="card" aria-labelledby="billing-usage">
            <h2 id="billing-usage">{t("billing-usage")}</h2>
            <p class="muted">{t_args("billing-usage-since", &[("start", o.period_start.clone())])}</p>
            <ul class="usage-list">
                {o.usage.iter().map(|u| {
                    let label = t(metric_label(u.metric));
                    let text = t_args("billing-used-of", &[
                        ("used", format_count(u.used)),
                        ("included", format_count(u.included)),
                        ("percent", u.percent().to_string()),
                    ]);
                    let id = format!("usage-{}", u.metric.key());
                    let max = u.included.max(1);
                    let value = u.used.min(max);
                    view! {
                        <li class="usage-item">
                            <span class="usage-label" id=id.clone()>{label}</span>
                            <meter min="0" max=max.to_string() value=value.to_string() high=(max * 8 / 10).to_string()
                                optimum="0" aria-labelledby=id aria-valuetext=text.clone()></meter>
                            <span class="usage-text">{text}</span>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <Show when=move || !o.events_tracked>
                <p class="muted">{t("billing-events-not-tracked")}</p>
            </Show>
        </section>
    }
}
