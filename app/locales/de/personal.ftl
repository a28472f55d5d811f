### Die eigenen Sicherheitskarten auf der Profilseite: Passwort, Zwei-Schritt-Verifizierung,
### Sitzungen.

### password_card.rs
personal-password-title = Passwort ändern
personal-current-password = Aktuelles Passwort
personal-current-missing = Geben Sie Ihr aktuelles Passwort ein.
personal-new-password = Neues Passwort
personal-new-rules = Das neue Passwort erfüllt noch nicht alle Regeln.
personal-sign-out-others = Meine anderen Sitzungen abmelden
personal-password-submit = Passwort ändern
personal-password-changed = Passwort geändert.
personal-password-changed-others = Passwort geändert. Ihre anderen Sitzungen wurden abgemeldet.

### two_step_card.rs
personal-two-step-title = Zwei-Schritt-Verifizierung
personal-your-password = Ihr Passwort
personal-codes-save = Speichern Sie diese Wiederherstellungscodes jetzt: Sie werden nur einmal angezeigt.
personal-codes-use = Mit jedem Code können Sie sich einmal anmelden, falls Sie Ihr Gerät verlieren.
personal-recovery-codes = Wiederherstellungscodes
personal-codes-copy = Codes kopieren
personal-codes-download = Codes herunterladen
personal-codes-saved = Ich habe sie gespeichert
personal-two-step-on = Ein
personal-two-step-since = seit { $time } · { $count ->
    [one] { $count } Wiederherstellungscode übrig
   *[other] { $count } Wiederherstellungscodes übrig
}
personal-turn-off-title = Ausschalten
personal-code-or-recovery = Code aus Ihrer App oder ein Wiederherstellungscode
personal-turn-off = Zwei-Schritt-Verifizierung ausschalten
personal-new-codes = Neue Wiederherstellungscodes
personal-setup-scan = Scannen Sie diesen QR-Code mit Ihrer Authenticator-App, oder geben Sie den Einrichtungsschlüssel ein.
personal-setup-enter = Geben Sie den 6-stelligen Code ein, den die App anzeigt.
personal-qr-label = QR-Code für Ihre Authenticator-App
personal-setup-key = Einrichtungsschlüssel:
personal-setup-key-label = Einrichtungsschlüssel
personal-confirm-label = Zwei-Schritt-Verifizierung bestätigen
personal-code-from-app = Code aus Ihrer App
personal-confirm-submit = Bestätigen und einschalten
personal-two-step-off = Aus. Mit der Zwei-Schritt-Verifizierung benötigen Sie bei der Anmeldung zusätzlich einen Code aus einer App auf Ihrem Telefon.
personal-setup = Zwei-Schritt-Verifizierung einrichten

### sessions_card.rs
personal-sessions-title = Sitzungen
personal-device = Gerät
personal-ip = IP-Adresse
personal-signed-in = Angemeldet
personal-last-seen = Zuletzt aktiv
personal-this-session = Diese Sitzung
personal-sign-out = Abmelden
personal-sign-out-aria = { $device } abmelden
personal-session-signed-out = Sitzung abgemeldet.
personal-sign-out-all = Alle anderen Sitzungen abmelden
personal-signed-out-others = Alle anderen Sitzungen wurden abgemeldet.
