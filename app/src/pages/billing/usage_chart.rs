use super::usage_meters::metric_label;
use crate::i18n::{t, t_args, t_msg};
use crate::model::{Metric, UsageSeries};
use crate::util::format::format_count;
use leptos::prelude::*;

const W: f64 = 640.0;
const H: f64 = 220.0;
const PAD: f64 = 8.0;

/// What is drawn for each day: seats as counted that day; calls and events as the running
/// total of the month (reset on the 1st), which is what the monthly limit compares with.
fn plotted(s: &UsageSeries) -> Vec<(String, i64)> {
    let mut running = 0;
    s.days
        .iter()
        .map(|d| {
            let v = if s.metric == Metric::Seats {
                d.value
            } else {
                if d.day.ends_with("-01") {
                    running = 0;
                }
                running += d.value;
                running
            };
            (d.day.clone(), v)
        })
        .collect()
}

/// Usage over 30, 90 or 365 days with the plan's limit as a dashed line. The chart is one
/// tab stop; the arrow keys, Home and End move between days and the day's value is read out
/// (and shown). "Show as table" gives the same figures as a table.
#[component]
pub fn UsageChart() -> impl IntoView {
    let metric = RwSignal::new(Metric::ApiCalls);
    let days = RwSignal::new(30i64);
    let as_table = RwSignal::new(false);
    let series = LocalResource::new(move || crate::api::get_usage_series(metric.get(), days.get()));
    view! {
        <section class="card" aria-labelledby="usage-chart">
            <h2 id="usage-chart">{t("billing-chart")}</h2>
            <div class="chart-controls">
                <div class="field">
                    <label for="chart-metric">{t("billing-chart-metric")}</label>
                    <select id="chart-metric" on:change=move |ev| {
                        if let Some(m) = Metric::parse(&event_target_value(&ev)) { metric.set(m) }
                    }>
                        {Metric::ALL.into_iter().map(|m| view! {
                            <option value=m.key() selected=move || metric.get() == m>{t(metric_label(m))}</option>
                        }).collect_view()}
                    </select>
                </div>
                <fieldset class="segmented">
                    <legend>{t("billing-chart-range")}</legend>
                    {[30i64, 90, 365].into_iter().map(|n| view! {
                        <label class="check">
                            <input type="radio" name="chart-days" prop:checked=move || days.get() == n on:change=move |_| days.set(n)/>
                            {t_args("billing-chart-days", &[("count", n.to_string())])}
                        </label>
                    }).collect_view()}
                </fieldset>
                <button type="button" class="btn" aria-pressed=move || as_table.get().to_string() on:click=move |_| as_table.update(|v| *v = !*v)>
                    {t("billing-chart-as-table")}
                </button>
            </div>
            {move || match series.get() {
                None => view! { <p class="loading" role="status">{t("billing-loading")}</p> }.into_any(),
                Some(Err(e)) => view! { <p class="alert alert-error" role="alert">{t_msg(&e.to_string())}</p> }.into_any(),
                Some(Ok(s)) if as_table.get() => view! { <UsageTable s/> }.into_any(),
                Some(Ok(s)) => view! { <Chart s/> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn Chart(s: UsageSeries) -> impl IntoView {
    let points = plotted(&s);
    let n = points.len().max(1);
    let top = points
        .iter()
        .map(|(_, v)| *v)
        .max()
        .unwrap_or(0)
        .max(s.included)
        .max(1) as f64;
    let x = move |i: usize| PAD + (W - 2.0 * PAD) * (i as f64 + 0.5) / n as f64;
    let y = move |v: i64| H - PAD - (H - 2.0 * PAD) * (v as f64 / top);
    let line = points
        .iter()
        .enumerate()
        .map(|(i, (_, v))| format!("{:.1},{:.1}", x(i), y(*v)))
        .collect::<Vec<_>>()
        .join(" ");
    let limit_y = y(s.included);
    let at = RwSignal::new(points.len().saturating_sub(1));
    let last = points.len().saturating_sub(1);
    let readout = {
        let points = points.clone();
        move || {
            points
                .get(at.get())
                .map(|(d, v)| {
                    t_args(
                        "billing-chart-point",
                        &[("day", d.clone()), ("value", format_count(*v))],
                    )
                })
                .unwrap_or_default()
        }
    };
    let keys = move |ev: leptos::ev::KeyboardEvent| {
        let next = match ev.key().as_str() {
            "ArrowLeft" | "ArrowDown" => at.get_untracked().saturating_sub(1),
            "ArrowRight" | "ArrowUp" => (at.get_untracked() + 1).min(last),
            "Home" => 0,
            "End" => last,
            _ => return,
        };
        ev.prevent_default();
        at.set(next);
    };
    let label = t_args(
        "billing-chart-label",
        &[
            ("what", t(metric_label(s.metric)).to_string()),
            ("from", s.from.clone()),
            ("to", s.to.clone()),
            ("limit", format_count(s.included)),
        ],
    );
    let dot = {
        let points = points.clone();
        move || {
            let i = at.get();
            points.get(i).map(|(_, v)| (x(i), y(*v)))
        }
    };
    view! {
        <div class="chart">
            <svg viewBox=format!("0 0 {W} {H}") role="application" tabindex="0" aria-label=label
                aria-describedby="chart-readout" on:keydown=keys class="usage-svg">
                <line class="chart-limit" x1=PAD y1=limit_y x2=W - PAD y2=limit_y/>
                <polyline class="chart-line" points=line fill="none"/>
                {move || dot().map(|(cx, cy)| view! { <circle class="chart-dot" cx=cx cy=cy r="4"/> })}
            </svg>
            <p class="chart-readout" id="chart-readout" aria-live="polite">{readout}</p>
            <p class="muted chart-legend">{t_args("billing-chart-limit", &[("limit", format_count(s.included))])}</p>
        </div>
    }
}

#[component]
fn UsageTable(s: UsageSeries) -> impl IntoView {
    let rows = plotted(&s);
    let daily = s.days.clone();
    view! {
        <div class="table-wrap">
            <table class="table">
                <caption>{t(metric_label(s.metric))}</caption>
                <thead><tr>
                    <th scope="col">{t("billing-chart-day")}</th>
                    <th scope="col">{t("billing-chart-that-day")}</th>
                    <th scope="col">{t("billing-chart-plotted")}</th>
                </tr></thead>
                <tbody>
                    {rows.into_iter().zip(daily).rev().map(|((day, v), d)| view! {
                        <tr><th scope="row">{day}</th><td>{format_count(d.value)}</td><td>{format_count(v)}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
