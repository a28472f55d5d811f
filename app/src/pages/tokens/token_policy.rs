use crate::model::TokenPolicy;
use leptos::prelude::*;

const CAPS: [(&str, &str); 5] = [
    ("", "No cap (up to 730 days)"),
    ("30", "30 days"),
    ("60", "60 days"),
    ("90", "90 days"),
    ("365", "365 days"),
];

/// The account setting that caps how long new tokens may live (Admins).
#[component]
pub fn TokenPolicyCard(policy: TokenPolicy, on_saved: Callback<TokenPolicy>) -> impl IntoView {
    let choice = RwSignal::new(policy.max_days.map(|d| d.to_string()).unwrap_or_default());
    let message = RwSignal::new(None::<(bool, String)>);
    let revision = policy.account_revision;
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let max_days = choice.get_untracked().parse::<i64>().ok();
        leptos::task::spawn_local(async move {
            match crate::api::set_token_policy(max_days, revision).await {
                Ok(p) => {
                    message.set(Some((true, "Saved. New tokens follow this limit.".into())));
                    on_saved.run(p);
                }
                Err(e) => message.set(Some((false, e.to_string()))),
            }
        });
    };
    view! {
        <form class="card form-inline" aria-labelledby="token-policy-title" on:submit=submit>
            <h2 id="token-policy-title">"Token lifetime"</h2>
            <div class="field">
                <label for="token-max-days">"Longest lifetime of new tokens"</label>
                <select id="token-max-days" on:change=move |ev| choice.set(event_target_value(&ev))>
                    {CAPS.iter().map(|(v, l)| view! { <option value=*v selected=move || choice.get() == *v>{*l}</option> }).collect_view()}
                </select>
            </div>
            <button type="submit" class="btn">"Save limit"</button>
            {move || message.get().map(|(ok, m)| view! {
                <p class=if ok { "alert alert-success" } else { "alert alert-error" } role=if ok { "status" } else { "alert" }>{m}</p>
            })}
        </form>
    }
}
