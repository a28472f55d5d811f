use crate::i18n::{t, t_args, t_msg};
use crate::model::TokenPolicy;
use leptos::prelude::*;

const CAPS: [&str; 5] = ["", "30", "60", "90", "365"];

fn cap_label(days: &str) -> String {
    if days.is_empty() {
        t("tokens-cap-none").to_string()
    } else {
        t_args("tokens-expiry-days", &[("count", days.to_string())])
    }
}

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
                    message.set(Some((true, t("tokens-policy-saved").into())));
                    on_saved.run(p);
                }
                Err(e) => message.set(Some((false, e.to_string()))),
            }
        });
    };
    view! {
        <form class="card form-inline" aria-labelledby="token-policy-title" on:submit=submit>
            <h2 id="token-policy-title">{t("tokens-policy-title")}</h2>
            <div class="field">
                <label for="token-max-days">{t("tokens-policy-label")}</label>
                <select id="token-max-days" on:change=move |ev| choice.set(event_target_value(&ev))>
                    {CAPS.iter().map(|v| view! { <option value=*v selected=move || choice.get() == *v>{cap_label(v)}</option> }).collect_view()}
                </select>
            </div>
            <button type="submit" class="btn" disabled=crate::offline::is_offline>{t("tokens-policy-save")}</button>
            {move || message.get().map(|(ok, m)| view! {
                <p class=if ok { "alert alert-success" } else { "alert alert-error" } role=if ok { "status" } else { "alert" }>{t_msg(&m)}</p>
            })}
        </form>
    }
}
