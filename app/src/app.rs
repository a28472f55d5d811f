use crate::components::PageProgress;
use crate::pages::{HomeRedirect, NotFound};
use crate::routes::*;
use crate::state::SessionCtx;
use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::{path, Lazy};

#[component]
pub fn App() -> impl IntoView {
    let ctx = SessionCtx::new();
    provide_context(ctx);
    crate::offline::connection::watch();
    ctx.load();
    let lang = crate::i18n::provide_lang();
    view! {
        <Router>
            <PageProgress/>
            // A language switch re-renders the routed view: every string is read again.
            {move || { crate::i18n::set_current(lang.get()); view! {
            <Routes fallback=|| view! { <NotFound/> }>
                <Route path=path!("/sign-in") view={Lazy::<SignInRoute>::new()}/>
                <Route path=path!("/forgot-password") view={Lazy::<ForgotPasswordRoute>::new()}/>
                <Route path=path!("/reset-password") view={Lazy::<ResetPasswordRoute>::new()}/>
                <Route path=path!("/accept-invitation") view={Lazy::<AcceptInvitationRoute>::new()}/>
                <Route path=path!("/notification-preferences") view={Lazy::<NotificationLinkRoute>::new()}/>
                <ParentRoute path=path!("") view={Lazy::<ShellRoute>::new()}>
                    <Route path=path!("") view=HomeRedirect/>
                    <Route path=path!("settings") view=HomeRedirect/>
                    <Route path=path!("settings/account") view={Lazy::<AccountRoute>::new()}/>
                    <Route path=path!("settings/users") view={Lazy::<UsersRoute>::new()}/>
                    <Route path=path!("settings/users/:id") view={Lazy::<MemberRoute>::new()}/>
                    <Route path=path!("settings/groups") view={Lazy::<GroupsRoute>::new()}/>
                    <Route path=path!("settings/groups/new") view={Lazy::<GroupWizardRoute>::new()}/>
                    <Route path=path!("settings/groups/:id") view={Lazy::<GroupEditRoute>::new()}/>
                    <Route path=path!("settings/api-tokens") view={Lazy::<TokensRoute>::new()}/>
                    <Route path=path!("settings/api-tokens/:id") view={Lazy::<TokenRoute>::new()}/>
                    <Route path=path!("settings/api-reference") view={Lazy::<ApiReferenceRoute>::new()}/>
                    <Route path=path!("settings/audit") view={Lazy::<AuditRoute>::new()}/>
                    <Route path=path!("settings/audit/:id") view={Lazy::<AuditRecordRoute>::new()}/>
                    <Route path=path!("settings/buyers") view={Lazy::<BuyersRoute>::new()}/>
                    <Route path=path!("settings/buyers/:id") view={Lazy::<BuyerRoute>::new()}/>
                    <Route path=path!("settings/licensees") view={Lazy::<LicenseesRoute>::new()}/>
                    <Route path=path!("settings/licensees/new") view={Lazy::<LicenseeWizardRoute>::new()}/>
                    <Route path=path!("settings/licensees/:id") view={Lazy::<LicenseeRoute>::new()}/>
                    <Route path=path!("settings/sellers") view={Lazy::<SellersRoute>::new()}/>
                    <Route path=path!("settings/sellers/:id") view={Lazy::<SellerRoute>::new()}/>
                    <Route path=path!("settings/billing") view={Lazy::<BillingRoute>::new()}/>
                    <Route path=path!("settings/billing/invoices") view={Lazy::<InvoicesRoute>::new()}/>
                    <Route path=path!("settings/billing/invoices/:id") view={Lazy::<InvoiceRoute>::new()}/>
                    <Route path=path!("settings/notifications") view={Lazy::<NotificationsRoute>::new()}/>
                    <Route path=path!("settings/notifications/messages") view={Lazy::<MessagesRoute>::new()}/>
                    <Route path=path!("settings/notifications/messages/:id") view={Lazy::<MessageRoute>::new()}/>
                    <Route path=path!("operations/accounts") view={Lazy::<OpsAccountsRoute>::new()}/>
                    <Route path=path!("operations/accounts/:id") view={Lazy::<OpsAccountRoute>::new()}/>
                    <Route path=path!("operations/sellers") view={Lazy::<OpsSellersRoute>::new()}/>
                    <Route path=path!("operations/people") view={Lazy::<OpsPeopleRoute>::new()}/>
                    <Route path=path!("operations/plans") view={Lazy::<OpsPlansRoute>::new()}/>
                    <Route path=path!("profile") view={Lazy::<ProfileRoute>::new()}/>
                </ParentRoute>
            </Routes>
            } }}
        </Router>
    }
}
