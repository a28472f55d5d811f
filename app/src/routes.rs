//! Every page is a lazy route: its code is split out of the main wasm at build time
//! (`frontend/split.sh`) and fetched the first time the page opens, so the sign-in page does
//! not download the whole console. The service worker fetches the rest in the background.

use crate::components::{page_progress, Shell};
use crate::pages::*;
use leptos::prelude::*;
use leptos_router::{lazy_route, LazyRoute};

/// `route!(Route, Page)`: a lazy route that renders `<Page/>`.
macro_rules! lazy_pages {
    ($($route:ident => $page:ident),* $(,)?) => {
        $(
            pub struct $route;

            #[lazy_route]
            impl LazyRoute for $route {
                fn data() -> Self {
                    page_progress::started();
                    $route
                }

                fn view(this: Self) -> AnyView {
                    let _ = this;
                    let page = view! { <$page/> }.into_any();
                    page_progress::finished();
                    page
                }
            }
        )*
    };
}

lazy_pages! {
    SignInRoute => SignInPage,
    ForgotPasswordRoute => ForgotPasswordPage,
    ResetPasswordRoute => ResetPasswordPage,
    AcceptInvitationRoute => AcceptInvitationPage,
    NotificationLinkRoute => NotificationLinkPage,
    AccountRoute => AccountPage,
    UsersRoute => UsersPage,
    MemberRoute => MemberPage,
    GroupsRoute => GroupsPage,
    GroupWizardRoute => GroupWizardPage,
    GroupEditRoute => GroupEditPage,
    TokensRoute => TokensPage,
    TokenRoute => TokenPage,
    ApiReferenceRoute => ApiReferencePage,
    AuditRoute => AuditPage,
    AuditRecordRoute => AuditRecordPage,
    BuyersRoute => BuyersPage,
    BuyerRoute => BuyerPage,
    LicenseesRoute => LicenseesPage,
    LicenseeWizardRoute => LicenseeWizardPage,
    LicenseeRoute => LicenseePage,
    SellersRoute => SellersPage,
    SellerRoute => SellerPage,
    NotificationsRoute => NotificationsPage,
    MessagesRoute => MessagesPage,
    MessageRoute => MessagePage,
    OpsAccountsRoute => OpsAccountsPage,
    OpsAccountRoute => OpsAccountPage,
    OpsSellersRoute => OpsSellersPage,
    OpsPeopleRoute => OpsPeoplePage,
    OpsPlansRoute => OpsPlansPage,
    BillingRoute => BillingPage,
    InvoicesRoute => InvoicesPage,
    InvoiceRoute => InvoicePage,
    ProfileRoute => ProfilePage,
}

/// The signed-in frame, lazy too: the sign-in page does not need it. Its child page reports
/// the progress and moves the focus.
pub struct ShellRoute;

#[lazy_route]
impl LazyRoute for ShellRoute {
    fn data() -> Self {
        ShellRoute
    }

    fn view(this: Self) -> AnyView {
        let _ = this;
        view! { <Shell/> }.into_any()
    }
}
