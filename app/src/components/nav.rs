use crate::i18n::t;
use crate::permissions::{Level, Module, Permissions};
use crate::state::use_session;
use leptos::prelude::*;
use leptos_router::components::A;

/// The settings modules built so far, in navigation order. A module appears only for members
/// who may view it. The labels are message ids.
pub const NAV_ITEMS: &[(Module, &str, &str)] = &[
    (Module::Account, "nav-account", "/settings/account"),
    (Module::Users, "nav-users", "/settings/users"),
    (Module::Groups, "nav-groups", "/settings/groups"),
    (Module::ApiTokens, "nav-api-tokens", "/settings/api-tokens"),
    (Module::Audit, "nav-audit", "/settings/audit"),
    (Module::Buyers, "nav-buyers", "/settings/buyers"),
    (Module::Licensees, "nav-licensees", "/settings/licensees"),
    (Module::Sellers, "nav-sellers", "/settings/sellers"),
    (
        Module::Notifications,
        "nav-notifications",
        "/settings/notifications",
    ),
    (Module::Billing, "nav-billing", "/settings/billing"),
];

/// The platform operator's pages, for Admins of the Operations account only.
const OPERATIONS_ITEMS: &[(&str, &str)] = &[
    ("nav-ops-accounts", "/operations/accounts"),
    ("nav-ops-sellers", "/operations/sellers"),
    ("nav-ops-people", "/operations/people"),
    ("nav-ops-plans", "/operations/plans"),
];

pub fn first_allowed_path(p: &Permissions) -> Option<&'static str> {
    NAV_ITEMS
        .iter()
        .find(|(m, _, _)| p.allows(*m, Level::View))
        .map(|(_, _, path)| *path)
}

#[component]
pub fn SideNav() -> impl IntoView {
    let ctx = use_session();
    view! {
        <div class="side-nav">
        <nav aria-label=t("nav-settings")>
            <ul>
                {move || {
                    ctx.session
                        .get()
                        .map(|s| {
                            NAV_ITEMS
                                .iter()
                                .filter(|(m, _, _)| s.allows(*m, Level::View))
                                .map(|(_, label, path)| view! { <li><A href=*path>{t(label)}</A></li> })
                                .collect_view()
                        })
                }}
            </ul>
        </nav>
            // Its own landmark, so the operator's links never collide with the settings' names.
            <Show when=move || ctx.session.with(|s| s.as_ref().is_some_and(|s| s.operations))>
                <nav aria-labelledby="nav-operations">
                    <h2 class="nav-heading" id="nav-operations">{t("nav-operations")}</h2>
                    <ul>
                        {OPERATIONS_ITEMS.iter().map(|(label, path)| view! { <li><A href=*path>{t(label)}</A></li> }).collect_view()}
                    </ul>
                </nav>
            </Show>
        </div>
    }
}
