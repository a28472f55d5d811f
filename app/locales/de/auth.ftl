### Anmeldung und die Seiten darum herum (Einladung, vergessenes und neues Passwort, zweiter
### Schritt) sowie die zwei Seiten, die kein Einstellungsmodul sind: Startseite und „nicht gefunden“.

### sign_in.rs
auth-sign-in-title = Bei den Kontoeinstellungen anmelden
auth-password = Passwort
auth-password-missing = Geben Sie Ihr Passwort ein.
auth-restart = Diese Anmeldung hat zu lange gedauert, oder es wurden zu viele falsche Codes eingegeben. Melden Sie sich erneut an.
auth-locked-hint = Wenn dies Ihre E-Mail-Adresse ist, geben Sie Ihr richtiges Passwort ein: Wir senden Ihnen einen Link, mit dem Sie sich trotz der Sperre anmelden.
auth-sign-in = Anmelden
auth-signing-in = Anmeldung läuft…
auth-forgot-link = Passwort vergessen?

### second_step.rs
auth-two-step-title = Zwei-Schritt-Verifizierung
auth-two-step-intro = Geben Sie den Code ein, den Ihre Authenticator-App für die Kontoeinstellungen anzeigt. Gerät verloren? Geben Sie stattdessen einen Ihrer Wiederherstellungscodes ein.
auth-code-label = Bestätigungscode
auth-code-missing = Geben Sie den 6-stelligen Code aus Ihrer App oder einen Wiederherstellungscode ein.
auth-verify = Bestätigen
auth-verifying = Wird geprüft…

### forgot_password.rs
auth-forgot-title = Passwort zurücksetzen
auth-forgot-intro = Geben Sie die E-Mail-Adresse ein, mit der Sie sich anmelden. Wir senden Ihnen einen Link, mit dem Sie ein neues Passwort wählen können.
auth-forgot-submit = Link senden
auth-forgot-sent = Falls für diese E-Mail-Adresse ein Konto existiert, ist ein Link zum Zurücksetzen des Passworts unterwegs. Er funktioniert einmal und ist eine Stunde lang gültig.
auth-back-to-sign-in = Zurück zur Anmeldung

### reset_password.rs
auth-reset-title = Neues Passwort wählen
auth-new-password = Neues Passwort
auth-repeat-password = Neues Passwort wiederholen
auth-reset-rules = Wählen Sie ein Passwort, das alle Regeln erfüllt.
auth-reset-mismatch = Die beiden Passwörter stimmen nicht überein.
auth-reset-submit = Neues Passwort festlegen
auth-reset-done = Ihr Passwort wurde geändert, und Sie wurden überall abgemeldet.

### accept_invitation.rs
auth-invite-title = Einladung annehmen
auth-invite-checking = Einladung wird geprüft…
auth-go-sign-in = Zur Anmeldung
auth-invite-text = { $inviter } hat Sie eingeladen, { $account } beizutreten.
auth-invite-email = Sie melden sich als { $email } an.
auth-first-name = Vorname
auth-last-name = Nachname
auth-your-password = Ihr Passwort
auth-choose-password = Passwort wählen
auth-invite-join = Anmelden und beitreten
auth-invite-create = Meinen Zugang erstellen

### home.rs
auth-home-empty-title = Hier gibt es noch nichts zu verwalten
auth-home-empty-text = Ihre Rolle in diesem Konto gibt Ihnen keinen Zugriff auf Einstellungsmodule. Bitten Sie eine Administratorin oder einen Administrator um Zugriff.

### not_found.rs
auth-not-found-title = Seite nicht gefunden
auth-not-found-text = Unter dieser Adresse gibt es keine Seite. Möglicherweise wurde sie verschoben, oder der Link ist falsch geschrieben.
auth-not-found-home = Zu den Kontoeinstellungen
