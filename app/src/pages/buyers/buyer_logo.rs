use crate::components::LogoPicker;
use crate::error::AppError;
use crate::i18n::{t, t_msg};
use crate::model::BuyerDto;
use leptos::prelude::*;

/// The buyer's logo, loaded on its own (it is not part of every buyer row).
#[component]
pub fn BuyerLogoCard(buyer: RwSignal<Option<BuyerDto>>, can_edit: Signal<bool>) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let src = RwSignal::new(None::<String>);
    let id = move || buyer.with_untracked(|b| b.as_ref().map(|b| b.id.clone()).unwrap_or_default());
    let load = move || {
        let id = id();
        leptos::task::spawn_local(async move {
            if let Ok(url) = crate::api::get_buyer_logo(id).await {
                src.set(url);
            }
        });
    };
    if buyer.with_untracked(|b| b.as_ref().is_some_and(|b| b.has_logo)) {
        load();
    }
    let finish = move |result: Result<BuyerDto, AppError>| {
        match result {
            Ok(dto) => {
                error.set(None);
                if dto.has_logo {
                    load();
                } else {
                    src.set(None);
                }
                buyer.set(Some(dto));
            }
            Err(e) => error.set(Some(t_msg(
                &e.field_errors()
                    .get("logo")
                    .cloned()
                    .unwrap_or_else(|| e.to_string()),
            ))),
        }
        busy.set(false);
    };
    let upload = Callback::new(move |data_url: String| {
        leptos::task::spawn_local(async move {
            finish(crate::api::set_buyer_logo(id(), Some(data_url)).await)
        })
    });
    let remove = Callback::new(move |_| {
        leptos::task::spawn_local(
            async move { finish(crate::api::set_buyer_logo(id(), None).await) },
        );
    });
    view! {
        <section class="card" aria-labelledby="buyer-logo-title">
            <h2 id="buyer-logo-title">{t("buyers-logo")}</h2>
            <LogoPicker id="buyer-logo" src=src alt=t("buyers-logo-alt") can_edit busy error on_upload=upload on_remove=remove/>
        </section>
    }
}
