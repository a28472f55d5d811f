use crate::model::{NewToken, TokenDto};
use leptos::prelude::*;

const GRACES: [(i64, &str); 4] = [
    (0, "Stops at once"),
    (1, "Works 1 more hour"),
    (24, "Works 24 more hours"),
    (168, "Works 7 more days"),
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
            <p>{format!("“{}” gets a new secret. Everything that uses the old one must be updated.", token.name)}</p>
            {move || error.get().map(|m| view! { <p class="alert alert-error" role="alert">{m}</p> })}
            <div class="field">
                <label for="rotate-grace">"The old secret"</label>
                <select id="rotate-grace" on:change=move |ev| grace.set(event_target_value(&ev).parse().unwrap_or(0))>
                    {GRACES.iter().map(|(h, l)| view! { <option value=h.to_string()>{*l}</option> }).collect_view()}
                </select>
            </div>
            <div class="form-actions">
                <button type="submit" class="btn btn-primary" disabled=move || busy.get()>"Rotate secret"</button>
            </div>
        </form>
    }
}
