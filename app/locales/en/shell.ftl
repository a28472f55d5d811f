### The frame around every page: navigation, header, banners, shared words.

app-name = Account Settings
lang-label = Language
nav-settings = Settings
nav-account = Account
nav-users = Users
nav-groups = Groups
nav-api-tokens = API tokens
nav-audit = Audit trail
nav-buyers = Buyers
nav-licensees = Licensees
nav-sellers = Sellers
nav-notifications = Notifications
nav-billing = Billing
nav-operations = Operations
nav-ops-accounts = Client accounts
nav-ops-sellers = Platform sellers
nav-ops-people = People
nav-ops-plans = Plans
header-switch-account = Switch account
header-profile = Profile
header-sign-out = Sign out
shell-skip = Skip to content
shell-app-name = Account Settings
shell-page-loading = Loading the page…
shell-offline-title = You are offline
shell-offline-text = Connect to the internet and sign in to use Account Settings.
shell-redirecting = Redirecting to sign-in…
banner-offline = You are offline. You're seeing the last data this device loaded; changes can't be saved until you're back online.
banner-update = A new version is available:
banner-reload = Reload
noaccess-title = No access
noaccess-text = You don't have access to this page. Ask an administrator of this account if you need it.
noaccess-home = Go to your settings
common-loading = Loading…
common-rows = { $count ->
    [one] { $count } row
   *[other] { $count } rows
}
