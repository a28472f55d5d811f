### Prüfprotokoll: Liste und Filter, Seite eines Eintrags, Reiter „Prüfprotokoll“ anderer
### Seiten, Aufbewahrung und Integritätsprüfung. Aktionscodes (users.invitation.create)
### bleiben unverändert; Zusammenfassungen kommen vom Server.

### audit_page.rs
audit-title = Prüfprotokoll
audit-subtitle = Jede Änderung in diesem Konto, die neueste zuerst. Einträge können weder bearbeitet noch gelöscht werden, und jeder ist mit dem vorherigen verkettet.
audit-export-jsonl = Als JSON Lines exportieren
audit-loading = Protokolleinträge werden geladen…
audit-total = { $count ->
    [one] { $count } Eintrag insgesamt
   *[other] { $count } Einträge insgesamt
}
audit-showing = { $count ->
    [one] { $count } passender Eintrag wird angezeigt
   *[other] { $count } passende Einträge werden angezeigt
}
audit-records-label = Protokolleinträge
audit-empty-filtered = Keine Einträge entsprechen diesen Filtern.
audit-empty = Keine Protokolleinträge auf dieser Seite.
audit-pages-label = Protokollseiten
audit-newest = Neueste
audit-newer = Neuere
audit-older = Ältere

### verify_card.rs
audit-verify = Integrität prüfen
audit-verifying = Wird geprüft…
audit-chain-intact = Die Kette ist intakt: { $count ->
    [one] { $count } Eintrag
   *[other] { $count } Einträge
} in { $ms } ms geprüft.
audit-chain-intact-since = Die Kette ist intakt: { $count ->
    [one] { $count } Eintrag
   *[other] { $count } Einträge
} seit der letzten Bereinigung durch die Aufbewahrungsfrist in { $ms } ms geprüft.
audit-chain-broken-at = Die Kette ist bei Eintrag { $id } unterbrochen (nach { $count } fehlerfreien Einträgen). { $problem }
audit-chain-broken = Die Kette ist unterbrochen. { $problem }

### audit_filters.rs
audit-filter-label = Protokolleinträge filtern
audit-from = Von
audit-days-zone = Tage in der Zeitzone { $zone }
audit-to = Bis
audit-actor = Akteur
audit-actor-hint = Ein Name oder eine ID wie USR-… oder TOK-…
audit-action = Aktion
audit-action-hint = Eine Aktion oder ihr Anfang: users, users.invitation
audit-object-type = Objekttyp
audit-any-type = Alle Typen
audit-object-id = Objekt-ID
audit-ip = IP-Adresse
audit-summary-contains = Zusammenfassung enthält
audit-apply = Filter anwenden
audit-clear = Zurücksetzen
audit-type-account = Konto
audit-type-membership = Benutzer (Mitgliedschaft)
audit-type-user = Person (Anmeldeidentität)
audit-type-group = Gruppe
audit-type-api-token = API-Token
audit-type-audit-trail = Prüfprotokoll
audit-type-buyer = Käufer
audit-type-licensee = Lizenznehmer
audit-type-seller = Verkäufer
audit-type-notifications = Benachrichtigungseinstellungen
audit-type-plan = Tarif
audit-type-invoice = Rechnung

### audit_row.rs
audit-object = Objekt
audit-summary = Zusammenfassung
audit-open-record = Eintrag { $id } vom { $time } öffnen
audit-changed-fields-count = { $count ->
    [one] { $count } geändertes Feld
   *[other] { $count } geänderte Felder
}

### retention_card.rs
audit-retention-title = Aufbewahrung
audit-retention-label = Protokolleinträge aufbewahren für
audit-retention-forever = Unbegrenzt
audit-retention-days = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
audit-retention-years = { $count ->
    [one] { $count } Jahr
   *[other] { $count } Jahre
}
audit-retention-save = Aufbewahrung speichern
audit-retention-saved = Gespeichert. Ältere Einträge werden innerhalb einer Stunde entfernt.
audit-purged = { $count ->
    [one] { $count } Eintrag wurde
   *[other] { $count } Einträge wurden
} bisher durch die Aufbewahrungsfrist entfernt, zuletzt am { $time }. Jede Entfernung wird protokolliert, und die Prüfung setzt dort wieder an.

### audit_record_page.rs
audit-back = ← Prüfprotokoll
audit-record-loading = Eintrag wird geladen…
audit-empty-value = (leer)
audit-json-copied = JSON kopiert.
audit-copy-refused = Der Browser hat das Kopieren verweigert; markieren Sie den Text stattdessen.
audit-record-id = Protokolleintrag { $id }
audit-record-facts = Was protokolliert wurde
audit-time = Zeit
audit-open-token = Token öffnen
audit-by-actor = Alles von diesem Akteur
audit-same-action = Alle Einträge dieser Aktion
audit-open-object = Objekt öffnen
audit-object-trail = Prüfprotokoll dieses Objekts
audit-from-address = Alles von dieser Adresse
audit-user-agent = User-Agent
audit-sequence = Laufnummer
audit-prev-hash = Vorheriger Hash
audit-hash = Hash
audit-changes = Änderungen
audit-no-changes = In diesem Eintrag wurden keine Felder geändert.
audit-json = JSON
audit-copy-json = JSON kopieren
audit-json-label = Der Eintrag als JSON
audit-changed-fields = Geänderte Felder
audit-field = Feld
audit-before = Vorher
audit-after = Nachher

### object_audit.rs
audit-loading-records = Einträge werden geladen…
audit-needs-rights = Um das Prüfprotokoll zu sehen, benötigen Sie das Recht „Ansehen“ für das Prüfprotokoll.
audit-object-empty = Zu diesem Objekt gibt es noch keine Einträge.
audit-object-records-label = Protokolleinträge zu diesem Objekt
audit-object-full = Vollständiges Prüfprotokoll dieses Objekts öffnen
