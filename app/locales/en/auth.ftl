### Signing in and the pages around it (invitation, forgotten and new password, second step),
### plus the two pages that are not a settings module: the home redirect and "not found".

### sign_in.rs
auth-sign-in-title = Sign in to Account Settings
auth-password = Password
auth-password-missing = Enter your password.
auth-restart = That sign-in took too long or had too many wrong codes. Sign in again.
auth-locked-hint = If this is your e-mail address, enter your correct password: we will e-mail you a link that signs you in despite the lock.
auth-sign-in = Sign in
auth-signing-in = Signing in…
auth-forgot-link = Forgot your password?

### second_step.rs
auth-two-step-title = Two-step verification
auth-two-step-intro = Enter the code your authenticator app shows for Account Settings. Lost your device? Enter one of your recovery codes instead.
auth-code-label = Verification code
auth-code-missing = Enter the 6-digit code from your app, or a recovery code.
auth-verify = Verify
auth-verifying = Verifying…

### forgot_password.rs
auth-forgot-title = Reset your password
auth-forgot-intro = Enter the e-mail you sign in with. We'll send a link to choose a new password.
auth-forgot-submit = Send the link
auth-forgot-sent = If an account exists for that e-mail, a link to reset the password is on its way. It works once, for one hour.
auth-back-to-sign-in = Back to sign-in

### reset_password.rs
auth-reset-title = Choose a new password
auth-new-password = New password
auth-repeat-password = Repeat the new password
auth-reset-rules = Choose a password that meets every rule.
auth-reset-mismatch = The two passwords are not the same.
auth-reset-submit = Set the new password
auth-reset-done = Your password was changed and you were signed out everywhere.

### accept_invitation.rs
auth-invite-title = Accept your invitation
auth-invite-checking = Checking the invitation…
auth-go-sign-in = Go to sign-in
auth-invite-text = { $inviter } invited you to join { $account }.
auth-invite-email = You will sign in as { $email }.
auth-first-name = First name
auth-last-name = Last name
auth-your-password = Your password
auth-choose-password = Choose a password
auth-invite-join = Sign in and join
auth-invite-create = Create my access

### home.rs
auth-home-empty-title = Nothing to manage here yet
auth-home-empty-text = Your role in this account gives you no settings modules. Ask an administrator for access.

### not_found.rs
auth-not-found-title = Page not found
auth-not-found-text = There is no page at this address. It may have moved, or the link may be mistyped.
auth-not-found-home = Go to Account Settings
