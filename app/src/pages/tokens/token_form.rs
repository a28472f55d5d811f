use crate::components::{SelectField, TextAreaField, TextField};
use crate::error::FieldErrors;
use crate::i18n::{t, t_args, t_msg, t_word};
use crate::model::NewToken;
use crate::permissions::{Level, Module, Permissions};
use crate::validation::{TokenInput, EXPIRY_PRESETS};
use leptos::prelude::*;
use std::collections::BTreeMap;

fn now_ms() -> i64 {
    #[cfg(not(feature = "ssr"))]
    {
        js_sys::Date::now() as i64
    }
    #[cfg(feature = "ssr")]
    {
        0
    }
}

/// The create form: checked as the user types with the same `TokenInput::validate` the server
/// runs; modules offer only the levels the creator holds.
#[component]
pub fn TokenForm(
    holder: Permissions,
    max_days: Option<i64>,
    on_created: Callback<NewToken>,
) -> impl IntoView {
    let name = RwSignal::new(String::new());
    let description = RwSignal::new(String::new());
    let modules = RwSignal::new(BTreeMap::<Module, Level>::new());
    let expiry = RwSignal::new("90".to_string());
    let date = RwSignal::new(String::new());
    let touched = RwSignal::new(false);
    let server_errors = RwSignal::new(FieldErrors::new());
    let message = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);

    let input = move || TokenInput {
        name: name.get(),
        description: description.get(),
        modules: modules.get(),
        expires_in_days: (expiry.get() != "date").then(|| expiry.get().parse().unwrap_or(0)),
        expires_on: (expiry.get() == "date").then(|| date.get()),
    };
    let errors = Memo::new(move |_| {
        let mut e = match input().validate(now_ms(), max_days) {
            Ok(_) => FieldErrors::new(),
            Err(e) => e,
        };
        for (k, v) in server_errors.get() {
            e.entry(k).or_insert(v);
        }
        e
    });
    let err = move |k: &'static str| {
        Signal::derive(move || {
            touched
                .get()
                .then(|| errors.with(|e| e.get(k).cloned()))
                .flatten()
        })
    };

    let cap = max_days.unwrap_or(crate::validation::DEFAULT_MAX_DAYS);
    let mut expiry_options: Vec<(String, String)> = EXPIRY_PRESETS
        .iter()
        .filter(|d| **d <= cap)
        .map(|d| {
            (
                d.to_string(),
                t_args("tokens-expiry-days", &[("count", d.to_string())]),
            )
        })
        .collect();
    expiry_options.push(("date".into(), t("tokens-expiry-on-date").into()));

    let offered: Vec<(Module, Level)> = Module::ALL
        .into_iter()
        .map(|m| (m, holder.level(m)))
        .filter(|(_, l)| *l > Level::None)
        .collect();

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        touched.set(true);
        server_errors.set(FieldErrors::new());
        if !errors.with(|e| e.is_empty()) {
            message.set(Some(t("tokens-needs-attention").into()));
            return;
        }
        let i = input();
        busy.set(true);
        leptos::task::spawn_local(async move {
            match crate::api::create_token(i).await {
                Ok(t) => on_created.run(t),
                Err(e) => {
                    server_errors.set(e.field_errors());
                    message.set(Some(e.to_string()));
                }
            }
            busy.set(false);
        });
    };

    view! {
        <form class="form" novalidate on:submit=submit>
            {move || message.get().map(|m| view! { <p class="alert alert-error" role="alert">{t_msg(&m)}</p> })}
            <TextField label=t("common-name") name="token-name" required=true value=name
                on_input=Callback::new(move |v| { name.set(v); server_errors.update(|e| { e.remove("name"); }); })
                error=err("name") hint=t("tokens-name-hint")/>
            <TextAreaField label=t("tokens-description") name="token-description" value=description
                on_input=Callback::new(move |v| description.set(v)) error=err("description")/>
            <fieldset class="field">
                <legend>{t("tokens-modules-legend")}</legend>
                <p class="field-hint">{t("tokens-modules-hint")}</p>
                <div class="module-grid">
                    {offered.into_iter().map(|(m, max)| {
                        let id = format!("token-module-{}", m.label().to_lowercase().replace(' ', "-"));
                        let id2 = id.clone();
                        view! {
                            <div class="field">
                                <label for=id.clone()>{t_word("module", m.label())}</label>
                                <select id=id2 on:change=move |ev| {
                                    let l = Level::parse(&event_target_value(&ev));
                                    modules.update(|ms| { if l == Level::None { ms.remove(&m); } else { ms.insert(m, l); } });
                                    server_errors.update(|e| { e.remove("modules"); });
                                }>
                                    <option value="none">{t("tokens-no-access")}</option>
                                    <option value="view">{t("level-view")}</option>
                                    {(max == Level::Edit).then(|| view! { <option value="edit">{t("level-edit")}</option> })}
                                </select>
                            </div>
                        }
                    }).collect_view()}
                </div>
                <p class="field-error" id="modules-error" role="alert">{move || err("modules").get().map(|e| t_msg(&e))}</p>
            </fieldset>
            <SelectField label=t("tokens-expires-after") name="token-expiry" value=expiry
                on_input=Callback::new(move |v| expiry.set(v)) error=err("expiry") options=expiry_options
                hint=if max_days.is_some() { t("tokens-expiry-capped") } else { "" }/>
            <Show when=move || expiry.get() == "date">
                <TextField label=t("tokens-expiry-date") name="token-expiry-date" kind="date" value=date
                    on_input=Callback::new(move |v| date.set(v)) error=Signal::derive(|| None::<String>)/>
            </Show>
            <div class="form-actions">
                <button type="submit" class="btn btn-primary" disabled=move || busy.get() || crate::offline::is_offline()>{t("tokens-create")}</button>
            </div>
        </form>
    }
}
