### Error and validation sentences the server and the shared validation send in English
### (the REST API keeps them so). The interface looks them up with t_msg: the id is
### message_id(english text), "err-" and its words in kebab-case, at most 60 characters.
### Collected from the Rust sources; the English must stay exactly as the code writes it.

## Errors every request can answer with (app/src/error.rs, app/src/components/form_state.rs)

err-please-sign-in-to-continue = Please sign in to continue.
err-you-don-t-have-permission-to-do-this = You don't have permission to do this.
err-not-found = Not found.
err-some-fields-need-your-attention = Some fields need your attention.
err-some-fields-need-your-attention-nothing-was-saved = Some fields need your attention; nothing was saved.
err-the-server-could-not-be-reached-check-your-connection = The server could not be reached. Check your connection and try again.
err-something-went-wrong-on-our-side-please-try-again = Something went wrong on our side. Please try again.
err-the-request-was-not-understood = The request was not understood.

## Texts, names and web addresses (app/src/validation/text.rs, web.rs, email.rs)

err-enter-the-account-name = Enter the account name.
err-enter-the-group-name = Enter the group name.
err-enter-the-token-name = Enter the token name.
err-enter-the-sender-name = Enter the sender name.
err-enter-the-buyer-name = Enter the buyer name.
err-enter-the-seller-name = Enter the seller name.
err-enter-the-name = Enter the name.
err-enter-the-first-name = Enter the first name.
err-enter-the-last-name = Enter the last name.
err-the-account-name-contains-characters-that-are-not = The account name contains characters that are not allowed.
err-the-group-name-contains-characters-that-are-not-allowed = The group name contains characters that are not allowed.
err-the-token-name-contains-characters-that-are-not-allowed = The token name contains characters that are not allowed.
err-the-sender-name-contains-characters-that-are-not-allowed = The sender name contains characters that are not allowed.
err-the-buyer-name-contains-characters-that-are-not-allowed = The buyer name contains characters that are not allowed.
err-the-seller-name-contains-characters-that-are-not-allowed = The seller name contains characters that are not allowed.
err-the-name-contains-characters-that-are-not-allowed = The name contains characters that are not allowed.
err-the-first-name-contains-characters-that-are-not-allowed = The first name contains characters that are not allowed.
err-the-last-name-contains-characters-that-are-not-allowed = The last name contains characters that are not allowed.
err-the-description-contains-characters-that-are-not-allowed = The description contains characters that are not allowed.
err-the-legal-name-contains-characters-that-are-not-allowed = The legal name contains characters that are not allowed.
err-the-address-line-1-contains-characters-that-are-not = The address line 1 contains characters that are not allowed.
err-the-address-line-2-contains-characters-that-are-not = The address line 2 contains characters that are not allowed.
err-the-city-contains-characters-that-are-not-allowed = The city contains characters that are not allowed.
err-the-state-or-region-contains-characters-that-are-not = The state or region contains characters that are not allowed.
err-the-footer-contains-characters-that-are-not-allowed = The footer contains characters that are not allowed.
err-the-note-contains-characters-that-are-not-allowed = The note contains characters that are not allowed.
err-the-account-name-must-be-on-one-line = The account name must be on one line.
err-the-account-name-needs-at-least-2-characters = The account name needs at least 2 characters.
err-the-account-name-needs-at-least-one-letter-or-digit = The account name needs at least one letter or digit.
err-enter-a-web-address-like-https-example-com = Enter a web address like https://example.com.
err-a-web-address-can-have-at-most-2048-characters = A web address can have at most 2048 characters.
err-only-http-and-https-addresses-are-allowed = Only http:// and https:// addresses are allowed.
err-enter-an-e-mail-address = Enter an e-mail address.
err-an-e-mail-address-can-have-at-most-254-characters = An e-mail address can have at most 254 characters.
err-enter-an-e-mail-address-like-name-example-com = Enter an e-mail address like name@example.com.

## Account, address and contact (app/src/validation/account.rs, address.rs)

err-choose-one-of-the-offered-languages = Choose one of the offered languages.
err-choose-a-time-zone-from-the-list = Choose a time zone from the list.
err-a-tax-id-can-have-at-most-32-characters = A tax id can have at most 32 characters.
err-a-tax-id-can-only-contain-letters-digits-spaces-and = A tax id can only contain letters, digits, spaces and - . /
err-choose-an-industry-from-the-list = Choose an industry from the list.
err-choose-a-size-from-the-list = Choose a size from the list.
err-a-postcode-can-have-at-most-16-characters = A postcode can have at most 16 characters.
err-a-postcode-can-only-contain-letters-digits-spaces-and = A postcode can only contain letters, digits, spaces and hyphens.
err-choose-a-country-from-the-list = Choose a country from the list.
err-enter-the-first-address-line = Enter the first address line.
err-enter-the-first-address-line-or-clear-the-address = Enter the first address line, or clear the address.
err-enter-the-city = Enter the city.
err-enter-the-city-or-clear-the-address = Enter the city, or clear the address.
err-choose-the-country = Choose the country.
err-choose-the-country-or-clear-the-address = Choose the country, or clear the address.
err-enter-a-phone-number-such-as-49-30-1234567 = Enter a phone number such as +49 30 1234567.
err-enter-the-contact-s-first-name = Enter the contact's first name.
err-enter-the-contact-s-last-name = Enter the contact's last name.
err-enter-the-contact-s-e-mail = Enter the contact's e-mail.

## Audit trail filters and retention (app/src/validation/audit.rs)

err-an-action-has-letters-and-dots-only-like-users = An action has letters, _ and dots only, like users.membership.update.
err-enter-a-date-as-yyyy-mm-dd = Enter a date as YYYY-MM-DD.
err-the-end-date-is-before-the-start-date = The end date is before the start date.
err-use-at-most-200-characters = Use at most 200 characters.
err-this-contains-characters-that-are-not-allowed = This contains characters that are not allowed.
err-enter-at-least-2-characters-of-a-name-or-an-id = Enter at least 2 characters of a name, or an id.
err-choose-an-object-type-from-the-list = Choose an object type from the list.
err-an-id-has-letters-digits-and-dashes-like-ugr-1234-5678 = An id has letters, digits and dashes, like UGR-1234-5678.
err-enter-a-whole-ip-address-like-203-0-113-7-or-2001-db8-1 = Enter a whole IP address, like 203.0.113.7 or 2001:db8::1.
err-keep-records-for-30-to-3-650-days-or-forever = Keep records for 30 to 3,650 days, or forever.

## Groups and invitations (app/src/validation/group.rs, invite.rs)

err-choose-at-least-one-buyer-or-allow-all-buyers = Choose at least one buyer, or allow all buyers.
err-one-of-the-chosen-buyers-is-not-a-valid-buyer-id = One of the chosen buyers is not a valid buyer id.
err-the-group-name-needs-at-least-2-characters = The group name needs at least 2 characters.
err-grant-at-least-one-module = Grant at least one module.
err-enter-at-least-one-e-mail-address = Enter at least one e-mail address.
err-choose-a-role = Choose a role.
err-choose-at-least-one-group = Choose at least one group.

## Logos and notifications (app/src/validation/logo.rs, notifications.rs)

err-the-file-is-empty = The file is empty.
err-use-a-png-jpeg-or-svg-image = Use a PNG, JPEG or SVG image.
err-this-svg-contains-scripts-or-external-references-export = This SVG contains scripts or external references; export a plain SVG.
err-the-sender-name-must-be-on-one-line = The sender name must be on one line.
err-user-updates-invitations-removals-password-resets-cannot = User updates (invitations, removals, password resets) cannot be disabled.

## Operations forms (app/src/validation/operations.rs)

err-enter-the-tax-number = Enter the tax number.
err-enter-a-tax-number-such-as-de123456789-4-to-20-letters = Enter a tax number such as DE123456789 (4 to 20 letters and digits).
err-choose-at-least-one-currency = Choose at least one currency.
err-choose-a-seller = Choose a seller.
err-choose-a-client-account = Choose a client account.
err-choose-one-of-the-account-s-buyers = Choose one of the account's buyers.
err-the-buyer-name-must-be-on-one-line = The buyer name must be on one line.
err-the-buyer-name-needs-at-least-2-characters = The buyer name needs at least 2 characters.
err-the-seller-name-must-be-on-one-line = The seller name must be on one line.
err-the-seller-name-needs-at-least-2-characters = The seller name needs at least 2 characters.

## API tokens (app/src/validation/token.rs)

err-choose-at-least-one-module-the-token-may-use = Choose at least one module the token may use.
err-choose-a-date-after-today = Choose a date after today.
err-choose-30-60-90-or-365-days-or-a-date = Choose 30, 60, 90 or 365 days, or a date.

## Licensees (app/src/validation/trading.rs)

err-use-at-least-2-characters = Use at least 2 characters.
err-use-up-to-64-letters-digits-and-for-the-external = Use up to 64 letters, digits and - _ . / : for the external reference.
err-choose-the-buyer = Choose the buyer.
err-choose-a-seller-of-the-buyer = Choose a seller of the buyer.

## Server answers (app/src/backend/services/*.rs, app/src/api/*.rs)

err-the-e-mail-or-password-is-incorrect = The e-mail or password is incorrect.
err-your-access-to-every-account-has-been-disabled-ask-an = Your access to every account has been disabled. Ask an administrator.
err-that-code-is-not-valid-try-the-current-one-or-a-recovery = That code is not valid. Try the current one, or a recovery code.
err-sign-in-again = Sign in again.
err-two-step-verification-is-already-on = Two-step verification is already on.
err-two-step-verification-is-not-on = Two-step verification is not on.
err-that-code-is-not-valid-check-that-your-phone-s-clock-is = That code is not valid. Check that your phone's clock is right and enter the current code.
err-that-code-is-not-valid-enter-the-current-code-or-a = That code is not valid. Enter the current code, or a recovery code.
err-start-the-set-up-again-there-is-no-key-waiting-for-a = Start the set-up again: there is no key waiting for a code.
err-the-set-up-changed-meanwhile-start-it-again = The set-up changed meanwhile. Start it again.
err-this-is-the-session-you-are-using-sign-out-from-the-menu = This is the session you are using. Sign out from the menu instead.
err-choose-a-password-different-from-the-current-one = Choose a password different from the current one.
err-this-reset-link-is-not-valid-any-more-ask-for-a-new-one = This reset link is not valid any more. Ask for a new one.
err-this-is-not-your-current-password = This is not your current password.
err-the-file-could-not-be-read-choose-it-again = The file could not be read. Choose it again.
err-someone-changed-this-person-after-you-opened-the-list = Someone changed this person after you opened the list. Reload to see the current state, then try again.
err-you-cannot-change-your-own-role-ask-another-admin = You cannot change your own role. Ask another Admin.
err-this-is-the-last-admin-of-the-account-make-someone-else = This is the last Admin of the account; make someone else Admin first.
err-only-a-member-who-is-disabled-can-be-enabled = Only a member who is Disabled can be enabled.
err-only-a-member-who-is-active-can-be-disabled = Only a member who is Active can be disabled.
err-you-cannot-disable-yourself = You cannot disable yourself.
err-this-is-the-last-active-admin-of-the-account-and-cannot = This is the last active Admin of the account and cannot be disabled.
err-you-cannot-remove-yourself-from-the-account = You cannot remove yourself from the account.
err-this-is-the-last-admin-of-the-account-and-cannot-be = This is the last Admin of the account and cannot be removed.
err-one-of-the-chosen-people-is-no-longer-in-this-account = One of the chosen people is no longer in this account.
err-another-group-already-has-this-name = Another group already has this name.
err-the-administrators-group-always-grants-every-module-and = The Administrators group always grants every module and keeps its name.
err-the-administrators-group-always-covers-all-buyers = The Administrators group always covers all buyers.
err-the-administrators-group-cannot-be-deleted = The Administrators group cannot be deleted.
err-one-of-the-chosen-groups-does-not-exist-any-more = One of the chosen groups does not exist any more.
err-this-person-has-already-accepted-the-invitation = This person has already accepted the invitation.
err-this-invitation-has-expired-send-a-new-one = This invitation has expired. Send a new one.
err-this-invitation-link-is-not-valid-check-that-you-copied = This invitation link is not valid. Check that you copied all of it.
err-this-invitation-has-already-been-used-sign-in-instead = This invitation has already been used. Sign in instead.
err-this-invitation-was-withdrawn-by-the-account-s = This invitation was withdrawn by the account's administrators.
err-a-newer-invitation-was-sent-for-this-address-use-the = A newer invitation was sent for this address; use the link in the latest e-mail.
err-already-invited-resend-the-invitation-from-the-list = already invited: resend the invitation from the list instead
err-already-a-member-of-this-account = already a member of this account
err-the-platform-operator-disabled-this-buyer-only-they-can = The platform operator disabled this buyer; only they can enable it again.
err-this-buyer-is-already-enabled = This buyer is already enabled.
err-this-buyer-is-already-disabled = This buyer is already disabled.
err-this-buyer-is-not-in-this-account = This buyer is not in this account.
err-this-buyer-is-not-in-that-account = This buyer is not in that account.
err-choose-one-of-your-buyers = Choose one of your buyers.
err-this-buyer-is-disabled-it-cannot-take-new-licensees = This buyer is disabled: it cannot take new licensees.
err-choose-a-seller-of-this-buyer = Choose a seller of this buyer.
err-this-seller-is-not-active-choose-another-one = This seller is not active: choose another one.
err-this-licensee-is-already-active = This licensee is already active.
err-this-licensee-is-already-disabled = This licensee is already disabled.
err-choose-one-of-your-sellers = Choose one of your sellers.
err-choose-active-offline-or-disabled = Choose Active, Offline or Disabled.
err-this-seller-is-already-active = This seller is already Active.
err-this-seller-is-already-offline = This seller is already Offline.
err-this-seller-is-already-disabled = This seller is already Disabled.
err-this-account-is-already-enabled = This account is already enabled.
err-this-account-is-already-disabled = This account is already disabled.
err-the-grace-period-is-at-most-7-days = The grace period is at most 7 days.
err-one-of-the-chosen-recipients-does-not-exist-in-this = One of the chosen recipients does not exist in this account.
err-one-of-the-chosen-recipients-is-not-valid = One of the chosen recipients is not valid.
err-unknown-notification-category = Unknown notification category.
err-this-link-is-invalid-or-has-expired = This link is invalid or has expired.
err-unknown-page-link = Unknown page link.
err-unknown-category = Unknown category.
err-the-page-link-is-not-valid = The page link is not valid.
err-this-cursor-is-not-valid = This cursor is not valid.
err-this-record-does-not-match-the-chain-it-or-the-one = This record does not match the chain: it, or the one before it, was changed, removed or inserted.
err-records-are-missing-the-chain-does-not-end-at-its = Records are missing: the chain does not end at its recorded head.

## Who may give what (app/src/permissions/grant.rs) and the identity rules of invitations, two-step resets and SVG logos

err-only-an-admin-can-give-the-admin-role = Only an Admin can give the Admin role.
err-only-an-admin-can-change-an-admin-s-membership = Only an Admin can change an Admin's membership.
err-only-an-admin-can-change-the-administrators-group = Only an Admin can change the Administrators group.
err-you-can-only-limit-a-group-to-buyers-you-can-see = You can only limit a group to buyers you can see yourself.
err-you-can-only-give-access-to-all-buyers-when-you-see-all = You can only give access to all buyers when you see all buyers yourself.
err-this-member-sees-buyers-you-cannot-see-ask-an-admin-to = This member sees buyers you cannot see; ask an Admin to change their access.
err-only-an-admin-can-see-or-regenerate-the-account = Only an Admin can see or regenerate the account credentials.
err-only-an-admin-can-reset-a-member-s-two-step-verification = Only an Admin can reset a member's two-step verification.
err-only-an-admin-can-change-the-account-s-two-step = Only an Admin can change the account's two-step verification rule.
err-only-the-token-s-creator-or-an-admin-can-rotate-it-the = Only the token's creator or an Admin can rotate it: the new secret acts as its creator.
err-the-name-must-be-on-one-line = The name must be on one line.
err-this-address-is-also-invited-to-another-account-so-its = This address is also invited to another account, so its invitation link is only sent by e-mail.
err-this-address-is-also-invited-to-another-account-so-only = This address is also invited to another account, so only the link in the invitation e-mail can set its password. Ask for a new invitation e-mail.
err-this-address-already-has-a-password-here-enter-it-to = This address already has a password here: enter it to accept the invitation.
err-this-person-has-not-joined-the-account-yet-their-sign-in = This person has not joined the account yet; their sign-in is not the account's to see.
err-this-person-also-belongs-to-another-account-so-only-they = This person also belongs to another account, so only they can change their two-step verification (a recovery code signs them in).
err-this-svg-could-not-be-read-export-it-again-as-a-plain = This SVG could not be read. Export it again as a plain SVG file.
err-this-svg-has-nothing-a-logo-can-show-once-scripts-links = This SVG has nothing a logo can show once scripts, links and external content are left out.

## The list kit (services/keyset.rs and the lists that use it)

err-choose-a-status-from-the-list = Choose a status from the list.
err-choose-a-sort-order-from-the-list = Choose a sort order from the list.
err-choose-only-modules-that-exist = Choose only modules that exist.

## The operator's hold on identities (services/tenancy/identities.rs)

err-you-cannot-block-or-delete-your-own-sign-in = You cannot block or delete your own sign-in.
err-only-an-active-person-can-be-blocked = Only an active person can be blocked.
err-only-a-blocked-person-can-be-unblocked = Only a blocked person can be unblocked.
err-this-person-is-already-deleted = This person is already deleted.
err-this-page-is-not-available-offline-it-was-not-opened-on = This page is not available offline: it was not opened on this device while online.
# Billing
err-enter-a-whole-number = Enter a whole number.
err-enter-a-whole-number-digits-only = Enter a whole number, digits only.
err-enter-at-most-1-000-000-000-000 = Enter at most 1,000,000,000,000.
err-enter-at-least-1 = Enter at least 1.
err-enter-an-amount-such-as-49-90 = Enter an amount, such as 49.90.
err-use-at-most-two-decimals = Use at most two decimals.
err-enter-at-most-10-000-000 = Enter at most 10,000,000.
err-enter-the-monthly-price-or-leave-the-whole-row-empty = Enter the monthly price, or leave the whole row empty.
err-give-the-plan-a-price-in-at-least-one-currency = Give the plan a price in at least one currency.
err-a-plan-with-this-name-exists-already = A plan with this name exists already.
err-the-free-plan-stays-active-accounts-without-a-plan-are = The Free plan stays active: accounts without a plan are on it.
err-choose-a-plan-from-the-list = Choose a plan from the list.
err-this-plan-is-retired-choose-an-active-plan = This plan is retired: choose an active plan.
err-no-seat-left-on-the-account-s-plan = no seat left on the account's plan
err-choose-30-90-or-365-days = Choose 30, 90 or 365 days.
err-ask-for-at-most-366-days-at-once = Ask for at most 366 days at once.
err-someone-changed-this-account-s-billing-meanwhile-reload = Someone changed this account's billing meanwhile. Reload, then try again.
err-the-account-is-on-this-plan-already = The account is on this plan already.
err-this-plan-is-not-sold-in-the-account-s-currency = This plan is not sold in the account's currency.
err-no-downgrade-is-scheduled = No downgrade is scheduled.
err-enter-the-card-number-digits-only = Enter the card number, digits only.
err-enter-the-card-number = Enter the card number.
err-use-a-visa-mastercard-american-express-or-discover-card = Use a Visa, Mastercard, American Express or Discover card.
err-this-card-number-has-the-wrong-number-of-digits = This card number has the wrong number of digits.
err-this-card-number-is-not-valid-check-the-digits = This card number is not valid: check the digits.
err-enter-the-expiry-as-mm-yy = Enter the expiry as MM/YY.
err-this-card-has-expired = This card has expired.
err-enter-the-4-digit-security-code = Enter the 4-digit security code.
err-enter-the-3-digit-security-code = Enter the 3-digit security code.
err-invoices-go-to-at-most-5-e-mail-addresses = Invoices go to at most 5 e-mail addresses.
err-enter-a-percentage-from-0-to-100-with-at-most-two = Enter a percentage from 0 to 100 with at most two decimals.
err-choose-paid-or-void = Choose Paid or Void.
err-only-an-open-invoice-can-be-marked-paid-or-void = Only an open invoice can be marked paid or void.
err-someone-changed-this-invoice-meanwhile-reload-then-try-again = Someone changed this invoice meanwhile. Reload, then try again.
