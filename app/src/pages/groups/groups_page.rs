use crate::components::RequireModule;
use crate::permissions::{Level, Module};
use crate::state::use_session;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

#[component]
pub fn GroupsPage() -> impl IntoView {
    view! { <RequireModule module=Module::Groups><GroupsList/></RequireModule> }
}

#[component]
fn GroupsList() -> impl IntoView {
    let ctx = use_session();
    let can_edit = move || {
        ctx.session.with(|s| {
            s.as_ref()
                .is_some_and(|s| s.permissions.allows(Module::Groups, Level::Edit))
        })
    };
    let query = use_query_map();
    let groups = LocalResource::new(|| async { crate::api::list_groups().await });
    view! {
        <div class="page-header">
            <h1>"Groups"</h1>
            <p class="page-subtitle">"Named sets of module access. A member gets their role's access plus that of all their groups."</p>
            <Show when=can_edit>
                <div class="page-actions"><a class="btn btn-primary" href="/settings/groups/new">"New group"</a></div>
            </Show>
        </div>
        <Show when=move || query.get().get("created").is_some()>
            <p class="alert alert-success" role="status">"Group created."</p>
        </Show>
        {move || match groups.get() {
            None => view! { <p class="loading" role="status">"Loading groups…"</p> }.into_any(),
            Some(Err(e)) => view! { <p class="alert alert-error" role="alert">{e.to_string()}</p> }.into_any(),
            Some(Ok(gs)) => view! {
                <div class="table-wrap">
                    <table class="data-table" aria-label="Groups">
                        <thead><tr>
                            <th scope="col">"Group"</th><th scope="col">"Description"</th>
                            <th scope="col">"Modules"</th><th scope="col">"Members"</th>
                        </tr></thead>
                        <tbody>
                            {gs.into_iter().map(|g| {
                                let modules = g.modules.iter().filter(|(_, l)| **l != Level::None).count();
                                view! {
                                    <tr>
                                        <td>
                                            <A href=format!("/settings/groups/{}", g.id)>{g.name.clone()}</A>
                                            {g.is_default.then(|| view! { " " <span class="badge badge-grey">"Default"</span> })}
                                            <br/><span class="muted mono">{g.id.clone()}</span>
                                        </td>
                                        <td>{g.description.clone()}</td>
                                        <td>{format!("{modules} of {}", Module::ALL.len())}</td>
                                        <td>{g.members.len()}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }.into_any(),
        }}
    }
}
