use leptos::html::Dialog;
use leptos::prelude::*;

/// A `<dialog>` shown modally (focus trap, Escape closes) while `open` is true.
pub fn modal_dialog(open: RwSignal<bool>) -> NodeRef<Dialog> {
    let dialog = NodeRef::<Dialog>::new();
    Effect::new(move |_| {
        let want = open.get();
        if let Some(d) = dialog.get() {
            if want && !d.open() {
                let _ = d.show_modal();
            } else if !want && d.open() {
                d.close();
            }
        }
    });
    dialog
}

/// A native modal `<dialog>` named by its title.
#[component]
pub fn Modal(open: RwSignal<bool>, title: &'static str, children: ChildrenFn) -> impl IntoView {
    let dialog = modal_dialog(open);
    let id = format!("modal-{}", title.replace(' ', "-").to_lowercase());
    let id2 = id.clone();
    view! {
        <dialog class="confirm modal" node_ref=dialog aria-labelledby=id on:close=move |_| open.set(false)>
            <h2 id=id2>{title}</h2>
            <Show when=move || open.get()>{children()}</Show>
        </dialog>
    }
}
