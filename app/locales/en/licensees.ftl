### licensees_page.rs: the list of licensees

licensees-title = Licensees
licensees-subtitle = The people or departments that consume licences, each linked to one buyer and one seller.
licensees-new = New licensee
licensees-loading = Loading licensees…
licensees-search-placeholder = Name, id or external reference
licensees-any-status = Any status
licensees-buyer = Buyer
licensees-any-buyer = Any buyer

### licensees_table.rs: the table of licensees (the list, and a buyer's tab)

licensees-licensee = Licensee
licensees-seller = Seller
licensees-external-ref = External reference
licensees-resale = Resale
licensees-empty = No licensees to show.
licensees-see-all = See all of this buyer's licensees

### licensee_page.rs: one licensee, with its tabs

licensees-back = ← Licensees
licensees-loading-one = Loading the licensee…
licensees-created = Licensee created.
licensees-id = Licensee id
licensees-when-by = { $when } by { $who }
licensees-last-updated = Last updated
licensees-address = Address
licensees-contact = Contact
licensees-fixed = The buyer and seller are fixed once a licensee is created.

### licensee_status.rs: why a licensee is unavailable, enabling and disabling it

licensees-notice-buyer-disabled = Unavailable: its buyer { $buyer } is disabled. It cannot be used or enabled until the buyer is enabled again.
licensees-notice-new = New: enable it to make it available.
licensees-notice-disabled = Disabled: it cannot be used for new business.
licensees-enable-confirm = Enable { $name }? It becomes available for new use.
licensees-disable-confirm = Disable { $name }? It cannot be used for new business until enabled again.
licensees-enabled-done = Enabled { $name }.
licensees-disabled-done = Disabled { $name }.
licensees-enable = Enable licensee
licensees-disable = Disable licensee
licensees-status-title = Change licensee status

### licensee_fields.rs: the fields the wizard and the edit form share

licensees-external-ref-hint = Your own reference, such as a cost centre (letters, digits and - _ . / :).
licensees-resale-licensee = Resale licensee
licensees-resale-hint = Consumes licences on behalf of its own customers.
licensees-description = Description
licensees-use-buyer-address = Use the buyer's address
licensees-own-address = Its own address
licensees-choose-buyer-first = Choose the buyer first.

### licensee_edit.rs: the edit form

licensees-saved = Licensee saved.
licensees-reloaded = Loaded the latest version; your edits are still in the form. Save again to apply them.
licensees-edit-title = Edit licensee
licensees-save = Save licensee

### licensee_wizard.rs: the new licensee wizard

licensees-steps = Steps
licensees-step-general = General
licensees-step-buyer = Buyer
licensees-step-seller = Seller
licensees-step-address = Address
licensees-step-contact = Contact
licensees-step-overview = Overview
licensees-create = Create licensee
licensees-loading-buyers = Loading buyers…
licensees-buyer-disabled = — disabled, cannot take new licensees
licensees-no-seller = This buyer has no seller yet. The platform operator links sellers to buyers.
licensees-buyer-address = The buyer's address
licensees-overview-note = The buyer and seller cannot be changed after creation. The licensee starts as New; enable it to make it available.

### licensee_page.rs, licensee_wizard.rs: the licensee's logo

licensees-logo = Logo
licensees-logo-alt = Licensee logo
licensees-no-logo = No logo
