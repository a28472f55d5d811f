use super::group_buyers::load_buyer_choices;
use super::group_fields::{GeneralFields, MemberPicker, ModuleLevels, Overview};
use super::GroupBuyers;
use crate::components::{DraftOffer, RequireModule};
use crate::error::{AppError, FieldErrors};
use crate::i18n::{t, t_args, t_msg};
use crate::offline::Draft;
use crate::permissions::Module;
use crate::validation::GroupInput;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// The steps' names (message ids).
const STEPS: [&str; 5] = [
    "common-general",
    "groups-modules",
    "groups-buyers",
    "groups-members",
    "groups-overview",
];

/// Which step a field error belongs to, so a server refusal sends the user back there.
fn step_of(errors: &FieldErrors) -> usize {
    if errors.contains_key("name") || errors.contains_key("description") {
        0
    } else if errors.contains_key("modules") {
        1
    } else if errors.contains_key("buyers_scope") || errors.contains_key("buyer_ids") {
        2
    } else {
        3
    }
}

#[component]
pub fn GroupWizardPage() -> impl IntoView {
    view! { <RequireModule module=Module::Groups><GroupWizard/></RequireModule> }
}

#[component]
fn GroupWizard() -> impl IntoView {
    let navigate = use_navigate();
    let input = RwSignal::new(GroupInput::default());
    let step = RwSignal::new(0usize);
    let errors = RwSignal::new(FieldErrors::new());
    let message = RwSignal::new(None::<String>);
    let choices = load_buyer_choices();
    // The step and the entries are kept as typed, and offered back after a reload.
    let kept = Draft::keep(
        Signal::derive(|| Some("group:new".to_string())),
        Signal::derive(move || (step.get(), input.get())),
        Signal::derive(|| Some((0, GroupInput::default()))),
        RwSignal::new(0),
    );
    let restore = Callback::new(move |_| {
        kept.restore_with(|(at, entries), _| {
            input.set(entries);
            step.set(at.min(STEPS.len() - 1));
        })
    });
    let next = move |_| {
        // Each step checks its own fields with the shared validation before moving on.
        let found = input.with(|i| i.validate().err().unwrap_or_default());
        let mine: FieldErrors = found
            .into_iter()
            .filter(|(k, _)| match step.get_untracked() {
                0 => k == "name" || k == "description",
                1 => k == "modules",
                2 => k == "buyers_scope" || k == "buyer_ids",
                _ => false,
            })
            .collect();
        errors.set(mine.clone());
        if mine.is_empty() {
            step.update(|s| *s = (*s + 1).min(STEPS.len() - 1));
        }
    };
    let not_first = move || step.get() != 0;
    let not_last = move || step.get() + 1 != STEPS.len();
    let create = move |_| {
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            match crate::api::create_group(input.get_untracked()).await {
                Ok(_) => {
                    kept.discard();
                    navigate("/settings/groups?created=1", Default::default())
                }
                Err(AppError::Validation(e)) => {
                    step.set(step_of(&e));
                    errors.set(e);
                }
                Err(e) => message.set(Some(e.to_string())),
            }
        });
    };
    view! {
        <div class="page-header"><h1>{t("groups-new")}</h1></div>
        <ol class="steps" aria-label=t("groups-steps")>
            {STEPS.iter().enumerate().map(|(i, s)| view! {
                <li aria-current=move || (step.get() == i).then_some("step")>{t_args("groups-step", &[("number", (i + 1).to_string()), ("name", t(s).to_string())])}</li>
            }).collect_view()}
        </ol>
        <DraftOffer draft=kept on_restore=restore/>
        {move || message.get().map(|m| view! { <p class="alert alert-error" role="alert">{t_msg(&m)}</p> })}
        <section class="card" aria-label=move || t(STEPS[step.get()])>
            <h2>{move || t(STEPS[step.get()])}</h2>
            {move || match step.get() {
                0 => view! { <GeneralFields input errors/> }.into_any(),
                1 => view! { <ModuleLevels input errors/> }.into_any(),
                2 => view! { <GroupBuyers input errors choices/> }.into_any(),
                3 => view! { <MemberPicker input errors/> }.into_any(),
                _ => view! { <Overview input choices/> }.into_any(),
            }}
            <div class="form-actions">
                <a class="btn btn-ghost" href="/settings/groups">{t("common-cancel")}</a>
                <Show when=not_first>
                    <button type="button" class="btn" on:click=move |_| step.update(|s| *s -= 1)>{t("common-back")}</button>
                </Show>
                <Show when=not_last
                    fallback=move || view! { <button type="button" class="btn btn-primary" disabled=crate::offline::is_offline on:click=create.clone()>{t("groups-create")}</button> }>
                    <button type="button" class="btn btn-primary" on:click=next>{t("common-next")}</button>
                </Show>
            </div>
        </section>
    }
}
