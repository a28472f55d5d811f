### Der Rahmen um jede Seite: Navigation, Kopfzeile, Hinweise, gemeinsame Wörter.

app-name = Kontoeinstellungen
lang-label = Sprache
nav-settings = Einstellungen
nav-account = Konto
nav-users = Benutzer
nav-groups = Gruppen
nav-api-tokens = API-Tokens
nav-audit = Prüfprotokoll
nav-buyers = Käufer
nav-licensees = Lizenznehmer
nav-sellers = Verkäufer
nav-notifications = Benachrichtigungen
nav-billing = Abrechnung
nav-operations = Betrieb
nav-ops-accounts = Kundenkonten
nav-ops-sellers = Plattform-Verkäufer
nav-ops-people = Personen
nav-ops-plans = Tarife
header-switch-account = Konto wechseln
header-profile = Profil
header-sign-out = Abmelden
shell-skip = Zum Inhalt springen
shell-app-name = Account Settings
shell-page-loading = Seite wird geladen …
shell-offline-title = Sie sind offline
shell-offline-text = Stellen Sie eine Internetverbindung her und melden Sie sich an, um die Kontoeinstellungen zu verwenden.
shell-redirecting = Weiterleitung zur Anmeldung…
banner-offline = Sie sind offline. Sie sehen die zuletzt auf diesem Gerät geladenen Daten; Änderungen können erst gespeichert werden, wenn Sie wieder online sind.
banner-update = Eine neue Version ist verfügbar:
banner-reload = Neu laden
noaccess-title = Kein Zugriff
noaccess-text = Sie haben keinen Zugriff auf diese Seite. Wenden Sie sich an eine Administratorin oder einen Administrator dieses Kontos, wenn Sie ihn benötigen.
noaccess-home = Zu Ihren Einstellungen
common-loading = Wird geladen…
common-rows = { $count ->
    [one] { $count } Zeile
   *[other] { $count } Zeilen
}
