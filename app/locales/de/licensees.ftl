### licensees_page.rs: the list of licensees

licensees-title = Lizenznehmer
licensees-subtitle = Die Personen oder Abteilungen, die Lizenzen nutzen, jeweils mit einem Käufer und einem Verkäufer verknüpft.
licensees-new = Neuer Lizenznehmer
licensees-loading = Lizenznehmer werden geladen…
licensees-search-placeholder = Name, ID oder externe Referenz
licensees-any-status = Alle Status
licensees-buyer = Käufer
licensees-any-buyer = Alle Käufer

### licensees_table.rs: the table of licensees (the list, and a buyer's tab)

licensees-licensee = Lizenznehmer
licensees-seller = Verkäufer
licensees-external-ref = Externe Referenz
licensees-resale = Wiederverkauf
licensees-empty = Keine Lizenznehmer vorhanden.
licensees-see-all = Alle Lizenznehmer dieses Käufers anzeigen

### licensee_page.rs: one licensee, with its tabs

licensees-back = ← Lizenznehmer
licensees-loading-one = Lizenznehmer wird geladen…
licensees-created = Lizenznehmer angelegt.
licensees-id = Lizenznehmer-ID
licensees-when-by = { $when } von { $who }
licensees-last-updated = Zuletzt geändert
licensees-address = Adresse
licensees-contact = Kontakt
licensees-fixed = Käufer und Verkäufer stehen fest, sobald ein Lizenznehmer angelegt ist.

### licensee_status.rs: why a licensee is unavailable, enabling and disabling it

licensees-notice-buyer-disabled = Nicht verfügbar: Sein Käufer { $buyer } ist deaktiviert. Er kann erst genutzt oder aktiviert werden, wenn der Käufer wieder aktiviert ist.
licensees-notice-new = Neu: Aktivieren Sie ihn, um ihn verfügbar zu machen.
licensees-notice-disabled = Deaktiviert: Er kann nicht für neue Geschäfte genutzt werden.
licensees-enable-confirm = { $name } aktivieren? Er wird für neue Nutzung verfügbar.
licensees-disable-confirm = { $name } deaktivieren? Er kann nicht für neue Geschäfte genutzt werden, bis er wieder aktiviert wird.
licensees-enabled-done = { $name } aktiviert.
licensees-disabled-done = { $name } deaktiviert.
licensees-enable = Lizenznehmer aktivieren
licensees-disable = Lizenznehmer deaktivieren
licensees-status-title = Lizenznehmerstatus ändern

### licensee_fields.rs: the fields the wizard and the edit form share

licensees-external-ref-hint = Ihre eigene Referenz, etwa eine Kostenstelle (Buchstaben, Ziffern und - _ . / :).
licensees-resale-licensee = Wiederverkaufs-Lizenznehmer
licensees-resale-hint = Verbraucht Lizenzen im Auftrag seiner eigenen Kunden.
licensees-description = Beschreibung
licensees-use-buyer-address = Adresse des Käufers verwenden
licensees-own-address = Eigene Adresse
licensees-choose-buyer-first = Wählen Sie zuerst den Käufer.

### licensee_edit.rs: the edit form

licensees-saved = Lizenznehmer gespeichert.
licensees-reloaded = Die neueste Version wurde geladen; Ihre Änderungen stehen weiterhin im Formular. Speichern Sie erneut, um sie zu übernehmen.
licensees-edit-title = Lizenznehmer bearbeiten
licensees-save = Lizenznehmer speichern

### licensee_wizard.rs: the new licensee wizard

licensees-steps = Schritte
licensees-step-general = Allgemein
licensees-step-buyer = Käufer
licensees-step-seller = Verkäufer
licensees-step-address = Adresse
licensees-step-contact = Kontakt
licensees-step-overview = Übersicht
licensees-create = Lizenznehmer anlegen
licensees-loading-buyers = Käufer werden geladen…
licensees-buyer-disabled = — deaktiviert, kann keine neuen Lizenznehmer aufnehmen
licensees-no-seller = Dieser Käufer hat noch keinen Verkäufer. Der Plattformbetreiber verknüpft Verkäufer mit Käufern.
licensees-buyer-address = Die Adresse des Käufers
licensees-overview-note = Käufer und Verkäufer können nach dem Anlegen nicht mehr geändert werden. Der Lizenznehmer startet als „Neu“; aktivieren Sie ihn, um ihn verfügbar zu machen.

### licensee_page.rs, licensee_wizard.rs: the licensee's logo

licensees-logo = Logo
licensees-logo-alt = Logo des Lizenznehmers
licensees-no-logo = Kein Logo
