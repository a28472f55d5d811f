use crate::i18n::{t, t_args, t_msg};
use crate::model::ChainReport;
use leptos::prelude::*;

fn describe(r: &ChainReport) -> String {
    match (&r.first_broken, &r.problem) {
        (None, None) => t_args(
            if r.starts_after_seq > 0 {
                "audit-chain-intact-since"
            } else {
                "audit-chain-intact"
            },
            &[
                ("count", r.checked.to_string()),
                ("ms", r.elapsed_ms.to_string()),
            ],
        ),
        (Some(id), problem) => t_args(
            "audit-chain-broken-at",
            &[
                ("id", id.to_string()),
                ("count", r.checked.to_string()),
                ("problem", problem.as_deref().map(t_msg).unwrap_or_default()),
            ],
        ),
        (None, Some(problem)) => t_args("audit-chain-broken", &[("problem", t_msg(problem))]),
    }
}

/// Re-computes every hash of the account's chain on the server and says what it found.
#[component]
pub fn VerifyButton() -> impl IntoView {
    let busy = RwSignal::new(false);
    let result = RwSignal::new(None::<(bool, String)>);
    let run = move |_| {
        busy.set(true);
        result.set(None);
        leptos::task::spawn_local(async move {
            let out = match crate::api::verify_audit_chain().await {
                Ok(r) => (r.intact(), describe(&r)),
                Err(e) => (false, t_msg(&e.to_string())),
            };
            result.set(Some(out));
            busy.set(false);
        });
    };
    view! {
        <button type="button" class="btn" on:click=run disabled=move || busy.get()>
            {move || if busy.get() { t("audit-verifying") } else { t("audit-verify") }}
        </button>
        <p class="verify-result" role="status" aria-live="polite">
            {move || result.get().map(|(ok, text)| view! {
                <span class=if ok { "alert alert-success" } else { "alert alert-error" }>{text}</span>
            })}
        </p>
    }
}
