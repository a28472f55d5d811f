use crate::model::ChainReport;
use leptos::prelude::*;

fn describe(r: &ChainReport) -> String {
    let from = if r.starts_after_seq > 0 {
        " since the last retention purge"
    } else {
        ""
    };
    match (&r.first_broken, &r.problem) {
        (None, None) => format!(
            "The chain is intact: {} records checked{from} in {} ms.",
            r.checked, r.elapsed_ms
        ),
        (Some(id), problem) => format!(
            "The chain is broken at record {id} (after {} good records). {}",
            r.checked,
            problem.clone().unwrap_or_default()
        ),
        (None, Some(problem)) => format!("The chain is broken. {problem}"),
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
                Err(e) => (false, e.to_string()),
            };
            result.set(Some(out));
            busy.set(false);
        });
    };
    view! {
        <button type="button" class="btn" on:click=run disabled=move || busy.get()>
            {move || if busy.get() { "Verifying…" } else { "Verify integrity" }}
        </button>
        <p class="verify-result" role="status" aria-live="polite">
            {move || result.get().map(|(ok, text)| view! {
                <span class=if ok { "alert alert-success" } else { "alert alert-error" }>{text}</span>
            })}
        </p>
    }
}
