//! The buyers a group covers: all buyers of the account, or selected ones. Shared by the
//! wizard's Buyers step and the edit page; the choices are loaded once by the page.

use super::group_fields::field_error;
use crate::error::{AppError, FieldErrors};
use crate::i18n::{t, t_args, t_msg};
use crate::model::{BuyersScope, Named};
use crate::validation::GroupInput;
use leptos::prelude::*;

/// The account's buyers a group can be limited to (id and name).
pub type BuyerChoices = LocalResource<Result<Vec<Named>, AppError>>;

pub fn load_buyer_choices() -> BuyerChoices {
    LocalResource::new(crate::api::group_buyer_choices)
}

/// "All buyers", or the names of the chosen buyers (their ids until the names are known).
pub fn buyers_summary(input: &GroupInput, choices: &[Named]) -> String {
    if input.buyers_scope == BuyersScope::All {
        return t("groups-all-buyers").into();
    }
    let mut names: Vec<String> = input
        .buyer_ids
        .iter()
        .map(|id| {
            choices
                .iter()
                .find(|c| &c.id == id)
                .map_or_else(|| id.clone(), |c| c.name.clone())
        })
        .collect();
    names.sort_by_key(|n| n.to_lowercase());
    if names.is_empty() {
        t("groups-selected-buyers-none").into()
    } else {
        names.join(", ")
    }
}

#[component]
pub fn GroupBuyers(
    input: RwSignal<GroupInput>,
    errors: RwSignal<FieldErrors>,
    choices: BuyerChoices,
    #[prop(optional)] locked: bool,
) -> impl IntoView {
    let scope = move || input.with(|i| i.buyers_scope);
    let set_scope = move |s: BuyersScope| {
        input.update(|i| i.buyers_scope = s);
        errors.update(|e| {
            e.remove("buyers_scope");
        });
    };
    let toggle = move |id: String, on: bool| {
        input.update(|i| {
            i.buyer_ids.retain(|x| *x != id);
            if on {
                i.buyer_ids.push(id);
            }
        });
        errors.update(|e| {
            e.remove("buyer_ids");
        });
    };
    let scope_error = field_error(errors, "buyers_scope");
    let ids_error = field_error(errors, "buyer_ids");
    let list = move || {
        match choices.get() {
        None => view! { <p class="loading" role="status">{t("groups-loading-buyers")}</p> }.into_any(),
        Some(Err(e)) => view! { <p class="alert alert-error" role="alert">{t_msg(&e.to_string())}</p> }.into_any(),
        Some(Ok(bs)) if bs.is_empty() => view! { <p class="muted">{t("groups-no-buyers")}</p> }.into_any(),
        Some(Ok(bs)) => bs.into_iter().map(|b| {
            let box_id = format!("group-buyer-{}", b.id);
            let id_id = format!("group-buyer-{}-id", b.id);
            let (id, id2) = (b.id.clone(), b.id.clone());
            view! {
                <div class="check">
                    <input type="checkbox" id=box_id.clone() aria-describedby=id_id.clone()
                        aria-invalid=move || if ids_error().is_some() { "true" } else { "false" }
                        prop:checked=move || input.with(|i| i.buyer_ids.contains(&id))
                        on:change=move |ev| toggle(id2.clone(), event_target_checked(&ev))/>
                    <label for=box_id>{b.name}</label>
                    <span class="muted mono" id=id_id>{b.id}</span>
                </div>
            }
        }).collect_view().into_any(),
    }
    };
    view! {
        <fieldset disabled=locked aria-describedby="buyers-hint buyers-scope-error">
            <legend>{t("groups-buyers")}</legend>
            <p class="field-hint" id="buyers-hint">{t("groups-buyers-hint")}</p>
            {locked.then(|| view! { <p class="alert alert-info">{t("groups-admins-all-buyers")}</p> })}
            <div class="field">
                <label class="check">
                    <input type="radio" name="buyers-scope" value="all"
                        prop:checked=move || scope() == BuyersScope::All
                        on:change=move |_| set_scope(BuyersScope::All)/>
                    {t("groups-all-buyers")}
                </label>
                <label class="check">
                    <input type="radio" name="buyers-scope" value="selected"
                        prop:checked=move || scope() == BuyersScope::Selected
                        on:change=move |_| set_scope(BuyersScope::Selected)/>
                    {t("groups-selected-buyers")}
                </label>
            </div>
            <p class="field-error" id="buyers-scope-error" aria-live="polite">{scope_error}</p>
            <Show when=move || scope() == BuyersScope::Selected>
                <fieldset aria-describedby="buyer-ids-error">
                    <legend>{t("groups-choose-buyers")}</legend>
                    <p class="muted">{move || t_args("groups-selected-count", &[("count", input.with(|i| i.buyer_ids.len()).to_string())])}</p>
                    <div class="field">{list}</div>
                </fieldset>
            </Show>
            <p class="field-error" id="buyer-ids-error" aria-live="polite">{ids_error}</p>
        </fieldset>
    }
}
