use crate::model::TokenDto;
use crate::permissions::{Level, Module};
use crate::util::format_utc;
use leptos::prelude::*;
use leptos_router::components::A;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenAction {
    Enable,
    Disable,
    Rotate,
    Delete,
}

pub fn modules_text(t: &TokenDto) -> String {
    t.modules
        .iter()
        .filter(|(_, l)| **l > Level::None)
        .map(|(m, l)| {
            format!(
                "{}: {}",
                m.label(),
                if *l == Level::Edit { "edit" } else { "view" }
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn when(ms: Option<i64>) -> String {
    ms.map(format_utc).unwrap_or_else(|| "Never".into())
}

#[component]
pub fn TokensTable(
    rows: Vec<TokenDto>,
    can_edit: bool,
    on_action: Callback<(TokenAction, TokenDto)>,
) -> impl IntoView {
    let _ = Module::ApiTokens;
    view! {
        <div class="table-wrap">
            <table class="data-table">
                <caption class="visually-hidden">"API tokens"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Token"</th>
                        <th scope="col">"Modules"</th>
                        <th scope="col">"Created by"</th>
                        <th scope="col">"Created"</th>
                        <th scope="col">"Last used"</th>
                        <th scope="col">"Expires"</th>
                        <th scope="col">"Status"</th>
                        {can_edit.then(|| view! { <th scope="col">"Actions"</th> })}
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|t| {
                        let status_class = match t.status.as_str() {
                            "Active" => "badge badge-green",
                            "Expired" => "badge badge-amber",
                            "Deleted" => "badge badge-red",
                            _ => "badge badge-grey",
                        };
                        let link_name = t.name.clone();
                        let grace = t.previous_secret_valid_until.map(|u| format!("Previous secret works until {}", format_utc(u)));
                        let actions = (can_edit && t.status != "Deleted").then(|| {
                            let t2 = t.clone();
                            let toggle = if t.status == "Disabled" { TokenAction::Enable } else { TokenAction::Disable };
                            let toggle_label = if toggle == TokenAction::Enable { "Enable" } else { "Disable" };
                            let (ta, tb, tc) = (t2.clone(), t2.clone(), t2.clone());
                            view! {
                                <td class="row-actions">
                                    <button type="button" class="btn btn-sm" aria-label=format!("{toggle_label} {}", t2.name)
                                        on:click=move |_| on_action.run((toggle, ta.clone()))>{toggle_label}</button>
                                    <button type="button" class="btn btn-sm" aria-label=format!("Rotate {}", t2.name)
                                        on:click=move |_| on_action.run((TokenAction::Rotate, tb.clone()))>"Rotate"</button>
                                    <button type="button" class="btn btn-sm btn-danger" aria-label=format!("Delete {}", t2.name)
                                        on:click=move |_| on_action.run((TokenAction::Delete, tc.clone()))>"Delete"</button>
                                </td>
                            }
                        });
                        view! {
                            <tr>
                                <td>
                                    <A href=format!("/settings/api-tokens/{}", t.id)><strong>{link_name}</strong></A>
                                    <div class="muted mono">{t.id.clone()}" · "{t.hint.clone()}</div>
                                    {grace.map(|g| view! { <div class="muted">{g}</div> })}
                                </td>
                                <td>{modules_text(&t)}</td>
                                <td>{t.created_by_name.clone()}</td>
                                <td>{format_utc(t.created_at)}</td>
                                <td>{when(t.last_used_at)}</td>
                                <td>{format_utc(t.expires_at)}</td>
                                <td><span class=status_class>{t.status.clone()}</span></td>
                                {actions}
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
