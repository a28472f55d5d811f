//! The operator's People page: find a person by e-mail, see their accounts, block, unblock or
//! delete them everywhere (the service refuses what the state does not allow; the page offers
//! only what it allows).

use super::RequireOperations;
use crate::components::{use_list_query, ConfirmDialog, FormMessage};
use crate::i18n::{t, t_args, t_msg, t_word};
use crate::model::{status_class, IdentityDto, IdentityStatus};
use crate::util::{format_date, format_datetime};
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn OpsPeoplePage() -> impl IntoView {
    view! { <RequireOperations><OpsPeople/></RequireOperations> }
}

#[component]
fn OpsPeople() -> impl IntoView {
    let list = use_list_query();
    let found = LocalResource::new(move || {
        let email = list.get("email");
        async move {
            if email.trim().is_empty() {
                None
            } else {
                Some(crate::api::ops_find_identity(email).await)
            }
        }
    });
    let draft = RwSignal::new(untrack(|| list.get("email")));
    let person = RwSignal::new(None::<IdentityDto>);
    Effect::new(move || {
        if let Some(Some(Ok(p))) = found.get() {
            person.set(Some(p));
        } else {
            person.set(None);
        }
    });
    view! {
        <div class="page-header">
            <h1>{t("operations-people-title")}</h1>
            <p class="page-subtitle">{t("operations-people-subtitle")}</p>
        </div>
        <form class="filters" role="search" on:submit=move |ev| {
            ev.prevent_default();
            list.set("email", draft.get_untracked().trim().to_string());
        }>
            <label>{t("operations-people-email")}
                <input type="email" name="email" autocomplete="off" prop:value=move || draft.get()
                    on:input=move |ev| draft.set(event_target_value(&ev))/>
            </label>
            <button type="submit" class="btn">{t("operations-people-find")}</button>
        </form>
        {move || match found.get() {
            None => view! { <p class="loading" role="status">{t("operations-people-finding")}</p> }.into_any(),
            Some(None) => view! { <p class="muted">{t("operations-people-hint")}</p> }.into_any(),
            Some(Some(Err(e))) if e.status_code() == 404 => view! { <p role="status">{t("operations-people-none")}</p> }.into_any(),
            Some(Some(Err(e))) => view! { <p class="alert alert-error" role="alert">{t_msg(&e.to_string())}</p> }.into_any(),
            Some(Some(Ok(_))) => view! { <PersonCard person/> }.into_any(),
        }}
    }
}

#[component]
fn PersonCard(person: RwSignal<Option<IdentityDto>>) -> impl IntoView {
    let p = move || person.get();
    let status = move || p().map(|p| p.status).unwrap_or_default();
    let message = RwSignal::new(None::<(bool, String)>);
    let pending = RwSignal::new(IdentityStatus::Blocked);
    let open = RwSignal::new(false);
    let text = Signal::derive(move || {
        let who = p().map(|p| p.email).unwrap_or_default();
        let key = match pending.get() {
            IdentityStatus::Blocked => "operations-people-block-confirm",
            IdentityStatus::Active => "operations-people-unblock-confirm",
            IdentityStatus::Deleted => "operations-people-delete-confirm",
        };
        let args = [("email", who)];
        t_args(key, &args)
    });
    let apply = Callback::new(move |_| {
        let Some(id) = p().map(|p| p.id) else { return };
        let to = pending.get_untracked();
        leptos::task::spawn_local(async move {
            match crate::api::ops_set_identity_status(id, to).await {
                Ok(fresh) => {
                    let args = [("status", t_word("status", fresh.status.as_str()))];
                    message.set(Some((true, t_args("operations-people-now", &args))));
                    person.set(Some(fresh));
                }
                Err(e) => message.set(Some((false, e.to_string()))),
            }
        });
    });
    let ask = move |to: IdentityStatus| {
        pending.set(to);
        open.set(true);
    };
    view! {
        <section class="card" aria-labelledby="ops-person">
            <h2 id="ops-person">{move || p().map(|p| format!("{} {}", p.first_name, p.last_name).trim().to_string()).filter(|n| !n.is_empty()).unwrap_or_else(|| p().map(|p| p.email).unwrap_or_default())}</h2>
            <FormMessage message/>
            <dl class="facts">
                <dt>{t("operations-people-id")}</dt><dd class="mono">{move || p().map(|p| p.id)}</dd>
                <dt>{t("operations-people-email")}</dt><dd>{move || p().map(|p| p.email)}</dd>
                <dt>{t("common-status")}</dt>
                <dd><span class=move || status_class(status().as_str())>{move || t_word("status", status().as_str())}</span></dd>
                <dt>{t("operations-people-two-step")}</dt>
                <dd>{move || if p().is_some_and(|p| p.two_step) { t("common-yes") } else { t("common-no") }}</dd>
                <dt>{t("common-created")}</dt><dd>{move || p().map(|p| format_date(p.created_at))}</dd>
                <dt>{t("operations-people-last-sign-in")}</dt>
                <dd>{move || p().and_then(|p| p.last_login_at).map(format_datetime).unwrap_or_else(|| t("operations-people-never").to_string())}</dd>
            </dl>
            <div class="page-actions">
                <Show when=move || status().can_become(IdentityStatus::Blocked)>
                    <button type="button" class="btn" on:click=move |_| ask(IdentityStatus::Blocked)>{t("operations-people-block")}</button>
                </Show>
                <Show when=move || status().can_become(IdentityStatus::Active)>
                    <button type="button" class="btn" on:click=move |_| ask(IdentityStatus::Active)>{t("operations-people-unblock")}</button>
                </Show>
                <Show when=move || status().can_become(IdentityStatus::Deleted)>
                    <button type="button" class="btn btn-danger" on:click=move |_| ask(IdentityStatus::Deleted)>{t("operations-people-delete")}</button>
                </Show>
            </div>
            <ConfirmDialog open title=t("operations-people-confirm-title") message=text confirm_label=t("common-confirm") on_confirm=apply danger=true/>
            <div class="table-wrap">
                <table class="data-table" aria-label=t("operations-people-memberships")>
                    <thead><tr>
                        <th scope="col">{t("operations-account")}</th><th scope="col">{t("operations-people-role")}</th><th scope="col">{t("common-status")}</th>
                    </tr></thead>
                    <tbody>
                        {move || p().map(|p| p.memberships).unwrap_or_default().into_iter().map(|m| view! {
                            <tr>
                                <td><A href=format!("/operations/accounts/{}", m.account_id)>{m.account_name.clone()}</A><br/><span class="muted mono">{m.account_id.clone()}</span></td>
                                <td>{t_word("role", m.role.as_str())}</td>
                                <td><span class=status_class(&m.status)>{t_word("status", &m.status)}</span></td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}
