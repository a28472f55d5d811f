use crate::i18n::t;
use crate::model::SessionInfo;
use crate::state::use_session;
use leptos::prelude::*;

fn initials(s: &SessionInfo) -> String {
    let name = s.display_name();
    let mut out: String = name
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .take(2)
        .collect();
    if out.is_empty() {
        out.push('?');
    }
    out.to_uppercase()
}

#[component]
pub fn Header() -> impl IntoView {
    let ctx = use_session();
    let switch_error = RwSignal::new(None::<String>);
    let menu_open = RwSignal::new(false);
    let on_switch = move |ev: leptos::ev::Event| {
        let target = event_target_value(&ev);
        leptos::task::spawn_local(async move {
            match crate::api::switch_account(target).await {
                Ok(info) => {
                    ctx.set(Some(info));
                    // A different account means different data everywhere: start clean.
                    #[cfg(not(feature = "ssr"))]
                    if let Some(w) = web_sys::window() {
                        let _ = w.location().set_href("/");
                    }
                }
                Err(e) => switch_error.set(Some(e.to_string())),
            }
        });
    };
    let sign_out = move |_| {
        leptos::task::spawn_local(async move {
            let _ = crate::api::sign_out().await;
            // One full navigation (not also a router redirect): it drops every piece of this
            // session's state in the page, and nothing races it.
            crate::util::storage::clear_all();
            #[cfg(not(feature = "ssr"))]
            crate::offline::last_seen::forget_all().await;
            #[cfg(not(feature = "ssr"))]
            if let Some(w) = web_sys::window() {
                let _ = w.location().replace("/sign-in");
            }
            #[cfg(feature = "ssr")]
            ctx.set(None);
        });
    };
    view! {
        <header class="app-header">
            <a class="brand" href="/">
                <img class="header-logo" src="/icons/favicon.svg" alt="" width="28" height="28"/>
                <span>{t("app-name")}</span>
            </a>
            {move || {
                ctx.session
                    .get()
                    .map(|s| {
                        let current = s.account_id.clone();
                        let many = s.memberships.len() > 1;
                        view! {
                            <span class="account-name" data-testid="account-name">{s.account_name.clone()}</span>
                            {many
                                .then(|| {
                                    view! {
                                        <label class="visually-hidden" for="account-switcher">{t("header-switch-account")}</label>
                                        <select id="account-switcher" class="account-switcher" on:change=on_switch>
                                            {s.memberships
                                                .iter()
                                                .map(|m| {
                                                    let selected = m.account_id == current;
                                                    view! {
                                                        <option value=m.account_id.clone() selected=selected>
                                                            {format!("{} ({})", m.account_name, m.account_id)}
                                                        </option>
                                                    }
                                                })
                                                .collect_view()}
                                        </select>
                                    }
                                })}
                            <span class="header-spacer"></span>
                            <super::InstallButton/>
                            <super::ConnectionIndicator/>
                            // A button named by its visible text (the person's name), which
                            // opens the menu; Escape or a choice closes it.
                            <div class="user-menu" on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                                if ev.key() == "Escape" {
                                    menu_open.set(false);
                                }
                            }>
                                <button type="button" class="menu-trigger" aria-haspopup="true" aria-controls="user-menu-list"
                                    aria-expanded=move || if menu_open.get() { "true" } else { "false" }
                                    on:click=move |_| menu_open.update(|o| *o = !*o)>
                                    {match s.picture_at {
                                        Some(at) => view! { <img class="avatar" src=format!("/assets/avatar/{}?v={at}", s.user_id) alt="" width="26" height="26"/> }.into_any(),
                                        None => view! { <span class="avatar" aria-hidden="true">{initials(&s)}</span> }.into_any(),
                                    }}
                                    <span>{s.display_name()}</span>
                                </button>
                                <Show when=move || menu_open.get()>
                                    <ul class="menu" id="user-menu-list">
                                        <li><a href="/profile" on:click=move |_| menu_open.set(false)>{t("header-profile")}</a></li>
                                        <li><button type="button" on:click=sign_out>{t("header-sign-out")}</button></li>
                                    </ul>
                                </Show>
                            </div>
                        }
                    })
            }}
            {move || switch_error.get().map(|e| view! { <p class="alert alert-error" role="alert">{e}</p> })}
        </header>
    }
}
