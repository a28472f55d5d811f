use crate::components::{ConfirmDialog, FormMessage};
use crate::i18n::{t, t_args};
use crate::model::{BuyerStatus, LicenseeDto, LicenseeStatus};
use leptos::prelude::*;

/// Why a licensee cannot be used for new business, said on its page.
#[component]
pub fn LicenseeNotice(licensee: Signal<LicenseeDto>) -> impl IntoView {
    move || {
        let l = licensee.get();
        let text = if l.buyer_status == BuyerStatus::Disabled {
            Some(t_args(
                "licensees-notice-buyer-disabled",
                &[("buyer", l.buyer.name)],
            ))
        } else if l.status == LicenseeStatus::New {
            Some(t("licensees-notice-new").to_string())
        } else if l.status == LicenseeStatus::Disabled {
            Some(t("licensees-notice-disabled").to_string())
        } else {
            None
        };
        text.map(|text| view! { <p class="alert alert-warning" role="status">{text}</p> })
    }
}

/// Enable or disable, offered only where the state machine allows it.
#[component]
pub fn LicenseeStatusAction(licensee: RwSignal<Option<LicenseeDto>>) -> impl IntoView {
    let open = RwSignal::new(false);
    let message = RwSignal::new(None::<(bool, String)>);
    let l = move || licensee.get().unwrap_or_default();
    let enabling = move || l().status != LicenseeStatus::Active;
    let offered = move || {
        let l = l();
        if enabling() {
            l.status.can_enable(l.buyer_status)
        } else {
            l.status.can_disable()
        }
    };
    let text = Signal::derive(move || {
        let l = l();
        if enabling() {
            t_args("licensees-enable-confirm", &[("name", l.name)])
        } else {
            t_args("licensees-disable-confirm", &[("name", l.name)])
        }
    });
    let run = Callback::new(move |_| {
        let Some(cur) = licensee.get_untracked() else {
            return;
        };
        let enable = cur.status != LicenseeStatus::Active;
        leptos::task::spawn_local(async move {
            match crate::api::set_licensee_enabled(cur.id.clone(), enable).await {
                Ok(dto) => {
                    message.set(Some((
                        true,
                        t_args(
                            if enable {
                                "licensees-enabled-done"
                            } else {
                                "licensees-disabled-done"
                            },
                            &[("name", dto.name.clone())],
                        ),
                    )));
                    licensee.set(Some(dto));
                }
                Err(e) => message.set(Some((false, e.to_string()))),
            }
        });
    });
    view! {
        <FormMessage message/>
        <Show when=offered>
            <button type="button" class=move || if enabling() { "btn btn-primary" } else { "btn btn-danger" } on:click=move |_| open.set(true)>
                {move || if enabling() { t("licensees-enable") } else { t("licensees-disable") }}
            </button>
        </Show>
        <ConfirmDialog open title=t("licensees-status-title") message=text confirm_label=t("common-confirm") on_confirm=run danger=true/>
    }
}
