use crate::components::FormMessage;
use crate::i18n::{t, t_args, t_msg};
use crate::pages::profile::PrefsForm;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// E-mail preferences opened from an e-mail's footer: the signed link names the person and
/// the account, so no sign-in is needed, and it expires.
#[component]
pub fn NotificationLinkPage() -> impl IntoView {
    let query = use_query_map();
    let token = move || query.with(|q| q.get("token").unwrap_or_default());
    let prefs = LocalResource::new(move || crate::api::prefs_by_link(token()));
    let message = RwSignal::new(None::<(bool, String)>);
    let save = Callback::new(move |rows: Vec<(String, bool)>| {
        let token = token();
        leptos::task::spawn_local(async move {
            match crate::api::save_prefs_by_link(token, rows).await {
                Ok(()) => message.set(Some((true, t("prefs-saved").to_string()))),
                Err(e) => message.set(Some((false, e.to_string()))),
            }
        });
    });
    view! {
        <main class="auth-page" id="main">
            <div class="auth-card">
                <h1>{t("prefs-title")}</h1>
                {move || match prefs.get() {
                    None => view! { <p class="loading" role="status">{t("common-loading")}</p> }.into_any(),
                    Some(Err(e)) => view! { <p class="alert alert-error" role="alert">{t_msg(&e.to_string())}</p> }.into_any(),
                    Some(Ok(p)) => view! {
                        <p>{t_args("prefs-for", &[("email", p.email.clone()), ("account", p.account_name.clone())])}</p>
                        <PrefsForm rows=p.prefs on_save=save/>
                    }.into_any(),
                }}
                <FormMessage message/>
                <p><a href="/sign-in">{t("prefs-sign-in")}</a></p>
            </div>
        </main>
    }
}
