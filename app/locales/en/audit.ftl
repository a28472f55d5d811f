### Audit trail: the list and its filters, a record's page, the Audit trail tab of other
### pages, retention and the integrity check. Action codes (users.invitation.create) stay as
### they are; summaries come from the server.

### audit_page.rs
audit-title = Audit trail
audit-subtitle = Every change in this account, newest first. Records cannot be edited or deleted, and each one is chained to the one before it.
audit-export-jsonl = Export JSON Lines
audit-loading = Loading audit records…
audit-total = { $count ->
    [one] { $count } record in total
   *[other] { $count } records in total
}
audit-showing = Showing { $count } matching records
audit-records-label = Audit records
audit-empty-filtered = No records match these filters.
audit-empty = No audit records on this page.
audit-pages-label = Audit pages
audit-newest = Newest
audit-newer = Newer
audit-older = Older

### verify_card.rs
audit-verify = Verify integrity
audit-verifying = Verifying…
audit-chain-intact = The chain is intact: { $count } records checked in { $ms } ms.
audit-chain-intact-since = The chain is intact: { $count } records checked since the last retention purge in { $ms } ms.
audit-chain-broken-at = The chain is broken at record { $id } (after { $count } good records). { $problem }
audit-chain-broken = The chain is broken. { $problem }

### audit_filters.rs
audit-filter-label = Filter audit records
audit-from = From
audit-days-zone = Days in { $zone }
audit-to = To
audit-actor = Actor
audit-actor-hint = A name, or an id such as USR-… or TOK-…
audit-action = Action
audit-action-hint = An action, or the start of one: users, users.invitation
audit-object-type = Object type
audit-any-type = Any type
audit-object-id = Object id
audit-ip = IP address
audit-summary-contains = Summary contains
audit-apply = Apply filters
audit-clear = Clear
audit-type-account = Account
audit-type-membership = User (membership)
audit-type-user = Person (sign-in identity)
audit-type-group = Group
audit-type-api-token = API token
audit-type-audit-trail = Audit trail
audit-type-buyer = Buyer
audit-type-licensee = Licensee
audit-type-seller = Seller
audit-type-notifications = Notification settings
audit-type-plan = Plan
audit-type-invoice = Invoice

### audit_row.rs
audit-object = Object
audit-summary = Summary
audit-open-record = Open record { $id } of { $time }
audit-changed-fields-count = { $count ->
    [one] { $count } changed field
   *[other] { $count } changed fields
}

### retention_card.rs
audit-retention-title = Retention
audit-retention-label = Keep audit records for
audit-retention-forever = Forever
audit-retention-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
audit-retention-years = { $count ->
    [one] { $count } year
   *[other] { $count } years
}
audit-retention-save = Save retention
audit-retention-saved = Saved. Older records are removed within the hour.
audit-purged = { $count } records removed by retention so far, most recently on { $time }. Each removal is recorded and verification continues from it.

### audit_record_page.rs
audit-back = ← Audit trail
audit-record-loading = Loading the record…
audit-empty-value = (empty)
audit-json-copied = JSON copied.
audit-copy-refused = The browser refused to copy; select the text instead.
audit-record-id = Audit record { $id }
audit-record-facts = What was recorded
audit-time = Time
audit-open-token = Open the token
audit-by-actor = Everything by this actor
audit-same-action = All records of this action
audit-open-object = Open the object
audit-object-trail = This object's audit trail
audit-from-address = Everything from this address
audit-user-agent = User agent
audit-sequence = Sequence
audit-prev-hash = Previous hash
audit-hash = Hash
audit-changes = Changes
audit-no-changes = No fields changed in this record.
audit-json = JSON
audit-copy-json = Copy JSON
audit-json-label = The record as JSON
audit-changed-fields = Changed fields
audit-field = Field
audit-before = Before
audit-after = After

### object_audit.rs
audit-loading-records = Loading records…
audit-needs-rights = Seeing the audit trail needs Audit trail view rights.
audit-object-empty = No records about this object yet.
audit-object-records-label = Audit records of this object
audit-object-full = Open this object's full audit trail
