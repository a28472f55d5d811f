use super::audit_filters::{filter_from_query, trail_href, AuditFilters, PAGE_SIZES};
use super::audit_row::AuditTable;
use super::retention_card::RetentionCard;
use super::verify_card::VerifyButton;
use crate::components::RequireModule;
use crate::i18n::{t, t_args, t_msg};
use crate::permissions::{Level, Module};
use crate::state::use_session;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

#[component]
pub fn AuditPage() -> impl IntoView {
    view! {
        <RequireModule module=Module::Audit>
            <AuditPageInner/>
        </RequireModule>
    }
}

#[component]
fn AuditPageInner() -> impl IntoView {
    let ctx = use_session();
    let can_edit = move || {
        ctx.session.with(|s| {
            s.as_ref()
                .is_some_and(|s| s.allows(Module::Audit, Level::Edit))
        })
    };
    let navigate = use_navigate();
    let filter = filter_from_query();
    let page = LocalResource::new(move || {
        let f = filter.get();
        async move { crate::api::list_audit(f).await }
    });
    let retention_reload = RwSignal::new(0u32);
    let retention_message = RwSignal::new(None::<(bool, String)>);
    let retention = LocalResource::new(move || {
        retention_reload.track();
        crate::api::get_audit_retention()
    });
    let on_size = move |ev: leptos::ev::Event| {
        let size: u64 = event_target_value(&ev).parse().unwrap_or(25);
        navigate(
            &trail_href(&filter.get_untracked().criteria, size, ""),
            Default::default(),
        );
    };
    let export = move |format: &str| {
        let q = filter.with(|f| f.criteria.to_query());
        let sep = if q.is_empty() { "" } else { "&" };
        format!("/export/audit?format={format}{sep}{q}")
    };

    view! {
        <div class="page-header">
            <h1>{t("audit-title")}</h1>
            <p class="page-subtitle">{t("audit-subtitle")}</p>
        </div>
        <div class="toolbar">
            <VerifyButton/>
            <a class="btn" href=move || export("csv") download>{t("common-export-csv")}</a>
            <a class="btn" href=move || export("jsonl") download>{t("audit-export-jsonl")}</a>
        </div>
        <AuditFilters filter/>
        {move || match page.get() {
            None => view! { <p class="loading" role="status">{t("audit-loading")}</p> }.into_any(),
            Some(Err(e)) => view! { <p class="alert alert-error" role="alert">{t_msg(&e.to_string())}</p> }.into_any(),
            Some(Ok(p)) => {
                let f = filter.get();
                let newest = p.records.first().map(|r| r.seq);
                let oldest = p.records.last().map(|r| r.seq);
                let empty = p.records.is_empty();
                let filtered = !f.criteria.is_empty();
                let count = match p.total {
                    Some(n) => t_args("audit-total", &[("count", n.to_string())]),
                    None => t_args("audit-showing", &[("count", p.records.len().to_string())]),
                };
                view! {
                    <AuditTable records=p.records label=t("audit-records-label")/>
                    {empty.then(|| view! {
                        <p class="empty">{if filtered { t("audit-empty-filtered") } else { t("audit-empty") }}</p>
                    })}
                    <nav class="pager" aria-label=t("audit-pages-label")>
                        <label for="page-size">{t("common-rows-per-page")}</label>
                        <select id="page-size" on:change=on_size.clone()>
                            {PAGE_SIZES.iter().map(|s| view! {
                                <option value=s.to_string() selected=*s == f.limit>{s.to_string()}</option>
                            }).collect_view()}
                        </select>
                        <span class="muted" role="status">{count}</span>
                        {p.has_newer.then(|| view! { <A href=trail_href(&f.criteria, f.limit, "")>{t("audit-newest")}</A> })}
                        {newest.filter(|_| p.has_newer).map(|s| view! {
                            <A href=trail_href(&f.criteria, f.limit, &format!("after={s}"))>{t("audit-newer")}</A>
                        })}
                        {oldest.filter(|_| p.has_older).map(|s| view! {
                            <A href=trail_href(&f.criteria, f.limit, &format!("before={s}"))>{t("audit-older")}</A>
                        })}
                    </nav>
                }.into_any()
            }
        }}
        {move || retention.get().and_then(Result::ok).map(|r| view! {
            <RetentionCard retention=r can_edit=can_edit() message=retention_message
                on_saved=Callback::new(move |_| retention_reload.update(|n| *n += 1))/>
        })}
    }
}
