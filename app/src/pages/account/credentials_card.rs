use crate::components::{ConfirmDialog, Icon, IconKind};
use crate::i18n::{t, t_msg};
use crate::model::AccountDto;
use crate::util::copy_to_clipboard;
use leptos::prelude::*;

const HIDDEN: &str = "••••••••••••••••";

/// Account id and passcode for the API. The passcode is fetched only when the eye is pressed
/// (each reveal is audited) and forgotten when the page is left.
#[component]
pub fn CredentialsCard(
    account: RwSignal<Option<AccountDto>>,
    stale: RwSignal<bool>,
) -> impl IntoView {
    let passcode = RwSignal::new(None::<String>);
    let shown = RwSignal::new(false);
    let status = RwSignal::new(None::<String>);
    let confirm = RwSignal::new(false);
    let account_id = move || account.with(|a| a.as_ref().map(|a| a.id.clone()).unwrap_or_default());

    let fetch_then = move |after: fn(RwSignal<bool>, String, RwSignal<Option<String>>)| {
        if let Some(p) = passcode.get_untracked() {
            after(shown, p, status);
            return;
        }
        leptos::task::spawn_local(async move {
            match crate::api::reveal_credentials().await {
                Ok(c) => {
                    passcode.set(Some(c.passcode.clone()));
                    after(shown, c.passcode, status);
                }
                Err(e) => status.set(Some(t_msg(&e.to_string()))),
            }
        });
    };
    let toggle = move |_| {
        if shown.get_untracked() {
            shown.set(false);
        } else {
            fetch_then(|shown, _, _| shown.set(true));
        }
    };
    let copy_passcode = move |_| {
        fetch_then(|_, p, status| {
            status.set(Some(
                if copy_to_clipboard(&p) {
                    t("account-passcode-copied")
                } else {
                    t("account-copy-failed")
                }
                .into(),
            ))
        });
    };
    let copy_id = move |_| {
        let ok = copy_to_clipboard(&account_id());
        status.set(Some(
            if ok {
                t("account-id-copied")
            } else {
                t("account-copy-failed")
            }
            .into(),
        ));
    };
    let regenerate = Callback::new(move |_| {
        leptos::task::spawn_local(async move {
            match crate::api::regenerate_passcode().await {
                Ok(c) => {
                    passcode.set(Some(c.passcode));
                    shown.set(true);
                    status.set(Some(t("account-passcode-regenerated").into()));
                }
                Err(e) => status.set(Some(t_msg(&e.to_string()))),
            }
        });
    });

    view! {
        <section class="card" aria-labelledby="credentials-title">
            <h2 id="credentials-title">{t("account-credentials")}</h2>
            <p class="muted">{t("account-credentials-text")}</p>
            <dl class="credentials">
                <dt>{t("account-id")}</dt>
                <dd>
                    <span class="secret mono" data-testid="account-id">{account_id}</span>
                    <button type="button" class="btn-icon" aria-label=t("account-copy-id") title=t("account-copy-id") on:click=copy_id>
                        <Icon kind=IconKind::Copy/>
                    </button>
                </dd>
                <dt>{t("account-passcode")}</dt>
                <dd>
                    <span class="secret mono" data-testid="passcode">
                        {move || if shown.get() { passcode.get().unwrap_or_default() } else { HIDDEN.to_string() }}
                    </span>
                    <button type="button" class="btn-icon" aria-pressed=move || shown.get().to_string()
                        aria-label=move || if shown.get() { t("account-hide-passcode") } else { t("account-show-passcode") }
                        title=move || if shown.get() { t("account-hide-passcode") } else { t("account-show-passcode") }
                        disabled=move || stale.get() on:click=toggle>
                        {move || view! { <Icon kind=if shown.get() { IconKind::EyeOff } else { IconKind::Eye }/> }}
                    </button>
                    <button type="button" class="btn-icon" aria-label=t("account-copy-passcode") title=t("account-copy-passcode")
                        disabled=move || stale.get() on:click=copy_passcode>
                        <Icon kind=IconKind::Copy/>
                    </button>
                </dd>
            </dl>
            <button type="button" class="btn btn-danger btn-sm" disabled=move || stale.get() on:click=move |_| confirm.set(true)>
                <Icon kind=IconKind::Refresh/>" "{t("account-regenerate-passcode")}
            </button>
            <p class="muted" role="status" aria-live="polite">{move || status.get()}</p>
            <ConfirmDialog open=confirm title=t("account-regenerate-title") danger=true confirm_label=t("account-regenerate")
                message=t("account-regenerate-text").to_string()
                on_confirm=regenerate/>
        </section>
    }
}
