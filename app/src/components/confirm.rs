use crate::i18n::t;
use leptos::prelude::*;

/// A modal confirmation (native `<dialog>`: focus trap, Escape to cancel, announced as dialog).
#[component]
pub fn ConfirmDialog(
    open: RwSignal<bool>,
    title: &'static str,
    #[prop(into)] message: Signal<String>,
    confirm_label: &'static str,
    on_confirm: Callback<()>,
    #[prop(optional)] danger: bool,
) -> impl IntoView {
    let dialog = super::modal::modal_dialog(open);
    let title_id = format!("dlg-{}", title.replace(' ', "-").to_lowercase());
    let title_id2 = title_id.clone();
    view! {
        <dialog class="confirm" node_ref=dialog aria-labelledby=title_id.clone() on:close=move |_| open.set(false)>
            <h2 id=title_id2>{title}</h2>
            <p>{move || message.get()}</p>
            <super::OfflineNote/>
            <div class="dialog-actions">
                <button type="button" class="btn" on:click=move |_| open.set(false)>{t("common-cancel")}</button>
                <button
                    type="button"
                    class=if danger { "btn btn-danger" } else { "btn btn-primary" }
                    disabled=crate::offline::is_offline
                    on:click=move |_| {
                        open.set(false);
                        on_confirm.run(());
                    }
                >
                    {confirm_label}
                </button>
            </div>
        </dialog>
    }
}
