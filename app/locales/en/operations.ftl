### accounts_page.rs: the platform's client accounts

operations-accounts-title = Client accounts
operations-accounts-subtitle = Operations: the accounts of the platform, their buyers and sellers.
operations-new-account = New client account
operations-accounts-search-placeholder = Name or id
operations-loading-accounts = Loading accounts…
operations-account = Account
operations-type = Type
operations-members = Members
operations-buyers = Buyers
operations-sellers = Sellers
operations-kind-client = Client
operations-kind-operations = Operations

### account_page.rs: one client account, its buyers and sellers

operations-back-accounts = ← Client accounts
operations-loading-account = Loading the account…
operations-disable-account-confirm = Disable { $name }? Its members cannot sign in and its API credentials stop working until it is enabled again.
operations-enable-account-confirm = Enable { $name }? Its members can sign in again.
operations-now-status = { $name } is now { $status }.
operations-disable-account = Disable account
operations-enable-account = Enable account
operations-account-status-title = Change account status
operations-no-buyers = No buyers yet.
operations-linked-sellers = Linked sellers
operations-seller-buyers = buyers:
operations-none = none
operations-no-sellers = No sellers linked yet.
operations-buyer-summary = { $tax } · { $address } · { $count } licensee(s)

### new_account_form.rs: a new client account and its first admin

operations-account-created = Client account created.
operations-invited-by-mail = { $email } was invited as the first admin by e-mail.
operations-invited-no-mail = { $email } was invited as the first admin (the e-mail could not be sent: pass on the link).
operations-copy-invitation = Copy invitation link
operations-open-account = Open the account to add buyers and sellers
operations-account-name = Account name
operations-admin-email = First admin's e-mail
operations-admin-first-name = First admin's first name
operations-admin-last-name = First admin's last name
operations-create-account = Create account and invite

### new_buyer_form.rs: a new buyer of a client account

operations-buyer-created = Buyer { $name } created.
operations-new-buyer = New buyer
operations-buyer-name = Buyer name
operations-tax-number = Tax number
operations-address = Address
operations-contact = Contact
operations-create-buyer = Create buyer

### link_seller_form.rs: linking a seller to a client account

operations-seller-linked = Seller linked.
operations-link-seller-title = Link a seller
operations-seller = Seller
operations-choose-seller = Choose a seller
operations-buyer = Buyer
operations-account-only = The account only (no buyer)
operations-link-seller-hint = A buyer's licensees can only use the sellers linked to that buyer.
operations-link-seller = Link seller

### new_seller_form.rs: a new seller of the platform operator

operations-seller-created = Seller { $name } created.
operations-new-seller = New seller
operations-seller-name = Seller name
operations-currencies = Currencies
operations-create-seller = Create seller

### sellers_page.rs: the platform operator's sellers

operations-sellers-title = Platform sellers
operations-sellers-subtitle = Operations: the platform operator's legal entities. Link them to client accounts from each account's page.
operations-loading-sellers = Loading sellers…
operations-seller-status-of = Status of { $name }
operations-modules = Modules
operations-modules-note = What this account may use. A module turned off disappears from its console and is refused to its members, tokens and credentials; Account, Users, Groups and Audit trail are always on.
operations-save-modules = Save modules
operations-modules-saved = Modules saved.

### people_page.rs: people (global sign-in identities) across the platform

operations-people-title = People
operations-people-subtitle = Operations: find a person by e-mail, see their accounts, block or delete their sign-in everywhere.
operations-people-email = E-mail address
operations-people-find = Find
operations-people-finding = Looking for the person…
operations-people-hint = Enter the exact e-mail address of a person.
operations-people-none = Nobody signs in with that e-mail address.
operations-people-id = Person id
operations-people-two-step = Two-step verification
operations-people-last-sign-in = Last sign-in
operations-people-never = Never
operations-people-role = Role
operations-people-memberships = Accounts of this person
operations-people-block = Block
operations-people-unblock = Unblock
operations-people-delete = Delete person
operations-people-confirm-title = Change this person's sign-in
operations-people-block-confirm = Block { $email }? They are signed out everywhere, cannot sign in to any account and their API tokens stop working until unblocked.
operations-people-unblock-confirm = Unblock { $email }? They can sign in again.
operations-people-delete-confirm = Delete { $email }? Their e-mail, names, password, two-step verification and picture are erased and every membership is disabled. This cannot be undone.
operations-people-now = The person is now { $status }.
# Plans
operations-plans-title = Plans
operations-plans-subtitle = The plan catalogue client accounts are billed by. Accounts without a plan are on Free.
operations-plans-loading = Loading plans…
operations-new-plan = New plan
operations-edit-plan = Edit { $name }
operations-create-plan = Create plan
operations-save-plan = Save plan
operations-plan-saved = Plan { $name } saved.
operations-plan-name = Plan name
operations-plan-seats = Seats
operations-plan-api-calls = API calls per month
operations-plan-events = Events per month
operations-plan-prices = Prices
operations-plan-prices-note = Amounts such as 49.90. Leave a currency's row empty if the plan is not sold in it.
operations-plan-monthly = Monthly price
operations-plan-api-overage = Per 1,000 extra API calls
operations-plan-events-overage = Per 1,000 extra events
operations-plan-accounts = Accounts
operations-account-plan = Plan
operations-change-plan = Change plan
operations-plan-assigned = { $account } is now on the { $plan } plan.
operations-tax-rate = Tax
operations-tax-rate-label = Tax rate (%)
operations-tax-rate-hint = Charged on this account's next invoices; issued invoices keep their rate.
operations-save-tax-rate = Save tax rate
operations-tax-rate-saved = Tax rate saved.
operations-invoices = Invoices
operations-no-invoices = No invoices issued to this account yet.
operations-mark-paid = Mark paid
operations-mark-void = Void
operations-mark-paid-of = Mark paid: { $number }
operations-mark-void-of = Void: { $number }
operations-invoice-status-title = Change invoice status
operations-invoice-status-confirm = Record { $number } as { $status }? This cannot be undone.
operations-invoice-status-set = { $number } is now { $status }.
