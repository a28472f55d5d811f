### Groups: the list, the new-group wizard and a group's page.

### groups_page.rs
groups-title = Gruppen
groups-subtitle = Benannte Zusammenstellungen von Modulzugriffen. Ein Mitglied erhält den Zugriff seiner Rolle und zusätzlich den all seiner Gruppen.
groups-new = Neue Gruppe
groups-created = Gruppe erstellt.
groups-loading = Gruppen werden geladen…
groups-group = Gruppe
groups-default = Standard
groups-modules-of = { $count } von { $total }

### group_wizard.rs
groups-steps = Schritte
groups-step = { $number }. { $name }
groups-overview = Übersicht
groups-create = Gruppe erstellen

### group_fields.rs
groups-name = Gruppenname
groups-description = Beschreibung
groups-module-access = Modulzugriff
groups-no-access = Kein Zugriff
groups-members = Mitglieder
groups-find-people = Personen suchen
groups-selected-count = { $count } ausgewählt
groups-modules = Module
groups-overview-module = { $module } ({ $level })
groups-overview-level-view = ansehen
groups-overview-level-edit = bearbeiten

### group_buyers.rs
groups-buyers = Käufer
groups-buyers-hint = Welche Käufer des Kontos die Mitglieder dieser Gruppe sehen, mit deren Lizenznehmern. Ein Mitglied sieht die Käufer aller seiner Gruppen zusammen.
groups-admins-all-buyers = Die Gruppe „Administrators“ umfasst immer alle Käufer.
groups-all-buyers = Alle Käufer
groups-selected-buyers = Ausgewählte Käufer
groups-selected-buyers-none = Ausgewählte Käufer (noch keine gewählt)
groups-choose-buyers = Käufer auswählen
groups-loading-buyers = Käufer werden geladen…
groups-no-buyers = Dieses Konto hat noch keine Käufer.

### group_edit.rs
groups-buyers-line-all = Käufer: alle
groups-buyers-line = Käufer: { $names }
groups-saved = Gruppe gespeichert.
groups-loading-group = Gruppe wird geladen…
groups-not-found = Diese Gruppe existiert nicht (mehr).
groups-updated = Geändert am { $date }
groups-updated-by = Geändert am { $date } von { $name }
groups-default-locked = Die Standardgruppe gewährt immer jedes Modul und umfasst alle Käufer; nur ihre Beschreibung und ihre Mitglieder lassen sich ändern.
groups-delete = Gruppe löschen
groups-save = Gruppe speichern
groups-delete-title = Gruppe löschen?
groups-delete-text = Nur eine Gruppe ohne Mitglieder kann gelöscht werden. Dies lässt sich nicht rückgängig machen.
groups-empty = Noch keine Gruppen.
groups-search-placeholder = Name, Beschreibung oder ID
