### Users: the list, its filters, the invite and edit dialogs, a member's page.

### users_page.rs
users-title = Users
users-subtitle = People with access to this account, their roles and groups.
users-invite-people = Invite people
users-loading = Loading users…
users-no-match = No users match these filters.
users-pages = User pages
users-match-capped = More than { $count } users match
users-match = { $count ->
    [one] { $count } user matches
   *[other] { $count } users match
}
users-first-page = First page
users-next-page = Next page
users-edit-access = Edit access
users-group-locked = You cannot give this group: it grants rights or buyers you do not hold, or it is the Administrators group.
users-group-locked-short = (locked)
users-please-confirm = Please confirm
users-outcome-invited = Invited { $emails }.
users-outcome-skipped = { $email } was not invited: { $reason }.
users-outcome-mail-failed = The e-mail to { $emails } could not be sent; copy the link from the list instead.
users-resent = Sent a new invitation to { $email }; the link is valid for 7 days.
users-resend-mail-failed = A new link was made for { $email } but the e-mail could not be sent; copy the link instead.
users-link-copied = Copied the invitation link of { $email }.
users-confirm-revoke = Withdraw the invitation of { $email }? The link stops working.
users-confirm-disable = Disable { $email }? They are signed out at once and cannot sign in to this account.
users-confirm-enable = Enable { $email } again?
users-confirm-remove = Remove { $email } from the account? They lose access and get an e-mail.
users-revoked = Revoked the invitation of { $email }.
users-disabled = Disabled { $email }.
users-enabled = Enabled { $email }.
users-removed = Removed { $email } from the account.

### user_filters.rs
users-search = Search name or e-mail
users-any-status = Any status
users-role = Role
users-any-role = Any role
users-group = Group
users-any-group = Any group
users-sort-by = Sort by
users-joined = Joined
users-last-login = Last login
users-order = Order
users-ascending = Ascending
users-descending = Descending

### users_table.rs
users-action-resend = Resend invitation
users-action-copy-link = Copy invitation link
users-action-revoke = Revoke invitation
users-action-remove = Remove from account
users-user = User
users-groups = Groups
users-joined-on = joined { $date }
users-invited-on = invited { $date }
users-never = Never
users-actions-for = Actions for { $name }

### invite_dialog.rs
users-emails = E-mail addresses
users-emails-hint = Separate addresses with commas or new lines; up to { $max } at once ({ $count } entered).
users-first-name-optional = First name (optional)
users-last-name-optional = Last name (optional)
users-invite-count = Invite { $count } people
users-send-invitation = Send invitation

### edit_member_dialog.rs
users-access-saved = Saved the access of { $email }.
users-save-access = Save access

### member_page.rs
users-back = ← Users
users-loading-member = Loading the member…
users-membership-id = Membership id
users-person-id = Person id
users-last-updated = Last updated
users-last-sign-in = Last sign-in
users-bulk-confirm-title = Change the selected members
users-bulk-confirm-disable = Disable { $count } members? They are signed out at once.
users-bulk-confirm-enable = Enable { $count } members?
users-bulk-confirm-remove = Remove { $count } members from the account? They lose access and get an e-mail.
users-bulk-confirm-add-groups = Add { $count } members to the chosen groups?
users-bulk-confirm-remove-groups = Take { $count } members out of the chosen groups?
users-bulk-change-groups = Change groups
users-bulk-groups-legend = Groups
users-bulk-add-to = Add to these groups
users-bulk-take-out = Take out of these groups
