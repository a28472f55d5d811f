use super::licensee_fields::{address_choice, general_fields, WizardLogo};
use crate::components::{contact_fields, DraftOffer, FormMessage, FormState, RequireModule};
use crate::i18n::{t, t_msg};
use crate::model::{BuyerDto, BuyerStatus};
use crate::offline::Draft;
use crate::permissions::Module;
use crate::validation::{LicenseeInput, LICENSEE_STEPS};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

const OVERVIEW: usize = LICENSEE_STEPS.len();

/// A step's title in the interface language (the names in `LICENSEE_STEPS` are English).
fn step_name(i: usize) -> &'static str {
    match LICENSEE_STEPS.get(i).map(|(n, _)| *n) {
        Some("General") => t("licensees-step-general"),
        Some("Buyer") => t("licensees-step-buyer"),
        Some("Seller") => t("licensees-step-seller"),
        Some("Address") => t("licensees-step-address"),
        Some("Contact") => t("licensees-step-contact"),
        Some(other) => other,
        None => t("licensees-step-overview"),
    }
}

#[component]
pub fn LicenseeWizardPage() -> impl IntoView {
    view! { <RequireModule module=Module::Licensees><LicenseeWizard/></RequireModule> }
}

/// General, Buyer, Seller, Address, Contact, Overview. Each step checks its own fields with
/// the same validation the server runs; a refusal from the server goes back to its step.
#[component]
fn LicenseeWizard() -> impl IntoView {
    let navigate = use_navigate();
    let query = use_query_map();
    let start = LicenseeInput {
        use_buyer_address: true,
        buyer_id: query.with_untracked(|q| q.get("buyer")).unwrap_or_default(),
        ..Default::default()
    };
    let blank = start.clone();
    let form = FormState::new(start, |d: &LicenseeInput| {
        d.validate().err().unwrap_or_default()
    });
    let step = RwSignal::new(0usize);
    // The step and the entries are kept as typed, and offered back after a reload.
    let kept = Draft::keep(
        Signal::derive(|| Some("licensee:new".to_string())),
        Signal::derive(move || (step.get(), form.draft.get())),
        Signal::derive(move || Some((0, blank.clone()))),
        RwSignal::new(0),
    );
    let restore = Callback::new(move |_| {
        kept.restore_with(|(at, entries), _| {
            form.draft.set(entries);
            step.set(at.min(OVERVIEW));
        })
    });
    let buyers = LocalResource::new(crate::api::list_buyers);
    let chosen = Signal::derive(move || {
        let id = form.draft.with(|d| d.buyer_id.clone());
        buyers
            .get()
            .and_then(Result::ok)
            .and_then(|bs| bs.into_iter().find(|b| b.id == id))
    });
    let buyer_address = Signal::derive(move || chosen.get().map(|b| b.address));
    let disabled = Signal::derive(move || form.busy.get());
    let next = move |_| {
        let fields = LICENSEE_STEPS[step.get_untracked()].1;
        form.touch(fields);
        if !form.any_error(fields) {
            step.update(|s| *s += 1);
        }
    };
    let create = move |_| {
        if !form.ready() {
            return;
        }
        form.busy.set(true);
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            match crate::api::create_licensee(form.draft.get_untracked()).await {
                Ok(l) => {
                    kept.discard();
                    navigate(
                        &format!("/settings/licensees/{}?created=1", l.id),
                        Default::default(),
                    )
                }
                Err(e) => {
                    let errors = e.field_errors();
                    if let Some(i) = LICENSEE_STEPS
                        .iter()
                        .position(|(_, f)| f.iter().any(|f| errors.contains_key(*f)))
                    {
                        step.set(i);
                    }
                    form.failed(e);
                }
            }
            form.busy.set(false);
        });
    };
    view! {
        <div class="page-header"><h1>{t("licensees-new")}</h1></div>
        <ol class="steps" aria-label=t("licensees-steps")>
            {(0..=OVERVIEW).map(|i| view! {
                <li aria-current=move || (step.get() == i).then_some("step")>{format!("{}. {}", i + 1, step_name(i))}</li>
            }).collect_view()}
        </ol>
        <DraftOffer draft=kept on_restore=restore/>
        <section class="card form-grid" aria-label=move || step_name(step.get())>
            <h2 class="span-2">{move || step_name(step.get())}</h2>
            <FormMessage message=form.message/>
            {move || match step.get() {
                0 => view! { {general_fields(form, disabled)} <WizardLogo form/> }.into_any(),
                1 => view! { <BuyerChoice form buyers/> }.into_any(),
                2 => view! { <SellerChoice form chosen/> }.into_any(),
                3 => address_choice(form, buyer_address, disabled).into_any(),
                4 => contact_fields(form, |d| &d.contact, |d| &mut d.contact, disabled).into_any(),
                _ => view! { <Overview form chosen/> }.into_any(),
            }}
            <div class="form-actions span-2">
                <a class="btn btn-ghost" href="/settings/licensees">{t("common-cancel")}</a>
                <Show when=move || step.get() != 0>
                    <button type="button" class="btn" on:click=move |_| step.update(|s| *s -= 1)>{t("common-back")}</button>
                </Show>
                <Show when=move || step.get() != OVERVIEW
                    fallback=move || view! { <button type="button" class="btn btn-primary" disabled=move || form.busy.get() || crate::offline::is_offline() on:click=create.clone()>{t("licensees-create")}</button> }>
                    <button type="button" class="btn btn-primary" on:click=next>{t("common-next")}</button>
                </Show>
            </div>
        </section>
    }
}

type Buyers = LocalResource<Result<Vec<BuyerDto>, crate::error::AppError>>;

#[component]
fn BuyerChoice(form: FormState<LicenseeInput>, buyers: Buyers) -> impl IntoView {
    let error = form.error("buyer_id");
    view! {
        <fieldset class="span-2" aria-describedby="buyer_id-error">
            <legend>{t("licensees-buyer")}</legend>
            {move || match buyers.get() {
                None => view! { <p class="loading" role="status">{t("licensees-loading-buyers")}</p> }.into_any(),
                Some(Err(e)) => view! { <p class="alert alert-error" role="alert">{t_msg(&e.to_string())}</p> }.into_any(),
                Some(Ok(list)) => list.into_iter().map(|b| {
                    let id = b.id.clone();
                    let id2 = b.id.clone();
                    let off = b.status == BuyerStatus::Disabled;
                    view! {
                        <label class="radio">
                            <input type="radio" name="buyer_id" disabled=off
                                prop:checked=move || form.draft.with(|d| d.buyer_id == id)
                                on:change=move |_| {
                                    let id = id2.clone();
                                    form.draft.update(|d| { d.seller_id.clear(); d.buyer_id = id; });
                                    form.server_errors.update(|e| { e.remove("buyer_id"); });
                                }/>
                            {format!(" {} ({})", b.name, b.id)}
                            {off.then(|| format!(" {}", t("licensees-buyer-disabled")))}
                        </label>
                    }
                }).collect_view().into_any(),
            }}
            <p class="field-error" id="buyer_id-error" aria-live="polite">{move || error.get().map(|e| t_msg(&e))}</p>
        </fieldset>
    }
}

#[component]
fn SellerChoice(form: FormState<LicenseeInput>, chosen: Signal<Option<BuyerDto>>) -> impl IntoView {
    let error = form.error("seller_id");
    view! {
        <fieldset class="span-2" aria-describedby="seller_id-error">
            <legend>{t("licensees-seller")}</legend>
            {move || {
                let sellers = chosen.get().map(|b| b.sellers).unwrap_or_default();
                if sellers.is_empty() {
                    return view! { <p class="empty">{t("licensees-no-seller")}</p> }.into_any();
                }
                sellers.into_iter().map(|s| {
                    let id = s.id.clone();
                    let id2 = s.id.clone();
                    view! {
                        <label class="radio">
                            <input type="radio" name="seller_id" prop:checked=move || form.draft.with(|d| d.seller_id == id)
                                on:change=move |_| {
                                    let id = id2.clone();
                                    form.draft.update(|d| d.seller_id = id);
                                    form.server_errors.update(|e| { e.remove("seller_id"); });
                                }/>
                            {format!(" {} ({})", s.name, s.id)}
                        </label>
                    }
                }).collect_view().into_any()
            }}
            <p class="field-error" id="seller_id-error" aria-live="polite">{move || error.get().map(|e| t_msg(&e))}</p>
        </fieldset>
    }
}

#[component]
fn Overview(form: FormState<LicenseeInput>, chosen: Signal<Option<BuyerDto>>) -> impl IntoView {
    let d = move || form.draft.get();
    let seller = move || {
        let id = d().seller_id;
        chosen
            .get()
            .and_then(|b| b.sellers.into_iter().find(|s| s.id == id))
            .map(|s| s.name)
            .unwrap_or(id)
    };
    view! {
        <dl class="facts span-2">
            <dt>{t("common-name")}</dt><dd>{move || d().name}</dd>
            <dt>{t("licensees-resale-licensee")}</dt><dd>{move || if d().resale { t("common-yes") } else { t("common-no") }}</dd>
            <dt>{t("licensees-external-ref")}</dt><dd>{move || d().external_ref}</dd>
            <dt>{t("licensees-buyer")}</dt><dd>{move || chosen.get().map(|b| b.name).unwrap_or_default()}</dd>
            <dt>{t("licensees-seller")}</dt><dd>{seller}</dd>
            <dt>{t("licensees-address")}</dt><dd>{move || if d().use_buyer_address { t("licensees-buyer-address").to_string() } else {
                crate::model::AddressDto { address_line1: d().address.address_line1, city: d().address.city, country: d().address.country, ..Default::default() }.one_line()
            }}</dd>
            <dt>{t("licensees-contact")}</dt><dd>{move || format!("{} {} <{}>", d().contact.contact_first_name, d().contact.contact_last_name, d().contact.contact_email)}</dd>
            <dt>{t("licensees-logo")}</dt><dd>{move || d().logo.map(|src| view! { <img class="logo-preview" src=src alt=t("licensees-logo-alt")/> }.into_any()).unwrap_or_else(|| t("licensees-no-logo").into_any())}</dd>
        </dl>
        <p class="span-2 muted">{t("licensees-overview-note")}</p>
    }
}
