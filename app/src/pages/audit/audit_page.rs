use super::audit_row::AuditRow;
use crate::components::RequireModule;
use crate::model::AuditFilter;
use crate::permissions::Module;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

const PAGE_SIZES: [u64; 4] = [10, 25, 50, 100];

fn href(limit: u64, key: &str, seq: i64) -> String {
    format!("/settings/audit?limit={limit}&{key}={seq}")
}

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
    let query = use_query_map();
    let navigate = use_navigate();
    // Page state lives in the URL, so every page is a link that can be shared or reloaded.
    let filter = Memo::new(move |_| {
        let q = query.get();
        let limit = q
            .get("limit")
            .and_then(|v| v.parse().ok())
            .filter(|l| PAGE_SIZES.contains(l))
            .unwrap_or(25);
        AuditFilter {
            limit,
            before: q.get("before").and_then(|v| v.parse().ok()),
            after: q.get("after").and_then(|v| v.parse().ok()),
        }
    });
    let page = LocalResource::new(move || {
        let f = filter.get();
        async move { crate::api::list_audit(f).await }
    });
    let on_size = move |ev: leptos::ev::Event| {
        let size = event_target_value(&ev);
        navigate(&format!("/settings/audit?limit={size}"), Default::default());
    };

    view! {
        <div class="page-header">
            <h1>"Audit trail"</h1>
            <p class="page-subtitle">"Every change in this account, newest first. Records cannot be edited or deleted."</p>
        </div>
        {move || match page.get() {
            None => view! { <p class="loading" role="status">"Loading audit records…"</p> }.into_any(),
            Some(Err(e)) => view! { <p class="alert alert-error" role="alert">{e.to_string()}</p> }.into_any(),
            Some(Ok(p)) => {
                let f = filter.get();
                let newest = p.records.first().map(|r| r.seq);
                let oldest = p.records.last().map(|r| r.seq);
                let empty = p.records.is_empty();
                view! {
                    <div class="table-wrap">
                        <table class="data-table" aria-label="Audit records">
                            <thead>
                                <tr>
                                    <th scope="col">"Time (UTC)"</th>
                                    <th scope="col">"Actor"</th>
                                    <th scope="col">"Action"</th>
                                    <th scope="col">"Object"</th>
                                    <th scope="col">"Summary"</th>
                                    <th scope="col">"IP address"</th>
                                </tr>
                            </thead>
                            <tbody>
                                {p.records.into_iter().map(|r| view! { <AuditRow record=r/> }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                    {empty.then(|| view! { <p class="empty">"No audit records on this page."</p> })}
                    <nav class="pager" aria-label="Audit pages">
                        <label for="page-size">"Rows per page"</label>
                        <select id="page-size" on:change=on_size.clone()>
                            {PAGE_SIZES.iter().map(|s| view! {
                                <option value=s.to_string() selected=*s == f.limit>{s.to_string()}</option>
                            }).collect_view()}
                        </select>
                        <span class="muted">{format!("{} records in total", p.total)}</span>
                        {(p.has_newer).then(|| view! { <A href=format!("/settings/audit?limit={}", f.limit)>"Newest"</A> })}
                        {(p.has_newer && newest.is_some()).then(|| view! {
                            <A href=href(f.limit, "after", newest.unwrap_or_default())>"Newer"</A>
                        })}
                        {(p.has_older && oldest.is_some()).then(|| view! {
                            <A href=href(f.limit, "before", oldest.unwrap_or_default())>"Older"</A>
                        })}
                    </nav>
                }.into_any()
            }
        }}
    }
}
