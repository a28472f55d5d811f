### buyers_page.rs: the list of buyers

buyers-title = Käufer
buyers-subtitle = Die juristischen Personen dieses Kontos, die Rechnungen erhalten. Der Plattformbetreiber legt sie an; Sie halten ihre Adresse und ihren Kontakt aktuell.
buyers-loading = Käufer werden geladen…
buyers-search-placeholder = Name, ID oder Steuernummer
buyers-any-status = Alle Status
buyers-buyer = Käufer
buyers-tax-number = Steuernummer
buyers-address = Adresse
buyers-contact = Kontakt
buyers-sellers = Verkäufer
buyers-licensees = Lizenznehmer
buyers-empty = Keine Käufer gefunden. Leeren Sie die Suche oder den Statusfilter.

### buyer_page.rs: one buyer, with its tabs

buyers-back = ← Käufer
buyers-loading-one = Käufer wird geladen…
buyers-no-licensee-access = Sie haben keinen Zugriff auf Lizenznehmer.
buyers-legal-name = Rechtlicher Name
buyers-sellers-intro = Die Gesellschaften des Plattformbetreibers, die diesem Käufer Rechnungen stellen. Neue Lizenznehmer dieses Käufers wählen eine davon.
buyers-sellers-empty = Mit diesem Käufer ist noch kein Verkäufer verknüpft. Der Plattformbetreiber verknüpft sie.
buyers-id = Käufer-ID
buyers-when-by = { $when } von { $who }
buyers-last-updated = Zuletzt geändert

### buyer_logo.rs: the buyer's logo

buyers-logo = Logo
buyers-logo-alt = Logo des Käufers

### buyer_edit.rs: the address and contact form

buyers-saved = Käufer gespeichert.
buyers-reloaded = Die neueste Version wurde geladen; Ihre Änderungen stehen weiterhin im Formular. Speichern Sie erneut, um sie zu übernehmen.
buyers-edit-title = Adresse und Kontakt
buyers-save = Käufer speichern

### buyer_status.rs: disabling and enabling a buyer

buyers-disabled-notice = Dieser Käufer ist deaktiviert. { $count ->
        [one] Sein Lizenznehmer ist
       *[other] Seine { $count } Lizenznehmer sind
    } für neue Nutzung nicht verfügbar, bis er aktiviert wird.
buyers-disabled-notice-ops = Dieser Käufer wurde vom Plattformbetreiber deaktiviert; nur dieser kann ihn wieder aktivieren. { $count ->
        [one] Sein Lizenznehmer ist
       *[other] Seine { $count } Lizenznehmer sind
    } für neue Nutzung nicht verfügbar, bis er aktiviert wird.
buyers-enable-confirm = { $name } aktivieren? Seine Lizenznehmer können wieder genutzt werden.
buyers-disable-confirm = { $name } deaktivieren? { $count ->
        [one] Sein Lizenznehmer ist
       *[other] Seine { $count } Lizenznehmer sind
    } für neue Nutzung nicht verfügbar, bis er wieder aktiviert wird.
buyers-enabled-done = { $name } aktiviert.
buyers-disabled-done = { $name } deaktiviert.
buyers-enable = Käufer aktivieren
buyers-disable = Käufer deaktivieren
buyers-status-title = Käuferstatus ändern
