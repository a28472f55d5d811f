use crate::components::FormMessage;
use crate::i18n::t;
use crate::model::PrefRow;
use crate::pages::notifications::category_name;
use leptos::prelude::*;

/// The signed-in person's e-mail preferences in this account, per category. Categories the
/// account requires (and User updates) are shown checked and locked.
#[component]
pub fn NotificationPrefsCard() -> impl IntoView {
    let prefs = LocalResource::new(crate::api::my_notification_prefs);
    let message = RwSignal::new(None::<(bool, String)>);
    let save = Callback::new(move |rows: Vec<(String, bool)>| {
        leptos::task::spawn_local(async move {
            match crate::api::save_my_notification_prefs(rows).await {
                Ok(()) => message.set(Some((true, t("prefs-saved").to_string()))),
                Err(e) => message.set(Some((false, e.to_string()))),
            }
        });
    });
    view! {
        <section class="card" aria-labelledby="prefs-title">
            <h2 id="prefs-title">{t("prefs-title")}</h2>
            <p class="muted">{t("prefs-help")}</p>
            {move || match prefs.get() {
                None => view! { <p class="loading" role="status">{t("common-loading")}</p> }.into_any(),
                Some(Err(e)) => view! { <p class="alert alert-error" role="alert">{crate::i18n::t_msg(&e.to_string())}</p> }.into_any(),
                Some(Ok(rows)) => view! { <PrefsForm rows on_save=save/> }.into_any(),
            }}
            <FormMessage message/>
        </section>
    }
}

/// The checkboxes, shared with the page opened from an e-mail's footer link.
#[component]
pub fn PrefsForm(rows: Vec<PrefRow>, on_save: Callback<Vec<(String, bool)>>) -> impl IntoView {
    let state: Vec<(PrefRow, RwSignal<bool>)> = rows
        .into_iter()
        .map(|r| {
            let on = RwSignal::new(r.enabled || r.locked);
            (r, on)
        })
        .collect();
    let for_submit = state.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let rows = for_submit
            .iter()
            .filter(|(r, _)| !r.locked)
            .map(|(r, on)| (r.key.clone(), on.get_untracked()))
            .collect();
        on_save.run(rows);
    };
    view! {
        <form on:submit=submit>
            <fieldset>
                <legend>{t("prefs-legend")}</legend>
                {state.into_iter().map(|(row, on)| view! {
                    <label class="check">
                        <input type="checkbox" disabled=row.locked prop:checked=move || on.get()
                            on:change=move |ev| on.set(event_target_checked(&ev))/>
                        {category_name(&row.key)}
                        {row.locked.then(|| view! { " "<span class="badge badge-grey">{t("prefs-locked")}</span> })}
                    </label>
                }).collect_view()}
            </fieldset>
            <div class="form-actions">
                <button type="submit" class="btn btn-primary" disabled=crate::offline::is_offline>{t("prefs-save")}</button>
            </div>
        </form>
    }
}
