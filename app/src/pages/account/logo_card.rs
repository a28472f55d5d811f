use crate::components::LogoPicker;
use crate::i18n::t;
use crate::model::AccountDto;
use leptos::prelude::*;

#[component]
pub fn LogoCard(account: RwSignal<Option<AccountDto>>, can_edit: Signal<bool>) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let src = move || {
        account.with(|a| {
            a.as_ref()
                .filter(|a| a.has_logo)
                .map(|a| format!("/assets/logo/{}?v={}", a.id, a.updated_at))
        })
    };
    let finish = move |result: Result<AccountDto, crate::error::AppError>| {
        match result {
            Ok(dto) => {
                error.set(None);
                account.set(Some(dto));
            }
            Err(e) => error.set(Some(
                e.field_errors()
                    .get("logo")
                    .cloned()
                    .unwrap_or_else(|| e.to_string()),
            )),
        }
        busy.set(false);
    };
    let upload = Callback::new(move |data_url: String| {
        leptos::task::spawn_local(async move { finish(crate::api::upload_logo(data_url).await) })
    });
    let remove = Callback::new(move |_| {
        leptos::task::spawn_local(async move { finish(crate::api::remove_logo().await) });
    });
    view! {
        <section class="card" aria-labelledby="logo-title">
            <h2 id="logo-title">{t("account-logo")}</h2>
            <LogoPicker id="logo" src=Signal::derive(src) alt=t("account-logo-alt") can_edit busy error on_upload=upload on_remove=remove/>
        </section>
    }
}
