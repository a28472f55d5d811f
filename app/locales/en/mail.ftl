### E-mails the console sends. Each paragraph is its own message; the code joins them with
### blank lines and puts links on their own line.

mail-hello = Hello,
mail-invitation-subject = { $inviter } invited you to { $account }
mail-invitation-intro = { $inviter } invited you to join { $account } in Account Settings.
mail-invitation-accept = Accept the invitation:
mail-invitation-validity = The link is valid for 7 days. If you did not expect this invitation, you can ignore this e-mail.
mail-removal-subject = You were removed from { $account }
mail-removal-intro = { $actor } removed you from { $account } in Account Settings. You no longer have access to it.
mail-removal-contact = If you think this is a mistake, contact the account's administrators.
mail-reset-subject = Reset your Account Settings password
mail-reset-intro = Someone asked to reset the password of { $email } in Account Settings. If it was you, choose a new password here:
mail-reset-validity = The link works once and for one hour. If you did not ask for it, ignore this e-mail; your password stays as it is.
mail-unlock-subject = Sign in to Account Settings despite the lock
mail-unlock-intro = Sign-ins for { $email } are paused after too many wrong passwords, and someone has just entered the correct password. If it was you, sign in with this link:
mail-unlock-validity = The link works once and for 30 minutes. If it was not you, change your password: someone knows it.
mail-token-expiring-subject = API token “{ $name }” expires on { $day }
mail-token-expiring-intro = The API token “{ $name }” ({ $id }) of { $account } expires on { $when }.
mail-token-expiring-advice = Requests made with it will then be refused. Create a new token on the API tokens page and replace it wherever it is used.
mail-token-expired-subject = API token “{ $name }” has expired
mail-token-expired-intro = The API token “{ $name }” ({ $id }) of { $account } expired on { $when }. Requests made with it are refused.
mail-token-expired-advice = Create a new token on the API tokens page if it is still needed.
mail-footer-preferences = Choose which e-mails you receive from { $account } (no sign-in needed; the link works for 30 days):
mail-footer-preferences-profile = You can choose which e-mails you receive from { $account } in Account Settings, under Profile → Notification preferences.

mail-account-changed-subject = { $account }: account details changed
mail-account-changed-body =
    { $by } changed the details of the account { $account }.
    
    Review them at { $url }
mail-usage-alert-subject = { $account }: { $percent }% of the plan's { $what } used
mail-usage-alert-body =
    The account { $account } has used { $used } of the { $included } { $what } its { $plan } plan includes this period ({ $percent }%).
    
    See the usage and change the plan at { $url }
mail-card-expiring-subject = { $account }: the payment card expires soon
mail-card-expiring-body =
    The card { $card } on file for { $account } expires at the end of { $expiry }.
    
    Add a new card at { $url }
mail-invoice-subject = { $account }: invoice { $number }
mail-invoice-body =
    Invoice { $number } for { $account } covers { $start } to { $end }: { $total }, due on { $due }. The PDF is attached.
    
    See it at { $url }
