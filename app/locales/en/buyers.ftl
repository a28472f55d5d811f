### buyers_page.rs: the list of buyers

buyers-title = Buyers
buyers-subtitle = The legal entities of this account that receive invoices. The platform operator creates them; you keep their address and contact up to date.
buyers-loading = Loading buyers…
buyers-search-placeholder = Name, id or tax number
buyers-any-status = Any status
buyers-buyer = Buyer
buyers-tax-number = Tax number
buyers-address = Address
buyers-contact = Contact
buyers-sellers = Sellers
buyers-licensees = Licensees
buyers-empty = No buyers match. Clear the search or the status filter.

### buyer_page.rs: one buyer, with its tabs

buyers-back = ← Buyers
buyers-loading-one = Loading the buyer…
buyers-no-licensee-access = You don't have access to licensees.
buyers-legal-name = Legal name
buyers-sellers-intro = The platform operator's entities that invoice this buyer. New licensees of this buyer choose one of them.
buyers-sellers-empty = No seller is linked to this buyer yet. The platform operator links them.
buyers-id = Buyer id
buyers-when-by = { $when } by { $who }
buyers-last-updated = Last updated

### buyer_logo.rs: the buyer's logo

buyers-logo = Logo
buyers-logo-alt = Buyer logo

### buyer_edit.rs: the address and contact form

buyers-saved = Buyer saved.
buyers-reloaded = Loaded the latest version; your edits are still in the form. Save again to apply them.
buyers-edit-title = Address and contact
buyers-save = Save buyer

### buyer_status.rs: disabling and enabling a buyer

buyers-disabled-notice = This buyer is disabled. Its { $count } licensee(s) are unavailable for new use until it is enabled.
buyers-disabled-notice-ops = This buyer is disabled by the platform operator; only they can enable it again. Its { $count } licensee(s) are unavailable for new use until it is enabled.
buyers-enable-confirm = Enable { $name }? Its licensees can be used again.
buyers-disable-confirm = Disable { $name }? Its { $count } licensee(s) become unavailable for new use until it is enabled again.
buyers-enabled-done = Enabled { $name }.
buyers-disabled-done = Disabled { $name }.
buyers-enable = Enable buyer
buyers-disable = Disable buyer
buyers-status-title = Change buyer status
