use crate::components::FormMessage;
use crate::i18n::{t, t_msg, t_word};
use crate::model::OpsAccountDetails;
use crate::permissions::Module;
use leptos::prelude::*;

/// The modules a client account is entitled to: one checkbox per module that exists, the core
/// ones (Account, Users, Groups, Audit trail) always on. What is off disappears from the
/// account's console and is refused to its members, tokens and credentials.
#[component]
pub fn AccountModules(
    details: RwSignal<Option<OpsAccountDetails>>,
    account_id: String,
) -> impl IntoView {
    let chosen = RwSignal::new(
        details.with_untracked(|d| d.as_ref().map(|d| d.modules.clone()).unwrap_or_default()),
    );
    let message = RwSignal::new(None::<(bool, String)>);
    let busy = RwSignal::new(false);
    let id = StoredValue::new(account_id);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        busy.set(true);
        let modules = chosen.get_untracked();
        leptos::task::spawn_local(async move {
            match crate::api::ops_set_account_modules(id.get_value(), modules).await {
                Ok(now) => {
                    chosen.set(now.clone());
                    details.update(|d| {
                        if let Some(d) = d {
                            d.modules = now
                        }
                    });
                    message.set(Some((true, t("operations-modules-saved").into())));
                }
                Err(e) => message.set(Some((false, t_msg(&e.to_string())))),
            }
            busy.set(false);
        });
    };
    view! {
        <form class="card" aria-labelledby="ops-modules" on:submit=save>
            <h2 id="ops-modules">{t("operations-modules")}</h2>
            <p class="muted">{t("operations-modules-note")}</p>
            <fieldset class="checks">
                <legend class="visually-hidden">{t("operations-modules")}</legend>
                {Module::ALL.into_iter().filter(|m| m.exists()).map(|m| view! {
                    <label class="check">
                        <input type="checkbox" disabled=m.is_core()
                            prop:checked=move || m.is_core() || chosen.with(|c| c.contains(&m))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                chosen.update(|c| { c.retain(|x| *x != m); if on { c.push(m); } });
                            }/>
                        {t_word("module", m.label())}
                    </label>
                }).collect_view()}
            </fieldset>
            <FormMessage message/>
            <div class="form-actions">
                <button type="submit" class="btn btn-primary" disabled=move || busy.get() || crate::offline::is_offline()>{t("operations-save-modules")}</button>
            </div>
        </form>
    }
}
