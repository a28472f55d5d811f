use crate::components::{DraftOffer, FormMessage, FormState, OfflineNote, TextField};
use crate::i18n::{t, t_args, t_msg};
use crate::model::{Currency, PlanDto, PlanStatus};
use crate::offline::Draft;
use crate::validation::billing::amount_text;
use crate::validation::{PlanInput, PriceInput};
use leptos::prelude::*;

/// The form's values for `plan` (a new plan: every currency's row empty).
fn input_of(plan: Option<&PlanDto>) -> PlanInput {
    let Some(p) = plan else {
        return PlanInput {
            prices: Currency::ALL
                .into_iter()
                .map(|currency| PriceInput {
                    currency,
                    ..PriceInput::default()
                })
                .collect(),
            ..PlanInput::default()
        };
    };
    PlanInput {
        name: p.name.clone(),
        status: p.status,
        seats: p.seats.to_string(),
        api_calls: p.api_calls.to_string(),
        events: p.events.to_string(),
        prices: Currency::ALL
            .into_iter()
            .map(|currency| match p.price(currency) {
                Some(pr) => PriceInput {
                    currency,
                    monthly: amount_text(pr.monthly_minor),
                    api_overage: amount_text(pr.api_overage_minor),
                    events_overage: amount_text(pr.events_overage_minor),
                },
                None => PriceInput {
                    currency,
                    ..PriceInput::default()
                },
            })
            .collect(),
    }
}

/// A plan of the catalogue: new when `plan` is None, else a change to it (revision-checked).
#[component]
pub fn PlanForm(plan: Option<PlanDto>, on_saved: Callback<PlanDto>) -> impl IntoView {
    let editing = plan
        .as_ref()
        .map(|p| (p.id.clone(), p.revision, p.name.clone()));
    let form = FormState::new(input_of(plan.as_ref()), |d: &PlanInput| {
        d.validate().err().unwrap_or_default()
    });
    let disabled = Signal::derive(move || form.busy.get());
    let target = StoredValue::new(editing.clone());
    // What is typed is kept on this device (per plan, or for a new plan) and offered back.
    let key = match &editing {
        Some((id, _, _)) => format!("plan:{id}"),
        None => "plan:new".to_string(),
    };
    // The last saved values: a draft is only what differs from them.
    let loaded = RwSignal::new(input_of(plan.as_ref()));
    let based_on = RwSignal::new(editing.as_ref().map_or(0, |(_, rev, _)| *rev));
    let kept = Draft::keep(
        Signal::derive(move || Some(key.clone())),
        form.draft,
        Signal::derive(move || Some(loaded.get())),
        based_on,
    );
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if !form.ready() {
            return;
        }
        form.busy.set(true);
        let (id, revision) = target
            .get_value()
            .map(|(id, rev, _)| (id, rev))
            .unwrap_or_default();
        leptos::task::spawn_local(async move {
            match crate::api::ops_save_plan(id, revision, form.draft.get_untracked()).await {
                Ok(p) => {
                    kept.discard();
                    let text = t_args("operations-plan-saved", &[("name", p.name.clone())]);
                    // A new plan's form starts empty again; an edited plan's shows what was saved.
                    let next = if target.with_value(Option::is_none) {
                        input_of(None)
                    } else {
                        target.update_value(|t| {
                            if let Some(t) = t {
                                t.1 = p.revision
                            }
                        });
                        based_on.set(p.revision);
                        input_of(Some(&p))
                    };
                    loaded.set(next.clone());
                    form.saved(next, &text);
                    on_saved.run(p);
                }
                Err(e) => form.failed(e),
            }
            form.busy.set(false);
        });
    };
    let title = match &editing {
        Some((_, _, name)) => t_args("operations-edit-plan", &[("name", name.clone())]),
        None => t("operations-new-plan").to_string(),
    };
    let submit = if editing.is_some() {
        t("operations-save-plan")
    } else {
        t("operations-create-plan")
    };
    let status = form.setter("status", |d, v| {
        d.status = PlanStatus::parse(&v).unwrap_or_default()
    });
    view! {
        <form class="card form-grid" on:submit=save novalidate aria-labelledby="plan-form-title">
            <h2 id="plan-form-title" class="span-2">{title}</h2>
            <FormMessage message=form.message/>
            <div class="span-2"><DraftOffer draft=kept on_restore=Callback::new(move |_| kept.restore_with(|d, _| form.draft.set(d)))/></div>
            <TextField label=t("operations-plan-name") name="name" required=true value=form.value(|d| d.name.clone())
                on_input=form.setter("name", |d, v| d.name = v) error=form.error("name") disabled/>
            <div class="field">
                <label for="plan-status">{t("common-status")}</label>
                <select id="plan-status" disabled=move || disabled.get() on:change=move |ev| status.run(event_target_value(&ev))>
                    {[PlanStatus::Active, PlanStatus::Retired].into_iter().map(|s| view! {
                        <option value=s.as_str() selected=move || form.draft.with(|d| d.status == s)>
                            {crate::i18n::t_word("status", s.as_str())}
                        </option>
                    }).collect_view()}
                </select>
            </div>
            <TextField label=t("operations-plan-seats") name="seats" required=true value=form.value(|d| d.seats.clone())
                on_input=form.setter("seats", |d, v| d.seats = v) error=form.error("seats") disabled/>
            <TextField label=t("operations-plan-api-calls") name="api_calls" required=true value=form.value(|d| d.api_calls.clone())
                on_input=form.setter("api_calls", |d, v| d.api_calls = v) error=form.error("api_calls") disabled/>
            <TextField label=t("operations-plan-events") name="events" required=true value=form.value(|d| d.events.clone())
                on_input=form.setter("events", |d, v| d.events = v) error=form.error("events") disabled/>
            <fieldset class="span-2">
                <legend>{t("operations-plan-prices")}</legend>
                <p class="muted">{t("operations-plan-prices-note")}</p>
                <div class="price-grid">
                    {Currency::ALL.into_iter().enumerate().map(|(i, c)| view! { <PriceRow form i currency=c disabled/> }).collect_view()}
                </div>
            </fieldset>
            <div class="form-actions span-2">
                <OfflineNote/>
                <button type="submit" class="btn btn-primary" disabled=move || form.busy.get() || crate::offline::is_offline()>{submit}</button>
            </div>
        </form>
    }
}

/// The field names of each currency's amounts (as the shared validation names them).
const PRICE_KEYS: [[&str; 3]; 4] = [
    ["monthly_EUR", "api_overage_EUR", "events_overage_EUR"],
    ["monthly_USD", "api_overage_USD", "events_overage_USD"],
    ["monthly_GBP", "api_overage_GBP", "events_overage_GBP"],
    ["monthly_CHF", "api_overage_CHF", "events_overage_CHF"],
];

const PRICE_LABELS: [&str; 3] = [
    "operations-plan-monthly",
    "operations-plan-api-overage",
    "operations-plan-events-overage",
];

fn amount_of(p: &PriceInput, k: usize) -> String {
    match k {
        0 => p.monthly.clone(),
        1 => p.api_overage.clone(),
        _ => p.events_overage.clone(),
    }
}

fn set_amount(p: &mut PriceInput, k: usize, v: String) {
    match k {
        0 => p.monthly = v,
        1 => p.api_overage = v,
        _ => p.events_overage = v,
    }
}

/// One currency's three amounts; each input is named by its label and the currency.
#[component]
fn PriceRow(
    form: FormState<PlanInput>,
    i: usize,
    currency: Currency,
    disabled: Signal<bool>,
) -> impl IntoView {
    let code = currency.code();
    view! {
        <div class="price-row" role="group" aria-label=code>
            {(0..3).map(|k| {
                let id = PRICE_KEYS[i][k];
                let error = form.error(id);
                let set = form.setter(id, move |d, v| {
                    if let Some(p) = d.prices.get_mut(i) {
                        set_amount(p, k, v)
                    }
                });
                let described = format!("{id}-error");
                view! {
                    <div class="field">
                        <label for=id>{format!("{} ({code})", t(PRICE_LABELS[k]))}</label>
                        <input id=id inputmode="decimal" disabled=move || disabled.get()
                            prop:value=move || form.draft.with(|d| d.prices.get(i).map(|p| amount_of(p, k)).unwrap_or_default())
                            aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                            aria-describedby=described.clone()
                            on:input=move |ev| set.run(event_target_value(&ev))/>
                        <p class="field-error" id=described aria-live="polite">{move || error.get().map(|e| t_msg(&e))}</p>
                    </div>
                }
            }).collect_view()}
        </div>
    }
}
