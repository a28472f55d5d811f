use crate::components::{SelectField, TextField};
use crate::error::{AppError, FieldErrors};
use crate::i18n::{t, t_args, t_dyn, t_msg};
use crate::model::{AuditCriteria, AuditFilter, ACTIONS, OBJECT_TYPES};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

pub const PAGE_SIZES: [u64; 4] = [10, 25, 50, 100];

/// The page's state lives in the URL: every filtered view is a link that can be shared.
pub fn filter_from_query() -> Memo<AuditFilter> {
    let q = use_query_map();
    Memo::new(move |_| {
        let q = q.get();
        AuditFilter {
            limit: q
                .get("limit")
                .and_then(|v| v.parse().ok())
                .filter(|l| PAGE_SIZES.contains(l))
                .unwrap_or(25),
            before: q.get("before").and_then(|v| v.parse().ok()),
            after: q.get("after").and_then(|v| v.parse().ok()),
            criteria: in_my_zone(AuditCriteria::from_pairs(|k| q.get(k))),
        }
    })
}

/// Days typed on the page are the person's days: their profile's zone, else the browser's
/// (a link that names a zone keeps it).
fn in_my_zone(mut criteria: AuditCriteria) -> AuditCriteria {
    if criteria.tz.is_empty() {
        criteria.tz = crate::util::format::effective_timezone().unwrap_or_default();
    }
    criteria
}

/// A link to the trail with these criteria, `extra` being paging (`before=…`).
pub fn trail_href(criteria: &AuditCriteria, limit: u64, extra: &str) -> String {
    let mut parts = vec![format!("limit={limit}")];
    let q = criteria.to_query();
    if !q.is_empty() {
        parts.push(q);
    }
    if !extra.is_empty() {
        parts.push(extra.to_string());
    }
    format!("/settings/audit?{}", parts.join("&"))
}

/// Action suggestions: every module and object prefix, then every action.
fn action_suggestions() -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for a in ACTIONS {
        let mut parts = a.split('.');
        if let (Some(m), Some(o)) = (parts.next(), parts.next()) {
            for p in [m.to_string(), format!("{m}.{o}")] {
                if !out.contains(&p) {
                    out.push(p);
                }
            }
        }
    }
    out.sort();
    out.extend(ACTIONS.iter().map(|a| a.to_string()));
    out
}

#[component]
pub fn AuditFilters(filter: Memo<AuditFilter>) -> impl IntoView {
    let navigate = use_navigate();
    let draft = RwSignal::new(filter.get_untracked().criteria);
    // Follow the URL when it changes from elsewhere (a link, Back).
    Effect::new(move |_| draft.set(filter.get().criteria));
    let errors = Memo::new(move |_| match draft.with(AuditCriteria::check) {
        Err(AppError::Validation(e)) => e,
        _ => FieldErrors::new(),
    });
    let touched = RwSignal::new(false);
    let err = move |k: &'static str| {
        Signal::derive(move || {
            if touched.get() {
                errors.with(|e| e.get(k).cloned())
            } else {
                None
            }
        })
    };
    let field = move |get: fn(&AuditCriteria) -> String, set: fn(&mut AuditCriteria, String)| {
        (
            Signal::derive(move || draft.with(get)),
            Callback::new(move |v: String| {
                touched.set(true);
                draft.update(|c| set(c, v));
            }),
        )
    };
    let (from, on_from) = field(|c| c.from.clone(), |c, v| c.from = v);
    let (to, on_to) = field(|c| c.to.clone(), |c, v| c.to = v);
    let (actor, on_actor) = field(|c| c.actor.clone(), |c, v| c.actor = v);
    let (action, on_action) = field(|c| c.action.clone(), |c, v| c.action = v);
    let (kind, on_kind) = field(|c| c.object_type.clone(), |c, v| c.object_type = v);
    let (object_id, on_object_id) = field(|c| c.object_id.clone(), |c, v| c.object_id = v);
    let (ip, on_ip) = field(|c| c.ip.clone(), |c, v| c.ip = v);
    let (text, on_text) = field(|c| c.q.clone(), |c, v| c.q = v);
    let go = StoredValue::new_local(navigate);
    let apply = move || {
        touched.set(true);
        if errors.with(|e| e.is_empty()) {
            let href = trail_href(&draft.get_untracked(), filter.get_untracked().limit, "");
            go.with_value(|n| n(&href, Default::default()));
        }
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        apply();
    };
    // Enter applies from every field: Chromium spends an Enter in a field with suggestions (the
    // Action datalist) on the suggestion list instead of submitting the form.
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        use wasm_bindgen::JsCast;
        let in_input = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .is_some();
        if ev.key() == "Enter" && in_input && !ev.is_composing() {
            ev.prevent_default();
            apply();
        }
    };
    let clear = move |_| {
        touched.set(false);
        let href = trail_href(&AuditCriteria::default(), filter.get_untracked().limit, "");
        go.with_value(|n| n(&href, Default::default()));
    };
    let kinds: Vec<(String, String)> = OBJECT_TYPES
        .iter()
        .map(|(k, _)| {
            (
                k.to_string(),
                t_dyn(&format!("audit-type-{}", k.replace('_', "-"))),
            )
        })
        .collect();
    let zone = filter.with_untracked(|f| f.criteria.tz.clone());
    let zone_hint = t_args(
        "audit-days-zone",
        &[("zone", if zone.is_empty() { "UTC".into() } else { zone })],
    );
    view! {
        <form class="filters audit-filters" role="search" aria-label=t("audit-filter-label") on:submit=submit on:keydown=on_key novalidate>
            <TextField label=t("audit-from") name="from" kind="date" value=from on_input=on_from error=err("from")
                hint=zone_hint/>
            <TextField label=t("audit-to") name="to" kind="date" value=to on_input=on_to error=err("to")/>
            <TextField label=t("audit-actor") name="actor" value=actor on_input=on_actor error=err("actor")
                hint=t("audit-actor-hint")/>
            <div class="field">
                <label for="action">{t("audit-action")}</label>
                <input id="action" name="action" list="audit-actions" prop:value=move || action.get()
                    aria-invalid=move || if err("action").get().is_some() { "true" } else { "false" }
                    aria-describedby="action-hint action-error"
                    on:input=move |ev| on_action.run(event_target_value(&ev))/>
                <datalist id="audit-actions">
                    {action_suggestions().into_iter().map(|a| view! { <option value=a/> }).collect_view()}
                </datalist>
                <p class="field-hint" id="action-hint">{t("audit-action-hint")}</p>
                <p class="field-error" id="action-error" aria-live="polite">{move || err("action").get().map(|e| t_msg(&e))}</p>
            </div>
            <SelectField label=t("audit-object-type") name="object_type" value=kind on_input=on_kind
                error=err("object_type") options=kinds empty=t("audit-any-type")/>
            <TextField label=t("audit-object-id") name="object_id" value=object_id on_input=on_object_id error=err("object_id")/>
            <TextField label=t("audit-ip") name="ip" value=ip on_input=on_ip error=err("ip")/>
            <TextField label=t("audit-summary-contains") name="q" kind="search" value=text on_input=on_text error=err("q")/>
            <div class="filter-actions">
                <button type="submit" class="btn btn-primary">{t("audit-apply")}</button>
                <button type="button" class="btn" on:click=clear>{t("audit-clear")}</button>
            </div>
        </form>
    }
}
