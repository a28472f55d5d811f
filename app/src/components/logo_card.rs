//! A card with an object's logo (buyer, licensee), loaded on its own since it is not part of
//! the object's row: shows it, and lets editors upload a new one or remove it. What loads and
//! saves is the page's; the card keeps the picture, the busy state and the field's error.

use crate::components::LogoPicker;
use crate::error::AppError;
use crate::i18n::t_msg;
use leptos::prelude::*;
use std::future::Future;
use std::pin::Pin;

type Load = fn(String) -> Pin<Box<dyn Future<Output = Result<Option<String>, AppError>>>>;
type Save<T> = fn(String, Option<String>) -> Pin<Box<dyn Future<Output = Result<T, AppError>>>>;

#[component]
pub fn LogoCard<T: Clone + Send + Sync + 'static>(
    /// The heading id (`aria-labelledby`) and the picker's id prefix.
    id: &'static str,
    title: &'static str,
    alt: &'static str,
    /// The object's id, read when loading and saving.
    object_id: Signal<String>,
    has_logo: bool,
    can_edit: Signal<bool>,
    load: Load,
    save: Save<T>,
    /// Whether the saved object has a logo now.
    saved_has_logo: fn(&T) -> bool,
    on_saved: Callback<T>,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let src = RwSignal::new(None::<String>);
    let reload = move || {
        let id = object_id.get_untracked();
        leptos::task::spawn_local(async move {
            if let Ok(url) = load(id).await {
                src.set(url);
            }
        });
    };
    if has_logo {
        reload();
    }
    let finish = move |result: Result<T, AppError>| {
        match result {
            Ok(saved) => {
                error.set(None);
                if saved_has_logo(&saved) {
                    reload();
                } else {
                    src.set(None);
                }
                on_saved.run(saved);
            }
            Err(e) => error.set(Some(t_msg(
                &e.field_errors()
                    .get("logo")
                    .cloned()
                    .unwrap_or_else(|| e.to_string()),
            ))),
        }
        busy.set(false);
    };
    let upload = Callback::new(move |data_url: String| {
        let id = object_id.get_untracked();
        leptos::task::spawn_local(async move { finish(save(id, Some(data_url)).await) })
    });
    let remove = Callback::new(move |_| {
        let id = object_id.get_untracked();
        leptos::task::spawn_local(async move { finish(save(id, None).await) });
    });
    let heading = format!("{id}-title");
    let labelled_by = heading.clone();
    view! {
        <section class="card" aria-labelledby=labelled_by>
            <h2 id=heading>{title}</h2>
            <LogoPicker id src=src alt can_edit busy error on_upload=upload on_remove=remove/>
        </section>
    }
}
