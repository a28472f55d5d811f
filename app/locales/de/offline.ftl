### The offline layer: connection, kept data, drafts, conflicts, install.

offline-state-online = Online
offline-state-offline = Offline
offline-state-unreachable = Server nicht erreichbar
offline-back-online = Wieder online
offline-showing-kept = Offline: Daten vom { $time }.
offline-kept-back-online = Wieder online. Diese Seite zeigt noch Daten vom { $time }.
offline-refresh = Aktualisieren
offline-save-note = Sie sind offline; Ihre Änderungen bleiben hier erhalten.
offline-draft-offer = Nicht gespeicherte Änderungen vom { $time }:
offline-restore = Wiederherstellen
offline-discard = Verwerfen
offline-conflict-title = Inzwischen hat jemand anderes dies geändert
offline-conflict-text = Diese Felder unterscheiden sich zwischen der gespeicherten Fassung und Ihrer. Wählen Sie jeweils eine und speichern Sie.
offline-conflict-theirs = Gespeichert: { $value }
offline-conflict-yours = Ihre: { $value }
offline-conflict-use = Diese Auswahl übernehmen
offline-install = App installieren
