use crate::components::RequireModule;
use crate::i18n::{t, t_args, t_msg};
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
            <h1>{t("groups-title")}</h1>
            <p class="page-subtitle">{t("groups-subtitle")}</p>
            <Show when=can_edit>
                <div class="page-actions"><a class="btn btn-primary" href="/settings/groups/new">{t("groups-new")}</a></div>
            </Show>
        </div>
        <Show when=move || query.get().get("created").is_some()>
            <p class="alert alert-success" role="status">{t("groups-created")}</p>
        </Show>
        {move || match groups.get() {
            None => view! { <p class="loading" role="status">{t("groups-loading")}</p> }.into_any(),
            Some(Err(e)) => view! { <p class="alert alert-error" role="alert">{t_msg(&e.to_string())}</p> }.into_any(),
            Some(Ok(gs)) => view! {
                <div class="table-wrap">
                    <table class="data-table" aria-label=t("groups-title")>
                        <thead><tr>
                            <th scope="col">{t("groups-group")}</th><th scope="col">{t("groups-description")}</th>
                            <th scope="col">{t("groups-modules")}</th><th scope="col">{t("groups-members")}</th>
                        </tr></thead>
                        <tbody>
                            {gs.into_iter().map(|g| {
                                let modules = g.modules.iter().filter(|(_, l)| **l != Level::None).count();
                                view! {
                                    <tr>
                                        <td>
                                            <A href=format!("/settings/groups/{}", g.id)>{g.name.clone()}</A>
                                            {g.is_default.then(|| view! { " " <span class="badge badge-grey">{t("groups-default")}</span> })}
                                            <br/><span class="muted mono">{g.id.clone()}</span>
                                        </td>
                                        <td>{g.description.clone()}</td>
                                        <td>{t_args("groups-modules-of", &[("count", modules.to_string()), ("total", Module::ALL.len().to_string())])}</td>
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
