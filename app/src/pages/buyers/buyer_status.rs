use crate::components::{ConfirmDialog, FormMessage};
use crate::model::{BuyerDto, BuyerStatus, DisabledBy};
use leptos::prelude::*;

/// What a disabled buyer means for its licensees, said where people look.
#[component]
pub fn BuyerDisabledNotice(buyer: Signal<BuyerDto>) -> impl IntoView {
    move || {
        let b = buyer.get();
        (b.status == BuyerStatus::Disabled).then(|| {
            let by = match b.disabled_by {
                Some(DisabledBy::Operations) => " by the platform operator; only they can enable it again",
                _ => "",
            };
            view! {
                <p class="alert alert-warning" role="status">
                    {format!(
                        "This buyer is disabled{by}. Its {} licensee(s) are unavailable for new use until it is enabled.",
                        b.licensees
                    )}
                </p>
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
    let text = Signal::derive(move || {
        match current() {
        Some(b) if b.status == BuyerStatus::Disabled => format!(
            "Enable {}? Its licensees can be used again.",
            b.name
        ),
        Some(b) => format!(
            "Disable {}? Its {} licensee(s) become unavailable for new use until it is enabled again.",
            b.name, b.licensees
        ),
        None => String::new(),
    }
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
                        format!(
                            "{} {}.",
                            if enable { "Enabled" } else { "Disabled" },
                            dto.name
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
                {move || if enabling() { "Enable buyer" } else { "Disable buyer" }}
            </button>
        </Show>
        <ConfirmDialog open title="Change buyer status" message=text
            confirm_label="Confirm" on_confirm=run danger=true/>
    }
}
