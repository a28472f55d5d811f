use crate::components::Shell;
use crate::pages::{
    AcceptInvitationPage, AccountPage, ApiReferencePage, AuditPage, AuditRecordPage, BuyerPage,
    BuyersPage, ForgotPasswordPage, GroupEditPage, GroupWizardPage, GroupsPage, HomeRedirect,
    LicenseePage, LicenseeWizardPage, LicenseesPage, MemberPage, MessagePage, MessagesPage,
    NotFound, NotificationLinkPage, NotificationsPage, OpsAccountPage, OpsAccountsPage,
    OpsSellersPage, ProfilePage, ResetPasswordPage, SellerPage, SellersPage, SignInPage, TokenPage,
    TokensPage, UsersPage,
};
use crate::state::SessionCtx;
use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::path;

#[component]
pub fn App() -> impl IntoView {
    let ctx = SessionCtx::new();
    provide_context(ctx);
    ctx.load();
    let lang = crate::i18n::provide_lang();
    view! {
        <Router>
            // A language switch re-renders the routed view: every string is read again.
            {move || { crate::i18n::set_current(lang.get()); view! {
            <Routes fallback=|| view! { <NotFound/> }>
                <Route path=path!("/sign-in") view=SignInPage/>
                <Route path=path!("/forgot-password") view=ForgotPasswordPage/>
                <Route path=path!("/reset-password") view=ResetPasswordPage/>
                <Route path=path!("/accept-invitation") view=AcceptInvitationPage/>
                <Route path=path!("/notification-preferences") view=NotificationLinkPage/>
                <ParentRoute path=path!("") view=Shell>
                    <Route path=path!("") view=HomeRedirect/>
                    <Route path=path!("settings") view=HomeRedirect/>
                    <Route path=path!("settings/account") view=AccountPage/>
                    <Route path=path!("settings/users") view=UsersPage/>
                    <Route path=path!("settings/users/:id") view=MemberPage/>
                    <Route path=path!("settings/groups") view=GroupsPage/>
                    <Route path=path!("settings/groups/new") view=GroupWizardPage/>
                    <Route path=path!("settings/groups/:id") view=GroupEditPage/>
                    <Route path=path!("settings/api-tokens") view=TokensPage/>
                    <Route path=path!("settings/api-tokens/:id") view=TokenPage/>
                    <Route path=path!("settings/api-reference") view=ApiReferencePage/>
                    <Route path=path!("settings/audit") view=AuditPage/>
                    <Route path=path!("settings/audit/:id") view=AuditRecordPage/>
                    <Route path=path!("settings/buyers") view=BuyersPage/>
                    <Route path=path!("settings/buyers/:id") view=BuyerPage/>
                    <Route path=path!("settings/licensees") view=LicenseesPage/>
                    <Route path=path!("settings/licensees/new") view=LicenseeWizardPage/>
                    <Route path=path!("settings/licensees/:id") view=LicenseePage/>
                    <Route path=path!("settings/sellers") view=SellersPage/>
                    <Route path=path!("settings/sellers/:id") view=SellerPage/>
                    <Route path=path!("settings/notifications") view=NotificationsPage/>
                    <Route path=path!("settings/notifications/messages") view=MessagesPage/>
                    <Route path=path!("settings/notifications/messages/:id") view=MessagePage/>
                    <Route path=path!("operations/accounts") view=OpsAccountsPage/>
                    <Route path=path!("operations/accounts/:id") view=OpsAccountPage/>
                    <Route path=path!("operations/sellers") view=OpsSellersPage/>
                    <Route path=path!("profile") view=ProfilePage/>
                </ParentRoute>
            </Routes>
            } }}
        </Router>
    }
}
