use crate::components::{ConfirmDialog, FormMessage};
use crate::i18n::{t, t_args};
use crate::model::TwoStepPolicy;
use leptos::prelude::*;

/// Whether every member must use two-step verification. Admins switch it, with a
/// confirmation; members without it are led through the set-up at their next sign-in.
#[component]
pub fn TwoStepPolicyCard(can_edit: Signal<bool>) -> impl IntoView {
    let policy = RwSignal::new(None::<TwoStepPolicy>);
    let message = RwSignal::new(None::<(bool, String)>);
    let confirm = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        match crate::api::two_step_policy().await {
            Ok(p) => policy.set(Some(p)),
            Err(e) => message.set(Some((false, e.to_string()))),
        }
    });
    let required = move || policy.with(|p| p.as_ref().is_some_and(|p| p.required));
    let apply = Callback::new(move |_| {
        let Some(current) = policy.get_untracked() else {
            return;
        };
        let want = !current.required;
        leptos::task::spawn_local(async move {
            match crate::api::set_two_step_policy(want, current.account_revision).await {
                Ok(p) => {
                    policy.set(Some(p));
                    let done = if want {
                        t("profile-policy-on-done")
                    } else {
                        t("profile-policy-off-done")
                    };
                    message.set(Some((true, done.into())));
                }
                Err(e) => message.set(Some((false, e.to_string()))),
            }
        });
    });
    let question = Signal::derive(move || {
        if required() {
            t("profile-policy-off-confirm").to_string()
        } else {
            let without = policy.with(|p| p.as_ref().map_or(0, |p| p.members_without));
            t_args(
                "profile-policy-on-confirm",
                &[("count", without.to_string())],
            )
        }
    });
    view! {
        <section class="card" aria-labelledby="two-step-policy-title">
            <h2 id="two-step-policy-title">{t("profile-policy-title")}</h2>
            <p class="muted">{t("profile-policy-text")}</p>
            <label class="checkbox">
                <input type="checkbox" prop:checked=required disabled=move || !can_edit.get() || policy.with(Option::is_none)
                    on:click=move |ev| { ev.prevent_default(); confirm.set(true); }/>
                " "{t("profile-policy-label")}
            </label>
            {move || policy.get().map(|p| view! {
                <p class="muted" role="status">{t_args("profile-policy-without", &[("count", p.members_without.to_string())])}</p>
            })}
            <FormMessage message/>
            <ConfirmDialog open=confirm title=t("profile-policy-title") message=question
                confirm_label=t("common-confirm") on_confirm=apply/>
        </section>
    }
}
