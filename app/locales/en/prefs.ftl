### A person's e-mail preferences (profile tab and the footer link page).

prefs-title = E-mail preferences
prefs-help = Choose which e-mails you receive from this account. Categories the account requires are always sent.
prefs-legend = Send me e-mails about
prefs-locked = Always sent
prefs-save = Save preferences
prefs-saved = Preferences saved.
prefs-for = For { $email } in { $account }.
prefs-sign-in = Sign in to Account Settings
prefs-tab = Notifications
