use crate::components::LogoCard;
use crate::i18n::t;
use crate::model::BuyerDto;
use leptos::prelude::*;

/// The buyer's logo card.
#[component]
pub fn BuyerLogoCard(buyer: RwSignal<Option<BuyerDto>>, can_edit: Signal<bool>) -> impl IntoView {
    let object_id = Signal::derive(move || {
        buyer.with(|b| b.as_ref().map(|b| b.id.clone()).unwrap_or_default())
    });
    let has_logo = buyer.with_untracked(|b| b.as_ref().is_some_and(|b| b.has_logo));
    view! {
        <LogoCard id="buyer-logo" title=t("buyers-logo") alt=t("buyers-logo-alt") object_id has_logo can_edit
            load=|id| Box::pin(crate::api::get_buyer_logo(id))
            save=|id, url| Box::pin(crate::api::set_buyer_logo(id, url))
            saved_has_logo=|b: &BuyerDto| b.has_logo
            on_saved=Callback::new(move |b| buyer.set(Some(b)))/>
    }
}
