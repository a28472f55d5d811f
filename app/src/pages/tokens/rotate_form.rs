use crate::i18n::{t, t_args, t_msg};
use crate::model::{NewToken, TokenDto};
use leptos::prelude::*;

const GRACES: [(i64, &str); 4] = [
    (0, "tokens-grace-now"),
    (1, "tokens-grace-hour"),
    (24, "tokens-grace-day"),
    (168, "tokens-grace-week"),
];

/// Rotation: a new secret now; the admin picks how long the old one keeps working.
#[component]
pub fn RotateForm(token: TokenDto, on_rotated: Callback<NewToken>) -> impl IntoView {
    let grace = RwSignal::new(0i64);
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let id = token.id.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = id.clone();
        busy.set(true);
        leptos::task::spawn_local(async move {
            match crate::api::rotate_token(id, grace.get_untracked()).await {
                Ok(t) => on_rotated.run(t),
                Err(e) => error.set(Some(e.to_string())),
            }
            busy.set(false);
        });
    };
    view! {
        <form class="form" on:submit=submit>
            <p>{t_args("tokens-rotate-intro", &[("name", token.name.clone())])}</p>
            {move || error.get().map(|m| view! { <p class="alert alert-error" role="alert">{t_msg(&m)}</p> })}
            <div class="field">
                <label for="rotate-grace">{t("tokens-rotate-old-secret")}</label>
                <select id="rotate-grace" on:change=move |ev| grace.set(event_target_value(&ev).parse().unwrap_or(0))>
                    {GRACES.iter().map(|(h, l)| view! { <option value=h.to_string()>{t(l)}</option> }).collect_view()}
                </select>
            </div>
            <div class="form-actions">
                <button type="submit" class="btn btn-primary" disabled=move || busy.get() || crate::offline::is_offline()>{t("tokens-rotate-submit")}</button>
            </div>
        </form>
    }
}
