use super::audit_filters::trail_href;
use super::audit_row::AuditTable;
use crate::i18n::{t, t_msg};
use crate::model::{AuditCriteria, AuditFilter};
use crate::permissions::{Level, Module};
use crate::state::use_session;
use leptos::prelude::*;
use leptos_router::components::A;

/// The "Audit trail" tab of a details page: the object's ten newest records and a link to all
/// of them in the full, filterable trail.
#[component]
pub fn ObjectAuditTrail(#[prop(into)] object_id: String) -> impl IntoView {
    let ctx = use_session();
    let allowed = move || {
        ctx.session.with(|s| {
            s.as_ref()
                .is_some_and(|s| s.allows(Module::Audit, Level::View))
        })
    };
    let criteria = AuditCriteria {
        object_id: object_id.clone(),
        ..Default::default()
    };
    let full = trail_href(&criteria, 25, "");
    let records = LocalResource::new(move || {
        let filter = AuditFilter {
            limit: 10,
            criteria: criteria.clone(),
            ..Default::default()
        };
        async move {
            if allowed() {
                crate::api::list_audit(filter).await.map(Some)
            } else {
                Ok(None)
            }
        }
    });
    view! {
        <section class="card" aria-labelledby="object-audit-title">
            <h2 id="object-audit-title">{t("common-audit-trail")}</h2>
            {move || match records.get() {
                None => view! { <p class="loading" role="status">{t("audit-loading-records")}</p> }.into_any(),
                Some(Ok(None)) => view! { <p class="muted">{t("audit-needs-rights")}</p> }.into_any(),
                Some(Err(e)) => view! { <p class="alert alert-error" role="alert">{t_msg(&e.to_string())}</p> }.into_any(),
                Some(Ok(Some(p))) if p.records.is_empty() => view! { <p class="muted">{t("audit-object-empty")}</p> }.into_any(),
                Some(Ok(Some(p))) => view! {
                    <AuditTable records=p.records label=t("audit-object-records-label")/>
                }.into_any(),
            }}
            <p><A href=full>{t("audit-object-full")}</A></p>
        </section>
    }
}
