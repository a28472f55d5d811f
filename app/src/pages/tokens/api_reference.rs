use crate::components::RequireModule;
use crate::i18n::{t, t_msg};
use crate::permissions::Module;
use crate::util::FetchError;
use leptos::prelude::*;
use serde_json::Value;

async fn load() -> Result<Value, String> {
    if cfg!(feature = "ssr") {
        return Err(t("tokens-api-browser-only").into());
    }
    let text = crate::util::fetch_text("/api/v1/openapi.json")
        .await
        .map_err(|e| match e {
            FetchError::Network | FetchError::Status(_) => t("tokens-api-load-failed"),
            FetchError::Unreadable => t("tokens-api-unreadable"),
        })?;
    serde_json::from_str(&text).map_err(|e| e.to_string())
}

fn schema_name(v: &Value) -> String {
    v.pointer("/content/application~1json/schema")
        .map(|s| {
            s.get("$ref")
                .and_then(Value::as_str)
                .map(|r| r.rsplit('/').next().unwrap_or(r).to_string())
                .unwrap_or_else(|| {
                    s.get("type")
                        .and_then(Value::as_str)
                        .unwrap_or("object")
                        .to_string()
                })
        })
        .unwrap_or_default()
}

#[derive(Clone)]
struct Op {
    tag: String,
    method: String,
    path: String,
    summary: String,
    params: Vec<String>,
    body: String,
    codes: Vec<String>,
}

/// The OpenAPI document served at `/api/v1/openapi.json`, as a readable list of operations.
#[component]
pub fn ApiReferencePage() -> impl IntoView {
    let doc = LocalResource::new(load);
    view! {
        <RequireModule module=Module::ApiTokens>
            <div class="page-header">
                <h1>{t("tokens-api-title")}</h1>
                <p class="page-subtitle">
                    {t("tokens-api-subtitle")}" "
                    <a href="/api/v1/openapi.json" download="openapi.json">"openapi.json"</a>
                </p>
            </div>
            {move || match doc.get() {
                None => view! { <p class="loading" role="status">{t("tokens-api-loading")}</p> }.into_any(),
                Some(Err(e)) => view! { <p class="alert alert-error" role="alert">{t_msg(&e)}</p> }.into_any(),
                Some(Ok(d)) => {
                    let intro = d.pointer("/info/description").and_then(Value::as_str).unwrap_or_default().to_string();
                    let mut ops: Vec<Op> = Vec::new();
                    if let Some(paths) = d.get("paths").and_then(Value::as_object) {
                        for (path, item) in paths {
                            for method in ["get", "post", "patch", "put", "delete"] {
                                let Some(op) = item.get(method) else { continue };
                                let tag = op.pointer("/tags/0").and_then(Value::as_str).unwrap_or("other").to_string();
                                let summary = op.get("summary").or_else(|| op.get("description")).and_then(Value::as_str).unwrap_or_default().to_string();
                                let params = op.get("parameters").and_then(Value::as_array).map(|ps| ps.iter().filter_map(|p| p.get("name").and_then(Value::as_str).map(String::from)).collect()).unwrap_or_default();
                                let body = op.get("requestBody").map(schema_name).unwrap_or_default();
                                let codes = op.get("responses").and_then(Value::as_object).map(|r| r.iter().map(|(c, v)| {
                                    let s = schema_name(v);
                                    if s.is_empty() { c.clone() } else { format!("{c} {s}") }
                                }).collect()).unwrap_or_default();
                                ops.push(Op { tag, method: method.to_uppercase(), path: path.clone(), summary, params, body, codes });
                            }
                        }
                    }
                    let mut tags: Vec<String> = ops.iter().map(|o| o.tag.clone()).collect();
                    tags.dedup();
                    tags.sort();
                    tags.dedup();
                    view! {
                        <p class="card">{intro}</p>
                        {tags.into_iter().map(|tag| {
                            let these: Vec<Op> = ops.iter().filter(|o| o.tag == tag).cloned().collect();
                            view! {
                                <section class="card" aria-labelledby=format!("api-{tag}")>
                                    <h2 id=format!("api-{tag}")>{tag.clone()}</h2>
                                    {these.into_iter().map(|Op { method: m, path: p, summary: s, params, body, codes, .. }| view! {
                                        <details class="api-op">
                                            <summary><code class="method">{m.clone()}</code>" "<code>{p.clone()}</code>" — "{s}</summary>
                                            {(!params.is_empty()).then(|| view! { <p>{t("tokens-api-parameters")}" "<code>{params.join(", ")}</code></p> })}
                                            {(!body.is_empty()).then(|| view! { <p>{t("tokens-api-body")}" "<code>{body}</code></p> })}
                                            <p>{t("tokens-api-responses")}" "{codes.join(" · ")}</p>
                                        </details>
                                    }).collect_view()}
                                </section>
                            }
                        }).collect_view()}
                    }.into_any()
                }
            }}
        </RequireModule>
    }
}
