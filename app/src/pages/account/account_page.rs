use super::account_form::AccountForm;
use super::credentials_card::CredentialsCard;
use super::logo_card::LogoCard;
use super::two_step_policy_card::TwoStepPolicyCard;
use crate::components::{details_tabs, use_tab, DetailTabs, RecordFacts, RequireModule};
use crate::i18n::{t, t_args, t_msg, t_word};
use crate::model::AccountDto;
use crate::pages::audit::ObjectAuditTrail;
use crate::permissions::{Level, Module};
use crate::state::use_session;
use crate::util::format_datetime;
use leptos::prelude::*;

/// The kind of account ("Client account"); a kind the files do not know shows as it came.
fn kind_name(kind: &str) -> String {
    let name = t_word("account-kind", kind);
    if name == kind {
        t_args("account-kind-other", &[("kind", kind.to_string())])
    } else {
        name
    }
}

/// "ACC-… · Client account · Active · last updated … by …"
fn meta_line(a: &AccountDto) -> String {
    let mut args = vec![
        ("id", a.id.clone()),
        ("kind", kind_name(&a.kind)),
        ("status", t_word("status", &a.status)),
        ("date", format_datetime(a.updated_at)),
    ];
    match a.updated_by.clone() {
        Some(by) => {
            args.push(("name", by));
            t_args("account-meta-by", &args)
        }
        None => t_args("account-meta", &args),
    }
}

#[component]
pub fn AccountPage() -> impl IntoView {
    view! {
        <RequireModule module=Module::Account>
            <AccountPageInner/>
        </RequireModule>
    }
}

#[component]
fn AccountPageInner() -> impl IntoView {
    let ctx = use_session();
    let can_edit = Signal::derive(move || {
        ctx.session.with(|s| {
            s.as_ref()
                .is_some_and(|s| s.allows(Module::Account, Level::Edit))
        })
    });
    // Offline, the read answers with what was last seen (`offline::LastSeen`).
    let data = LocalResource::new(crate::api::get_account);
    let tab = use_tab("general");
    // The saved account, shared by the cards so a logo upload or a save refreshes the header.
    let account = RwSignal::new(None::<AccountDto>);
    // Offline nothing can be saved (typing still goes into the kept draft).
    let stale = RwSignal::new(false);
    Effect::new(move |_| stale.set(crate::offline::is_offline()));
    Effect::new(move |_| {
        if let Some(Ok(dto)) = data.get() {
            account.set(Some(dto));
        }
    });

    view! {
        <div class="page-header">
            <h1>{t("account-title")}</h1>
            <p class="page-subtitle">{t("account-subtitle")}</p>
        </div>
        {move || match data.get() {
            None => view! { <p class="loading" role="status">{t("account-loading")}</p> }.into_any(),
            Some(Err(e)) => view! { <p class="alert alert-error" role="alert">{t_msg(&e.to_string())}</p> }.into_any(),
            Some(Ok(_)) => view! {
                {move || account.get().map(|a| view! {
                    <p class="muted">{meta_line(&a)}</p>
                })}
                <DetailTabs tabs=details_tabs(&[]) current=tab/>
                <Show when=move || tab.get() == "audit">
                    {move || account.get().map(|a| view! { <ObjectAuditTrail object_id=a.id/> })}
                </Show>
                <Show when=move || tab.get() == "details">
                    {move || account.get().map(|a| view! {
                        <RecordFacts id=a.id.clone() created_at=a.created_at updated_at=a.updated_at updated_by=a.updated_by.clone().unwrap_or_default()>
                            <dt>{t("common-revision")}</dt><dd>{a.revision}</dd>
                        </RecordFacts>
                    })}
                </Show>
                <Show when=move || tab.get() != "audit" && tab.get() != "details">
                    <div class="grid-2">
                        <LogoCard account can_edit=Signal::derive(move || can_edit.get() && !stale.get())/>
                        <Show when=move || can_edit.get()>
                            <CredentialsCard account stale/>
                        </Show>
                    </div>
                    <AccountForm account can_edit stale/>
                    <TwoStepPolicyCard can_edit=Signal::derive(move || can_edit.get() && !stale.get())/>
                </Show>
            }.into_any(),
        }}
    }
}
