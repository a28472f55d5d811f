### Account: the account page, its form, logo and API credentials.

### account_page.rs
account-title = Account
account-subtitle = Your organization's details, address and API credentials.
account-loading = Loading account…
account-meta = { $id } · { $kind } · { $status } · last updated { $date }
account-meta-by = { $id } · { $kind } · { $status } · last updated { $date } by { $name }
account-kind-client = Client account
account-kind-operations = Operations account
account-kind-other = { $kind } account

### logo_card.rs
account-logo = Logo
account-logo-alt = Account logo

### credentials_card.rs
account-credentials = Credentials
account-credentials-text = Use these to call the API with the account's full rights. Keep the passcode secret.
account-id = Account id
account-copy-id = Copy account id
account-id-copied = Account id copied.
account-passcode = Passcode
account-show-passcode = Show passcode
account-hide-passcode = Hide passcode
account-copy-passcode = Copy passcode
account-passcode-copied = Passcode copied.
account-copy-failed = Copy failed; select the text instead.
account-regenerate-passcode = Regenerate passcode
account-regenerate-title = Regenerate the passcode?
account-regenerate = Regenerate
account-regenerate-text = Anything using the current passcode stops working immediately. This cannot be undone.
account-passcode-regenerated = A new passcode was generated. The old one no longer works.

### account_form.rs
account-saved = Account saved.
account-name = Account name
account-website = Website
account-website-hint = For example https://example.com
account-support-email = Support e-mail
account-language = Preferred language
account-language-hint = Default language for members and the e-mails they receive.
account-description = Description
account-description-hint = Up to 2000 characters.
account-headquarters = Headquarters address
account-not-set = Not set
account-timezone = Account time zone
account-timezone-hint = Used for reports and scheduled e-mails.
account-organization = Organization
account-legal-name = Legal name
account-tax-id = Tax id
account-tax-id-hint = VAT or other tax number.
account-industry = Industry
account-company-size = Company size
account-enabled-modules = Enabled modules
account-modules-note = Set by your contract; contact support to change them.
account-discard = Discard changes
account-industries-agriculture = Agriculture
account-industries-automotive = Automotive
account-industries-banking-and-finance = Banking and finance
account-industries-construction = Construction
account-industries-consulting = Consulting
account-industries-education = Education
account-industries-energy-and-utilities = Energy and utilities
account-industries-government = Government
account-industries-healthcare = Healthcare
account-industries-hospitality = Hospitality
account-industries-insurance = Insurance
account-industries-logistics = Logistics
account-industries-manufacturing = Manufacturing
account-industries-media-and-entertainment = Media and entertainment
account-industries-non-profit = Non-profit
account-industries-pharmaceuticals = Pharmaceuticals
account-industries-real-estate = Real estate
account-industries-retail = Retail
account-industries-software-and-it = Software and IT
account-industries-telecommunications = Telecommunications
account-industries-other = Other
