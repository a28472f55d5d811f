//! The parts of the group form, shared by the wizard (one step each) and the edit page.

use super::group_buyers::{buyers_summary, BuyerChoices};
use crate::error::FieldErrors;
use crate::i18n::{t, t_args, t_dyn, t_msg, t_word};
use crate::model::UserFilter;
use crate::permissions::{Level, Module};
use crate::validation::GroupInput;
use leptos::prelude::*;

pub fn field_error(
    errors: RwSignal<FieldErrors>,
    f: &'static str,
) -> impl Fn() -> Option<String> + Copy {
    move || errors.with(|e| e.get(f).map(|m| t_msg(m)))
}

#[component]
pub fn GeneralFields(
    input: RwSignal<GroupInput>,
    errors: RwSignal<FieldErrors>,
    #[prop(optional)] locked: bool,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for="group-name">{t("groups-name")}</label>
            <input id="group-name" disabled=locked aria-describedby="group-name-error"
                prop:value=move || input.with(|i| i.name.clone())
                on:input=move |ev| { let v = event_target_value(&ev); input.update(|i| i.name = v); }/>
            <p class="field-error" id="group-name-error" aria-live="polite">{field_error(errors, "name")}</p>
        </div>
        <div class="field">
            <label for="group-description">{t("groups-description")}</label>
            <textarea id="group-description" rows="3" prop:value=move || input.with(|i| i.description.clone())
                on:input=move |ev| { let v = event_target_value(&ev); input.update(|i| i.description = v); }></textarea>
            <p class="field-error" aria-live="polite">{field_error(errors, "description")}</p>
        </div>
    }
}

#[component]
pub fn ModuleLevels(
    input: RwSignal<GroupInput>,
    errors: RwSignal<FieldErrors>,
    #[prop(optional)] locked: bool,
) -> impl IntoView {
    // Only the modules the account is entitled to (Operations decides which).
    let entitled = crate::state::use_session()
        .session
        .with_untracked(|s| s.as_ref().map(|s| s.modules.clone()).unwrap_or_default());
    view! {
        <fieldset>
            <legend>{t("groups-module-access")}</legend>
            <div class="form-grid">
                {Module::ALL.into_iter().filter(|m| entitled.contains(m)).map(|m| {
                    let id = format!("level-{}", m.label().to_lowercase().replace(' ', "-"));
                    view! {
                        <div class="field">
                            <label for=id.clone()>{t_word("module", m.label())}</label>
                            <select id=id disabled=locked
                                prop:value=move || input.with(|i| i.modules.get(&m).copied().unwrap_or(Level::None).as_str())
                                on:change=move |ev| {
                                    let level = Level::parse(&event_target_value(&ev));
                                    input.update(|i| { i.modules.insert(m, level); });
                                }>
                                <option value="none">{t("groups-no-access")}</option>
                                <option value="view">{t_word("level", "view")}</option>
                                <option value="edit">{t_word("level", "edit")}</option>
                            </select>
                        </div>
                    }
                }).collect_view()}
            </div>
            <p class="field-error" aria-live="polite">{field_error(errors, "modules")}</p>
        </fieldset>
    }
}

#[component]
pub fn MemberPicker(input: RwSignal<GroupInput>, errors: RwSignal<FieldErrors>) -> impl IntoView {
    let search = RwSignal::new(String::new());
    let people = LocalResource::new(move || {
        let s = search.get();
        async move {
            let f = UserFilter {
                search: s,
                sort: "name".into(),
                limit: 100,
                ..Default::default()
            };
            crate::api::list_users(f)
                .await
                .map(|p| p.rows)
                .unwrap_or_default()
        }
    });
    view! {
        <fieldset>
            <legend>{t("groups-members")}</legend>
            <div class="field">
                <label for="member-search">{t("groups-find-people")}</label>
                <input id="member-search" type="search" prop:value=move || search.get()
                    on:input=move |ev| search.set(event_target_value(&ev))/>
            </div>
            <p class="muted">{move || t_args("groups-selected-count", &[("count", input.with(|i| i.member_ids.len()).to_string())])}</p>
            {move || people.get().unwrap_or_default().into_iter().map(|r| {
                let id = r.membership_id.clone();
                let id2 = id.clone();
                view! {
                    <label class="check">
                        <input type="checkbox" prop:checked=move || input.with(|i| i.member_ids.contains(&id))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                let id = id2.clone();
                                input.update(|i| { i.member_ids.retain(|x| *x != id); if on { i.member_ids.push(id); } });
                            }/>
                        {format!("{} ({})", r.name(), r.email)}
                    </label>
                }
            }).collect_view()}
            <p class="field-error" aria-live="polite">{field_error(errors, "members")}</p>
        </fieldset>
    }
}

#[component]
pub fn Overview(input: RwSignal<GroupInput>, choices: BuyerChoices) -> impl IntoView {
    let buyers = move || {
        let known = choices.get().and_then(Result::ok).unwrap_or_default();
        input.with(|i| buyers_summary(i, &known))
    };
    view! {
        <dl class="credentials">
            <dt>{t("common-name")}</dt><dd>{move || input.with(|i| i.name.clone())}</dd>
            <dt>{t("groups-description")}</dt><dd>{move || input.with(|i| i.description.clone())}</dd>
            <dt>{t("groups-modules")}</dt>
            // The level in lower case, as a word of the sentence: "Audit trail (view)".
            <dd>{move || input.with(|i| i.modules.iter().filter(|(_, l)| **l != Level::None)
                .map(|(m, l)| t_args("groups-overview-module", &[
                    ("module", t_word("module", m.label())),
                    ("level", t_dyn(&format!("groups-overview-level-{}", l.as_str()))),
                ])).collect::<Vec<_>>().join(", "))}</dd>
            <dt>{t("groups-buyers")}</dt><dd>{buyers}</dd>
            <dt>{t("groups-members")}</dt><dd>{move || input.with(|i| i.member_ids.len())}</dd>
        </dl>
    }
}
