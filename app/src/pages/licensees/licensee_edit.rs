use super::licensee_fields::{address_choice, general_fields};
use crate::components::{contact_fields, DraftOffer, FormMessage, FormState};
use crate::error::AppError;
use crate::i18n::t;
use crate::model::LicenseeDto;
use crate::offline::Draft;
use crate::validation::{LicenseeEdit, LicenseeInput};
use leptos::prelude::*;

/// The form keeps a wizard-shaped draft so both share their fields; buyer and seller are
/// fixed, so they come from the licensee and are never sent.
fn draft_of(l: &LicenseeDto) -> LicenseeInput {
    let e = LicenseeEdit::from_dto(l);
    LicenseeInput {
        name: e.name,
        resale: e.resale,
        external_ref: e.external_ref,
        description: e.description,
        buyer_id: l.buyer.id.clone(),
        seller_id: l.seller.id.clone(),
        use_buyer_address: e.use_buyer_address,
        address: e.address,
        contact: e.contact,
        // The logo has its own card on the page, saved on its own.
        logo: None,
    }
}

fn edit_of(d: LicenseeInput) -> LicenseeEdit {
    LicenseeEdit {
        name: d.name,
        resale: d.resale,
        external_ref: d.external_ref,
        description: d.description,
        use_buyer_address: d.use_buyer_address,
        address: d.address,
        contact: d.contact,
    }
}

#[component]
pub fn LicenseeEditForm(
    licensee: RwSignal<Option<LicenseeDto>>,
    can_edit: Signal<bool>,
) -> impl IntoView {
    let start = licensee
        .get_untracked()
        .map(|l| draft_of(&l))
        .unwrap_or_default();
    let form = FormState::new(start, |d: &LicenseeInput| {
        d.validate().err().unwrap_or_default()
    });
    let disabled = Signal::derive(move || !can_edit.get() || form.busy.get());
    let buyer_address = Signal::derive(move || {
        licensee
            .get()
            .filter(|l| l.uses_buyer_address)
            .map(|l| l.address)
    });
    let conflict = RwSignal::new(false);
    // What is typed is kept (with the revision it is based on) and offered back after a reload.
    let revision = RwSignal::new(licensee.get_untracked().map_or(0, |l| l.revision));
    let kept = Draft::keep(
        Signal::derive(move || licensee.with(|l| l.as_ref().map(|l| format!("licensee:{}", l.id)))),
        form.draft,
        Signal::derive(move || licensee.with(|l| l.as_ref().map(draft_of))),
        revision,
    );
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(l) = licensee.get_untracked() else {
            return;
        };
        if !form.ready() {
            return;
        }
        form.busy.set(true);
        let edit = edit_of(form.draft.get_untracked());
        leptos::task::spawn_local(async move {
            match crate::api::update_licensee(l.id.clone(), edit, revision.get_untracked()).await {
                Ok(dto) => {
                    kept.discard();
                    revision.set(dto.revision);
                    form.saved(draft_of(&dto), t("licensees-saved"));
                    conflict.set(false);
                    licensee.set(Some(dto));
                }
                Err(e) => {
                    conflict.set(matches!(e, AppError::Conflict(_)));
                    form.failed(e);
                }
            }
            form.busy.set(false);
        });
    };
    let reload = move |_| {
        let Some(l) = licensee.get_untracked() else {
            return;
        };
        leptos::task::spawn_local(async move {
            if let Ok(dto) = crate::api::get_licensee(l.id).await {
                revision.set(dto.revision);
                licensee.set(Some(dto));
                conflict.set(false);
                form.message
                    .set(Some((true, t("licensees-reloaded").into())));
            }
        });
    };
    view! {
        <form class="card form-grid" on:submit=save novalidate aria-labelledby="licensee-edit-title">
            <h2 id="licensee-edit-title" class="span-2">{t("licensees-edit-title")}</h2>
            <FormMessage message=form.message/>
            <div class="span-2"><DraftOffer draft=kept on_restore=Callback::new(move |_| kept.restore(form.draft, revision))/></div>
            <Show when=move || conflict.get()>
                <p class="span-2"><button type="button" class="btn btn-sm" on:click=reload>{t("common-load-latest")}</button></p>
            </Show>
            {general_fields(form, disabled)}
            {address_choice(form, buyer_address, disabled)}
            <fieldset class="span-2 form-grid">
                <legend>{t("licensees-contact")}</legend>
                {contact_fields(form, |d| &d.contact, |d| &mut d.contact, disabled)}
            </fieldset>
            <Show when=move || can_edit.get()>
                <div class="form-actions span-2">
                    <button type="submit" class="btn btn-primary" disabled=move || form.busy.get() || crate::offline::is_offline()>{t("licensees-save")}</button>
                </div>
            </Show>
        </form>
    }
}
