### Users: the list, its filters, the invite and edit dialogs, a member's page.

### users_page.rs
users-title = Benutzer
users-subtitle = Personen mit Zugriff auf dieses Konto, ihre Rollen und Gruppen.
users-invite-people = Personen einladen
users-loading = Benutzer werden geladen…
users-no-match = Keine Benutzer entsprechen diesen Filtern.
users-pages = Benutzerseiten
users-match-capped = Mehr als { $count } Benutzer gefunden
users-match = { $count } Benutzer gefunden
users-first-page = Erste Seite
users-next-page = Nächste Seite
users-edit-access = Zugriff bearbeiten
users-group-locked = Diese Gruppe können Sie nicht vergeben: Sie gewährt Rechte oder Käufer, die Sie nicht haben, oder es ist die Gruppe „Administrators“.
users-group-locked-short = (gesperrt)
users-please-confirm = Bitte bestätigen
users-outcome-invited = { $emails } eingeladen.
users-outcome-skipped = { $email } wurde nicht eingeladen: { $reason }.
users-outcome-mail-failed = Die E-Mail an { $emails } konnte nicht gesendet werden; kopieren Sie stattdessen den Link aus der Liste.
users-resent = Eine neue Einladung wurde an { $email } gesendet; der Link ist 7 Tage gültig.
users-resend-mail-failed = Für { $email } wurde ein neuer Link erstellt, aber die E-Mail konnte nicht gesendet werden; kopieren Sie stattdessen den Link.
users-link-copied = Der Einladungslink von { $email } wurde kopiert.
users-confirm-revoke = Die Einladung von { $email } zurückziehen? Der Link funktioniert dann nicht mehr.
users-confirm-disable = { $email } deaktivieren? Die Person wird sofort abgemeldet und kann sich nicht mehr bei diesem Konto anmelden.
users-confirm-enable = { $email } wieder aktivieren?
users-confirm-remove = { $email } aus dem Konto entfernen? Die Person verliert den Zugriff und erhält eine E-Mail.
users-revoked = Die Einladung von { $email } wurde widerrufen.
users-disabled = { $email } wurde deaktiviert.
users-enabled = { $email } wurde aktiviert.
users-removed = { $email } wurde aus dem Konto entfernt.

### user_filters.rs
users-search = Name oder E-Mail suchen
users-any-status = Alle Status
users-role = Rolle
users-any-role = Alle Rollen
users-group = Gruppe
users-any-group = Alle Gruppen
users-sort-by = Sortieren nach
users-joined = Beigetreten
users-last-login = Letzte Anmeldung
users-order = Reihenfolge
users-ascending = Aufsteigend
users-descending = Absteigend

### users_table.rs
users-action-resend = Einladung erneut senden
users-action-copy-link = Einladungslink kopieren
users-action-revoke = Einladung widerrufen
users-action-remove = Aus dem Konto entfernen
users-user = Benutzer
users-groups = Gruppen
users-joined-on = beigetreten am { $date }
users-invited-on = eingeladen am { $date }
users-never = Nie
users-actions-for = Aktionen für { $name }

### invite_dialog.rs
users-emails = E-Mail-Adressen
users-emails-hint = Trennen Sie Adressen durch Kommas oder Zeilenumbrüche; bis zu { $max } auf einmal ({ $count } eingegeben).
users-first-name-optional = Vorname (optional)
users-last-name-optional = Nachname (optional)
users-invite-count = { $count } Personen einladen
users-send-invitation = Einladung senden

### edit_member_dialog.rs
users-access-saved = Der Zugriff von { $email } wurde gespeichert.
users-save-access = Zugriff speichern

### member_page.rs
users-back = ← Benutzer
users-loading-member = Mitglied wird geladen…
users-membership-id = Mitgliedschafts-ID
users-person-id = Personen-ID
users-last-updated = Zuletzt geändert
users-last-sign-in = Letzte Anmeldung
users-bulk-confirm-title = Ausgewählte Mitglieder ändern
users-bulk-confirm-disable = { $count } Mitglieder deaktivieren? Sie werden sofort abgemeldet.
users-bulk-confirm-enable = { $count } Mitglieder aktivieren?
users-bulk-confirm-remove = { $count } Mitglieder aus dem Konto entfernen? Sie verlieren den Zugang und erhalten eine E-Mail.
users-bulk-confirm-add-groups = { $count } Mitglieder zu den gewählten Gruppen hinzufügen?
users-bulk-confirm-remove-groups = { $count } Mitglieder aus den gewählten Gruppen nehmen?
users-bulk-change-groups = Gruppen ändern
users-bulk-groups-legend = Gruppen
users-bulk-add-to = Zu diesen Gruppen hinzufügen
users-bulk-take-out = Aus diesen Gruppen nehmen
