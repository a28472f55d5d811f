### API-Tokens: Liste, Filter, Formulare zum Erstellen und Erneuern, Token-Seite,
### Begrenzung der Gültigkeitsdauer und API-Referenz.

### tokens_page.rs
tokens-title = API-Tokens
tokens-subtitle = Mit Tokens können Skripte und andere Systeme die REST-API mit den von Ihnen gewählten Modulen nutzen.
tokens-create = Token erstellen
tokens-loading = Tokens werden geladen…
tokens-empty = Keine passenden Tokens. Erstellen Sie eines, um die REST-API zu nutzen.
tokens-pages-label = Token-Seiten
tokens-first-page = Erste Seite
tokens-next-page = Nächste Seite
tokens-create-title = API-Token erstellen
tokens-rotate-title = Token erneuern
tokens-confirm-title = Bitte bestätigen
tokens-confirm-disable = „{ $name }“ deaktivieren? Anfragen mit diesem Token werden abgelehnt, bis es wieder aktiviert wird.
tokens-confirm-enable = „{ $name }“ wieder aktivieren?
tokens-confirm-delete = „{ $name }“ löschen? Das Token funktioniert sofort nicht mehr und kann nicht wiederhergestellt werden; für das Prüfprotokoll bleibt es unter „Gelöscht“ aufgeführt.
tokens-enabled = „{ $name }“ wurde aktiviert.
tokens-disabled = „{ $name }“ wurde deaktiviert.
tokens-deleted = „{ $name }“ wurde gelöscht.

### token_filters.rs
tokens-filter-label = API-Tokens filtern
tokens-search-label = Tokens durchsuchen
tokens-search-placeholder = Name oder ID
tokens-status-all-but-deleted = Alle außer gelöschten
tokens-sort-by = Sortieren nach
tokens-order = Reihenfolge
tokens-order-desc = Absteigend
tokens-order-asc = Aufsteigend

### tokens_table.rs
tokens-col-token = Token
tokens-modules = Module
tokens-created-by = Erstellt von
tokens-last-used = Zuletzt verwendet
tokens-expires = Läuft ab
tokens-never = Nie
tokens-level-none = kein Zugriff
tokens-level-view = ansehen
tokens-level-edit = bearbeiten
tokens-grace-until = Vorheriger Geheimschlüssel gültig bis { $time }
tokens-enable-aria = { $name } aktivieren
tokens-disable-aria = { $name } deaktivieren
tokens-rotate = Erneuern
tokens-rotate-aria = { $name } erneuern
tokens-delete-aria = { $name } löschen

### new_secret.rs
tokens-secret-title = Kopieren Sie jetzt den Geheimschlüssel von „{ $name }“
tokens-secret-warning = Der Geheimschlüssel wird nur dieses eine Mal angezeigt. Speichern Sie ihn in einem Passwortmanager oder im Secret-Speicher Ihrer CI; danach sind hier nur noch seine ersten und letzten Zeichen sichtbar.
tokens-secret-label = Token-Geheimschlüssel
tokens-secret-copy = Geheimschlüssel kopieren
tokens-secret-done = Ich habe ihn gespeichert
tokens-secret-copied = In die Zwischenablage kopiert.

### token_form.rs
tokens-needs-attention = Einige Felder erfordern Ihre Aufmerksamkeit.
tokens-name-hint = Bis zu 200 Zeichen, z. B. wofür das Token verwendet wird.
tokens-description = Beschreibung
tokens-modules-legend = Module, die das Token nutzen darf
tokens-modules-hint = Nie mehr, als Sie selbst besitzen; verlieren Sie Rechte, verliert das Token sie ebenfalls.
tokens-no-access = Kein Zugriff
tokens-expires-after = Läuft ab nach
tokens-expiry-days = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
tokens-expiry-on-date = An einem Datum…
tokens-expiry-capped = Dieses Konto begrenzt, wie lange Tokens gültig sein dürfen.
tokens-expiry-date = Ablaufdatum

### rotate_form.rs
tokens-rotate-intro = „{ $name }“ erhält einen neuen Geheimschlüssel. Alles, was den alten verwendet, muss aktualisiert werden.
tokens-rotate-old-secret = Der alte Geheimschlüssel
tokens-grace-now = Wird sofort ungültig
tokens-grace-hour = Funktioniert noch 1 Stunde
tokens-grace-day = Funktioniert noch 24 Stunden
tokens-grace-week = Funktioniert noch 7 Tage
tokens-rotate-submit = Geheimschlüssel erneuern

### token_page.rs
tokens-back = ← API-Tokens
tokens-saved = Token gespeichert.
tokens-loading-one = Token wird geladen…
tokens-secret = Geheimschlüssel
tokens-revision = Revision

### token_edit.rs
tokens-save = Token speichern

### token_policy.rs
tokens-policy-title = Gültigkeitsdauer von Tokens
tokens-policy-label = Längste Gültigkeitsdauer neuer Tokens
tokens-cap-none = Keine Begrenzung (bis zu 730 Tage)
tokens-policy-save = Begrenzung speichern
tokens-policy-saved = Gespeichert. Neue Tokens folgen dieser Begrenzung.

### api_reference.rs
tokens-api-title = API-Referenz
tokens-api-subtitle = Die REST-API unter /api/v1. Maschinenlesbar:
tokens-api-loading = API-Referenz wird geladen…
tokens-api-load-failed = Die API-Referenz konnte nicht geladen werden. Prüfen Sie Ihre Verbindung.
tokens-api-unreadable = Unlesbare Antwort
tokens-api-browser-only = Nur im Browser
tokens-api-parameters = Parameter:
tokens-api-body = Anfragetext:
tokens-api-responses = Antworten:
tokens-bulk-confirm-title = Ausgewählte Tokens ändern
tokens-bulk-confirm-disable = { $count } Tokens deaktivieren? Aufrufe mit ihnen werden sofort abgelehnt.
tokens-bulk-confirm-delete = { $count } Tokens löschen? Das lässt sich nicht rückgängig machen.
