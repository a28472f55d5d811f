### Error sentences built with values (app/src/i18n/templates.rs): the English repeats the
### code's template exactly; translations leave the field's label out, since the message is
### shown under that field.

err-tpl-enter-field = Enter the { $label }.
err-tpl-text-too-long = The { $label } can have at most { $max } characters ({ $count } now).
err-tpl-text-not-allowed = The { $label } contains characters that are not allowed.
err-tpl-one-line = The { $label } must be on one line.
err-tpl-too-short = The { $label } needs at least 2 characters.
err-tpl-name-too-long = A name can have at most { $max } characters.
err-tpl-use-at-most = Use at most { $max } characters.
err-tpl-no-action = No action starts with “{ $action }”.
err-tpl-invite-at-most = Invite at most { $max } people at once ({ $count } entered).
err-tpl-not-emails = Not e-mail addresses: { $list }
err-tpl-logo-too-big = The logo can be at most { $max } KB; this file has { $size } KB.
err-tpl-not-a-currency = { $code } is not a currency this platform invoices in.
err-tpl-password-needs = The password needs { $problems }.
err-tpl-token-cap = This account allows tokens of at most { $count } days.
err-tpl-token-date-cap = Choose a date at most { $count } days from today.
err-tpl-seller-already = This seller is already { $status }.
err-tpl-account-already = This account is already { $state }.
err-tpl-group-has-members = { $group } still has { $count } member(s). Move them to another group first.
err-tpl-invitation-expired = This invitation has expired. Ask { $name } for a new one.
err-tpl-two-step-first = { $email } uses two-step verification: sign in first, then open this link again.
err-tpl-only-member-who-is = Only a member who is { $from } can be { $state }.
err-tpl-unknown = Unknown { $what }.
err-tpl-conflict-account = { $who } changed the account after you loaded this page. Reload, then try again.
err-tpl-conflict-account-form = { $who } saved this account after you opened it (revision { $rev }). Your changes are kept in the form: reload to see theirs, then apply yours again.
err-tpl-conflict-notifications = { $who } saved these notification settings after you opened them. Your changes are kept in the form: reload to see theirs, then apply yours again.
err-tpl-conflict-licensee = { $who } changed this licensee after you loaded it. Reload, then try again.
err-tpl-conflict-buyer = { $who } changed this buyer after you loaded it. Reload, then try again.
err-tpl-conflict-token = { $who } changed this token after you loaded it. Load the latest version, then make your change again.
err-tpl-conflict-group = { $who } changed this group after you opened it. Reload to see their changes.

## Refusals that say what is missing (permissions::Denial)

err-tpl-needs = You need { $level } rights on { $module } for this.
err-tpl-not-held = You cannot grant { $level } rights on { $module }: you do not hold them yourself.
err-tpl-role-not-below = You can only give roles below your own ({ $role }).
err-tpl-member-holds = This member has { $level } rights on { $module }, which you do not hold; ask an Admin.
err-tpl-token-holds = This token has { $level } rights on { $module }, which you do not hold; ask an Admin.
err-tpl-not-entitled = The { $module } module is not enabled for this account.
err-tpl-conflict-plan = { $who } changed this plan after you loaded it. Reload, then try again.
err-tpl-seats-full = The { $plan } plan includes { $count } seats and { $taken } are taken by members and open invitations. Ask an Operations admin for a larger plan.
err-tpl-downgrade-seats = The { $plan } plan includes { $count } seats and { $taken } are taken. Remove members or invitations first.
