use crate::components::{ConfirmDialog, FormMessage};
use crate::i18n::{t, t_args};
use crate::permissions::{Level, Module};
use crate::state::use_session;
use leptos::prelude::*;

/// A member's two-step verification on their page, and (with Users edit, for someone else)
/// the reset for a lost device: it turns it off and signs them out everywhere.
#[component]
pub fn ResetTwoStep(membership_id: String, user_id: String, name: String) -> impl IntoView {
    let ctx = use_session();
    let can_reset = ctx.session.with_untracked(|s| {
        s.as_ref()
            .is_some_and(|s| s.allows(Module::Users, Level::Edit) && s.user_id != user_id)
    });
    let enabled = RwSignal::new(None::<bool>);
    let message = RwSignal::new(None::<(bool, String)>);
    let confirm = RwSignal::new(false);
    let id = StoredValue::new(membership_id);
    leptos::task::spawn_local(async move {
        match crate::api::member_two_step(id.get_value()).await {
            Ok(on) => enabled.set(Some(on)),
            Err(e) => message.set(Some((false, e.to_string()))),
        }
    });
    let reset = Callback::new(move |_| {
        leptos::task::spawn_local(async move {
            match crate::api::reset_member_two_step(id.get_value()).await {
                Ok(()) => {
                    enabled.set(Some(false));
                    message.set(Some((true, t("profile-reset-done").into())));
                }
                Err(e) => message.set(Some((false, e.to_string()))),
            }
        });
    });
    let question = t_args("profile-reset-confirm", &[("name", name)]);
    view! {
        <section class="card" aria-labelledby="member-two-step">
            <h2 id="member-two-step">{t("profile-tab-two-step")}</h2>
            {move || enabled.get().map(|on| view! {
                <p>{if on { t("profile-reset-on") } else { t("profile-reset-off") }}</p>
                {(on && can_reset).then(|| view! {
                    <button type="button" class="btn btn-danger btn-sm" on:click=move |_| confirm.set(true)>
                        {t("profile-reset-button")}
                    </button>
                })}
            })}
            <FormMessage message/>
            <ConfirmDialog open=confirm title=t("profile-reset-title") message=question danger=true
                confirm_label=t("profile-reset-button") on_confirm=reset/>
        </section>
    }
}
