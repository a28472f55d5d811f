use crate::components::{SelectPage, SelectRow, Selection};
use crate::i18n::{t, t_args, t_word};
use crate::model::TokenDto;
use crate::permissions::{Level, Module};
use crate::util::format_datetime;
use leptos::prelude::*;
use leptos_router::components::A;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenAction {
    Enable,
    Disable,
    Rotate,
    Delete,
}

pub fn modules_text(tok: &TokenDto) -> String {
    tok.modules
        .iter()
        .filter(|(_, l)| **l > Level::None)
        .map(|(m, l)| {
            format!(
                "{}: {}",
                t_word("module", m.label()),
                if *l == Level::Edit {
                    t("tokens-level-edit")
                } else {
                    t("tokens-level-view")
                }
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn when(ms: Option<i64>) -> String {
    ms.map(format_datetime)
        .unwrap_or_else(|| t("tokens-never").into())
}

#[component]
pub fn TokensTable(
    rows: Vec<TokenDto>,
    can_edit: bool,
    on_action: Callback<(TokenAction, TokenDto)>,
    /// The tokens chosen for a bulk action (any not deleted, when the viewer may edit).
    selection: Selection,
) -> impl IntoView {
    let _ = Module::ApiTokens;
    let page_ids: Vec<String> = rows
        .iter()
        .filter(|t| can_edit && t.status != "Deleted")
        .map(|t| t.id.clone())
        .collect();
    view! {
        <div class="table-wrap">
            <table class="data-table">
                <caption class="visually-hidden">{t("tokens-title")}</caption>
                <thead>
                    <tr>
                        {can_edit.then(|| view! { <th scope="col" class="select-col">{(!page_ids.is_empty()).then(|| view! { <SelectPage selection ids=page_ids.clone()/> })}</th> })}
                        <th scope="col">{t("tokens-col-token")}</th>
                        <th scope="col">{t("tokens-modules")}</th>
                        <th scope="col">{t("tokens-created-by")}</th>
                        <th scope="col">{t("common-created")}</th>
                        <th scope="col">{t("tokens-last-used")}</th>
                        <th scope="col">{t("tokens-expires")}</th>
                        <th scope="col">{t("common-status")}</th>
                        {can_edit.then(|| view! { <th scope="col">{t("common-actions")}</th> })}
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|tok| {
                        let status_class = match tok.status.as_str() {
                            "Active" => "badge badge-green",
                            "Expired" => "badge badge-amber",
                            "Deleted" => "badge badge-red",
                            _ => "badge badge-grey",
                        };
                        let link_name = tok.name.clone();
                        let grace = tok.previous_secret_valid_until.map(|u| t_args("tokens-grace-until", &[("time", format_datetime(u))]));
                        let actions = (can_edit && tok.status != "Deleted").then(|| {
                            let t2 = tok.clone();
                            let toggle = if tok.status == "Disabled" { TokenAction::Enable } else { TokenAction::Disable };
                            let (toggle_label, toggle_aria) = if toggle == TokenAction::Enable {
                                (t("common-enable"), t_args("tokens-enable-aria", &[("name", tok.name.clone())]))
                            } else {
                                (t("common-disable"), t_args("tokens-disable-aria", &[("name", tok.name.clone())]))
                            };
                            let (ta, tb, tc) = (t2.clone(), t2.clone(), t2.clone());
                            view! {
                                <td class="row-actions">
                                    <button type="button" class="btn btn-sm" aria-label=toggle_aria
                                        on:click=move |_| on_action.run((toggle, ta.clone()))>{toggle_label}</button>
                                    <button type="button" class="btn btn-sm" aria-label=t_args("tokens-rotate-aria", &[("name", t2.name.clone())])
                                        on:click=move |_| on_action.run((TokenAction::Rotate, tb.clone()))>{t("tokens-rotate")}</button>
                                    <button type="button" class="btn btn-sm btn-danger" aria-label=t_args("tokens-delete-aria", &[("name", t2.name.clone())])
                                        on:click=move |_| on_action.run((TokenAction::Delete, tc.clone()))>{t("common-delete")}</button>
                                </td>
                            }
                        });
                        let pick = can_edit.then(|| {
                                let on = tok.status != "Deleted";
                                let (id, name) = (tok.id.clone(), tok.name.clone());
                                view! { <td class="select-col">{on.then(|| view! { <SelectRow selection id name/> })}</td> }
                            });
                        view! {
                            <tr>
                                {pick}
                                <td>
                                    <A href=format!("/settings/api-tokens/{}", tok.id)><strong>{link_name}</strong></A>
                                    <div class="muted mono">{tok.id.clone()}" · "{tok.hint.clone()}</div>
                                    {grace.map(|g| view! { <div class="muted">{g}</div> })}
                                </td>
                                <td>{modules_text(&tok)}</td>
                                <td>{tok.created_by_name.clone()}</td>
                                <td>{format_datetime(tok.created_at)}</td>
                                <td>{when(tok.last_used_at)}</td>
                                <td>{format_datetime(tok.expires_at)}</td>
                                <td><span class=status_class>{t_word("status", &tok.status)}</span></td>
                                {actions}
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
