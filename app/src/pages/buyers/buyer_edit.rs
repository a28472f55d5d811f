use crate::components::{address_fields, contact_fields, DraftOffer, FormMessage, FormState};
use crate::error::AppError;
use crate::i18n::t;
use crate::model::BuyerDto;
use crate::offline::Draft;
use crate::validation::BuyerDetails;
use leptos::prelude::*;

fn details_of(b: &BuyerDto) -> BuyerDetails {
    BuyerDetails {
        address: b.address.to_input(),
        contact: b.contact.to_input(),
    }
}

/// The address and contact of a buyer, checked as typed, saved with a revision check.
#[component]
pub fn BuyerEditForm(buyer: RwSignal<Option<BuyerDto>>, can_edit: Signal<bool>) -> impl IntoView {
    let start = buyer
        .get_untracked()
        .map(|b| details_of(&b))
        .unwrap_or_default();
    let form = FormState::new(start, |d: &BuyerDetails| {
        d.validate().err().unwrap_or_default()
    });
    let disabled = Signal::derive(move || !can_edit.get() || form.busy.get());
    let conflict = RwSignal::new(false);
    // What is typed is kept (with the revision it is based on) and offered back after a reload.
    let revision = RwSignal::new(buyer.get_untracked().map_or(0, |b| b.revision));
    let kept = Draft::keep(
        Signal::derive(move || buyer.with(|b| b.as_ref().map(|b| format!("buyer:{}", b.id)))),
        form.draft,
        Signal::derive(move || buyer.with(|b| b.as_ref().map(details_of))),
        revision,
    );
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(b) = buyer.get_untracked() else {
            return;
        };
        if !form.ready() {
            return;
        }
        form.busy.set(true);
        let details = form.draft.get_untracked();
        leptos::task::spawn_local(async move {
            match crate::api::update_buyer(b.id.clone(), details, revision.get_untracked()).await {
                Ok(dto) => {
                    kept.discard();
                    revision.set(dto.revision);
                    form.saved(details_of(&dto), t("buyers-saved"));
                    conflict.set(false);
                    buyer.set(Some(dto));
                }
                Err(e) => {
                    conflict.set(matches!(e, AppError::Conflict(_)));
                    form.failed(e);
                }
            }
            form.busy.set(false);
        });
    };
    // Keeps what was typed; only the revision moves on, so Save applies the edits over the
    // latest version on purpose.
    let reload = move |_| {
        let Some(b) = buyer.get_untracked() else {
            return;
        };
        leptos::task::spawn_local(async move {
            if let Ok(dto) = crate::api::get_buyer(b.id).await {
                revision.set(dto.revision);
                buyer.set(Some(dto));
                conflict.set(false);
                form.message.set(Some((true, t("buyers-reloaded").into())));
            }
        });
    };
    view! {
        <form class="card form-grid" on:submit=save novalidate aria-labelledby="buyer-edit-title">
            <h2 id="buyer-edit-title" class="span-2">{t("buyers-edit-title")}</h2>
            <FormMessage message=form.message/>
            <div class="span-2"><DraftOffer draft=kept on_restore=Callback::new(move |_| kept.restore(form.draft, revision))/></div>
            <Show when=move || conflict.get()>
                <p class="span-2"><button type="button" class="btn btn-sm" on:click=reload>{t("common-load-latest")}</button></p>
            </Show>
            <fieldset class="span-2 form-grid">
                <legend>{t("buyers-address")}</legend>
                {address_fields(form, |d| &d.address, |d| &mut d.address, disabled)}
            </fieldset>
            <fieldset class="span-2 form-grid">
                <legend>{t("buyers-contact")}</legend>
                {contact_fields(form, |d| &d.contact, |d| &mut d.contact, disabled)}
            </fieldset>
            <Show when=move || can_edit.get()>
                <div class="form-actions span-2">
                    <button type="submit" class="btn btn-primary" disabled=move || form.busy.get() || crate::offline::is_offline()>{t("buyers-save")}</button>
                </div>
            </Show>
        </form>
    }
}
