### The person's own security cards on the profile page: password, two-step verification,
### sessions.

### password_card.rs
personal-password-title = Change password
personal-current-password = Current password
personal-current-missing = Enter your current password.
personal-new-password = New password
personal-new-rules = The new password does not meet every rule yet.
personal-sign-out-others = Sign out my other sessions
personal-password-submit = Change password
personal-password-changed = Password changed.
personal-password-changed-others = Password changed. Your other sessions were signed out.

### two_step_card.rs
personal-two-step-title = Two-step verification
personal-your-password = Your password
personal-codes-save = Save these recovery codes now: they are shown only once.
personal-codes-use = Each one signs you in once if you lose your device.
personal-recovery-codes = Recovery codes
personal-codes-copy = Copy codes
personal-codes-download = Download codes
personal-codes-saved = I have saved them
personal-two-step-on = On
personal-two-step-since = since { $time } · { $count } recovery code(s) left
personal-turn-off-title = Turn off
personal-code-or-recovery = Code from your app, or a recovery code
personal-turn-off = Turn off two-step verification
personal-new-codes = New recovery codes
personal-setup-scan = Scan this QR code with your authenticator app, or type the setup key.
personal-setup-enter = Enter the 6-digit code the app shows.
personal-qr-label = QR code for your authenticator app
personal-setup-key = Setup key:
personal-setup-key-label = Setup key
personal-confirm-label = Confirm two-step verification
personal-code-from-app = Code from your app
personal-confirm-submit = Confirm and turn on
personal-two-step-off = Off. With two-step verification, signing in also needs a code from an app on your phone.
personal-setup = Set up two-step verification

### sessions_card.rs
personal-sessions-title = Sessions
personal-device = Device
personal-ip = IP address
personal-signed-in = Signed in
personal-last-seen = Last seen
personal-this-session = This session
personal-sign-out = Sign out
personal-sign-out-aria = Sign out { $device }
personal-session-signed-out = Session signed out.
personal-sign-out-all = Sign out all other sessions
personal-signed-out-others = Signed out of every other session.
