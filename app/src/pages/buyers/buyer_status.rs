use crate::components::{ConfirmDialog, FormMessage};
use crate::i18n::{t, t_args};
use crate::model::{BuyerDto, BuyerStatus, DisabledBy};
use leptos::prelude::*;

/// What a disabled buyer means for its licensees, said where people look.
#[component]
pub fn BuyerDisabledNotice(buyer: Signal<BuyerDto>) -> impl IntoView {
    move || {
        let b = buyer.get();
        (b.status == BuyerStatus::Disabled).then(|| {
            let args = [("count", b.licensees.to_string())];
            let text = match b.disabled_by {
                Some(DisabledBy::Operations) => t_args("buyers-disabled-notice-ops", &args),
                _ => t_args("buyers-disabled-notice", &args),
            };
            view! {
                <p class="alert alert-warning" role="status">{text}</p>
            }
        })
    }
}

/// Disable, or enable where the state machine allows it for this caller, with confirmation.
/// `ops_account` set: the platform operator acting on a client's buyer.
#[component]
pub fn BuyerStatusAction(
    buyer: RwSignal<Option<BuyerDto>>,
    #[prop(optional)] ops_account: Option<String>,
) -> impl IntoView {
    let operations = ops_account.is_some();
    let ops_account = StoredValue::new(ops_account);
    let open = RwSignal::new(false);
    let message = RwSignal::new(None::<(bool, String)>);
    let current = move || buyer.get();
    let enabling = move || current().is_some_and(|b| b.status == BuyerStatus::Disabled);
    let offered = move || {
        current().is_some_and(|b| {
            b.status.can_disable() || b.status.can_enable(b.disabled_by, operations)
        })
    };
    let text = Signal::derive(move || match current() {
        Some(b) if b.status == BuyerStatus::Disabled => {
            t_args("buyers-enable-confirm", &[("name", b.name)])
        }
        Some(b) => t_args(
            "buyers-disable-confirm",
            &[("name", b.name), ("count", b.licensees.to_string())],
        ),
        None => String::new(),
    });
    let run = Callback::new(move |_| {
        let Some(b) = buyer.get_untracked() else {
            return;
        };
        let enable = b.status == BuyerStatus::Disabled;
        let ops = ops_account.get_value();
        leptos::task::spawn_local(async move {
            let result = match ops {
                Some(account) => {
                    crate::api::ops_set_buyer_enabled(account, b.id.clone(), enable).await
                }
                None => crate::api::set_buyer_enabled(b.id.clone(), enable).await,
            };
            match result {
                Ok(dto) => {
                    message.set(Some((
                        true,
                        t_args(
                            if enable {
                                "buyers-enabled-done"
                            } else {
                                "buyers-disabled-done"
                            },
                            &[("name", dto.name.clone())],
                        ),
                    )));
                    buyer.set(Some(dto));
                }
                Err(e) => message.set(Some((false, e.to_string()))),
            }
        });
    });
    view! {
        <FormMessage message/>
        <Show when=offered>
            <button type="button" class=move || if enabling() { "btn" } else { "btn btn-danger" }
                on:click=move |_| open.set(true)>
                {move || if enabling() { t("buyers-enable") } else { t("buyers-disable") }}
            </button>
        </Show>
        <ConfirmDialog open title=t("buyers-status-title") message=text
            confirm_label=t("common-confirm") on_confirm=run danger=true/>
    }
}
