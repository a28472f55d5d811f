### API tokens: the list, its filters, create/rotate forms, the token page, the lifetime cap
### and the API reference. Words shared with other pages come from common.ftl.

### tokens_page.rs
tokens-title = API tokens
tokens-subtitle = Tokens let scripts and other systems use the REST API with the modules you choose.
tokens-create = Create token
tokens-loading = Loading tokens…
tokens-empty = No tokens match. Create one to use the REST API.
tokens-pages-label = Token pages
tokens-first-page = First page
tokens-next-page = Next page
tokens-create-title = Create API token
tokens-rotate-title = Rotate token
tokens-confirm-title = Please confirm
tokens-confirm-disable = Disable “{ $name }”? Requests with it are refused until it is enabled again.
tokens-confirm-enable = Enable “{ $name }” again?
tokens-confirm-delete = Delete “{ $name }”? It stops working at once and cannot be restored; it stays listed under Deleted for the audit trail.
tokens-enabled = Enabled “{ $name }”.
tokens-disabled = Disabled “{ $name }”.
tokens-deleted = Deleted “{ $name }”.

### token_filters.rs
tokens-filter-label = Filter API tokens
tokens-search-label = Search tokens
tokens-search-placeholder = Name or id
tokens-status-all-but-deleted = All but deleted
tokens-sort-by = Sort by
tokens-order = Order
tokens-order-desc = Descending
tokens-order-asc = Ascending

### tokens_table.rs
tokens-col-token = Token
tokens-modules = Modules
tokens-created-by = Created by
tokens-last-used = Last used
tokens-expires = Expires
tokens-never = Never
tokens-level-none = none
tokens-level-view = view
tokens-level-edit = edit
tokens-grace-until = Previous secret works until { $time }
tokens-enable-aria = Enable { $name }
tokens-disable-aria = Disable { $name }
tokens-rotate = Rotate
tokens-rotate-aria = Rotate { $name }
tokens-delete-aria = Delete { $name }

### new_secret.rs
tokens-secret-title = Copy the secret of “{ $name }” now
tokens-secret-warning = This is the only time the secret is shown. Store it in a password manager or your CI's secret store; afterwards only its first and last characters are visible here.
tokens-secret-label = Token secret
tokens-secret-copy = Copy secret
tokens-secret-done = I have stored it
tokens-secret-copied = Copied to the clipboard.

### token_form.rs
tokens-needs-attention = Some fields need your attention.
tokens-name-hint = Up to 200 characters, e.g. what uses the token.
tokens-description = Description
tokens-modules-legend = Modules the token may use
tokens-modules-hint = Never more than you hold yourself; the token also loses what you lose.
tokens-no-access = No access
tokens-expires-after = Expires after
tokens-expiry-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
tokens-expiry-on-date = On a date…
tokens-expiry-capped = This account caps how long tokens may live.
tokens-expiry-date = Expiry date

### rotate_form.rs
tokens-rotate-intro = “{ $name }” gets a new secret. Everything that uses the old one must be updated.
tokens-rotate-old-secret = The old secret
tokens-grace-now = Stops at once
tokens-grace-hour = Works 1 more hour
tokens-grace-day = Works 24 more hours
tokens-grace-week = Works 7 more days
tokens-rotate-submit = Rotate secret

### token_page.rs
tokens-back = ← API tokens
tokens-saved = Token saved.
tokens-loading-one = Loading the token…
tokens-secret = Secret
tokens-revision = Revision

### token_edit.rs
tokens-save = Save token

### token_policy.rs
tokens-policy-title = Token lifetime
tokens-policy-label = Longest lifetime of new tokens
tokens-cap-none = No cap (up to 730 days)
tokens-policy-save = Save limit
tokens-policy-saved = Saved. New tokens follow this limit.

### api_reference.rs
tokens-api-title = API reference
tokens-api-subtitle = The REST API at /api/v1. Machine-readable:
tokens-api-loading = Loading the API reference…
tokens-api-load-failed = The API reference could not be loaded. Check your connection.
tokens-api-unreadable = Unreadable answer
tokens-api-browser-only = Only in the browser
tokens-api-parameters = Parameters:
tokens-api-body = Body:
tokens-api-responses = Responses:
tokens-bulk-confirm-title = Change the selected tokens
tokens-bulk-confirm-disable = Disable { $count } tokens? Calls with them are refused at once.
tokens-bulk-confirm-delete = Delete { $count } tokens? This cannot be undone.
