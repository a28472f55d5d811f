### accounts_page.rs: the platform's client accounts

operations-accounts-title = Kundenkonten
operations-accounts-subtitle = Betrieb: die Konten der Plattform, ihre Käufer und Verkäufer.
operations-new-account = Neues Kundenkonto
operations-accounts-search-placeholder = Name oder ID
operations-loading-accounts = Konten werden geladen…
operations-account = Konto
operations-type = Typ
operations-members = Mitglieder
operations-buyers = Käufer
operations-sellers = Verkäufer
operations-kind-client = Kunde
operations-kind-operations = Betrieb

### account_page.rs: one client account, its buyers and sellers

operations-back-accounts = ← Kundenkonten
operations-loading-account = Konto wird geladen…
operations-disable-account-confirm = { $name } deaktivieren? Seine Mitglieder können sich nicht anmelden und seine API-Zugangsdaten funktionieren nicht mehr, bis es wieder aktiviert wird.
operations-enable-account-confirm = { $name } aktivieren? Seine Mitglieder können sich wieder anmelden.
operations-now-status = { $name } ist jetzt { $status }.
operations-disable-account = Konto deaktivieren
operations-enable-account = Konto aktivieren
operations-account-status-title = Kontostatus ändern
operations-no-buyers = Noch keine Käufer.
operations-linked-sellers = Verknüpfte Verkäufer
operations-seller-buyers = Käufer:
operations-none = keine
operations-no-sellers = Noch keine Verkäufer verknüpft.
operations-buyer-summary = { $tax } · { $address } · { $count } Lizenznehmer

### new_account_form.rs: a new client account and its first admin

operations-account-created = Kundenkonto angelegt.
operations-invited-by-mail = { $email } wurde per E-Mail als erste Administratorin bzw. erster Administrator eingeladen.
operations-invited-no-mail = { $email } wurde als erste Administratorin bzw. erster Administrator eingeladen (die E-Mail konnte nicht gesendet werden: Geben Sie den Link weiter).
operations-copy-invitation = Einladungslink kopieren
operations-open-account = Konto öffnen, um Käufer und Verkäufer hinzuzufügen
operations-account-name = Kontoname
operations-admin-email = E-Mail-Adresse des ersten Admins
operations-admin-first-name = Vorname des ersten Admins
operations-admin-last-name = Nachname des ersten Admins
operations-create-account = Konto anlegen und einladen

### new_buyer_form.rs: a new buyer of a client account

operations-buyer-created = Käufer { $name } angelegt.
operations-new-buyer = Neuer Käufer
operations-buyer-name = Name des Käufers
operations-tax-number = Steuernummer
operations-address = Adresse
operations-contact = Kontakt
operations-create-buyer = Käufer anlegen

### link_seller_form.rs: linking a seller to a client account

operations-seller-linked = Verkäufer verknüpft.
operations-link-seller-title = Verkäufer verknüpfen
operations-seller = Verkäufer
operations-choose-seller = Verkäufer auswählen
operations-buyer = Käufer
operations-account-only = Nur das Konto (kein Käufer)
operations-link-seller-hint = Die Lizenznehmer eines Käufers können nur die mit diesem Käufer verknüpften Verkäufer nutzen.
operations-link-seller = Verkäufer verknüpfen

### new_seller_form.rs: a new seller of the platform operator

operations-seller-created = Verkäufer { $name } angelegt.
operations-new-seller = Neuer Verkäufer
operations-seller-name = Name des Verkäufers
operations-currencies = Währungen
operations-create-seller = Verkäufer anlegen

### sellers_page.rs: the platform operator's sellers

operations-sellers-title = Plattform-Verkäufer
operations-sellers-subtitle = Betrieb: die Gesellschaften des Plattformbetreibers. Verknüpfen Sie sie auf der Seite des jeweiligen Kontos mit Kundenkonten.
operations-loading-sellers = Verkäufer werden geladen…
operations-seller-status-of = Status von { $name }
operations-modules = Module
operations-modules-note = Was dieses Konto nutzen darf. Ein ausgeschaltetes Modul verschwindet aus seiner Konsole und wird seinen Mitgliedern, Tokens und Zugangsdaten verweigert; Konto, Benutzer, Gruppen und Audit-Protokoll sind immer an.
operations-save-modules = Module speichern
operations-modules-saved = Module gespeichert.

### people_page.rs: people (global sign-in identities) across the platform

operations-people-title = Personen
operations-people-subtitle = Operations: eine Person per E-Mail finden, ihre Konten sehen, ihre Anmeldung überall sperren oder löschen.
operations-people-email = E-Mail-Adresse
operations-people-find = Suchen
operations-people-finding = Person wird gesucht…
operations-people-hint = Geben Sie die genaue E-Mail-Adresse einer Person ein.
operations-people-none = Niemand meldet sich mit dieser E-Mail-Adresse an.
operations-people-id = Personen-ID
operations-people-two-step = Zwei-Schritt-Verifizierung
operations-people-last-sign-in = Letzte Anmeldung
operations-people-never = Nie
operations-people-role = Rolle
operations-people-memberships = Konten dieser Person
operations-people-block = Sperren
operations-people-unblock = Entsperren
operations-people-delete = Person löschen
operations-people-confirm-title = Anmeldung dieser Person ändern
operations-people-block-confirm = { $email } sperren? Die Person wird überall abgemeldet, kann sich bei keinem Konto anmelden und ihre API-Tokens funktionieren nicht mehr, bis sie entsperrt wird.
operations-people-unblock-confirm = { $email } entsperren? Die Person kann sich wieder anmelden.
operations-people-delete-confirm = { $email } löschen? E-Mail, Namen, Passwort, Zwei-Schritt-Verifizierung und Bild werden gelöscht und jede Mitgliedschaft deaktiviert. Das kann nicht rückgängig gemacht werden.
operations-people-now = Die Person ist jetzt { $status }.
# Plans
operations-plans-title = Tarife
operations-plans-subtitle = Der Tarifkatalog, nach dem Kundenkonten abgerechnet werden. Konten ohne Tarif nutzen Free.
operations-plans-loading = Tarife werden geladen…
operations-new-plan = Neuer Tarif
operations-edit-plan = { $name } bearbeiten
operations-create-plan = Tarif anlegen
operations-save-plan = Tarif speichern
operations-plan-saved = Tarif { $name } gespeichert.
operations-plan-name = Tarifname
operations-plan-seats = Plätze
operations-plan-api-calls = API-Aufrufe pro Monat
operations-plan-events = Ereignisse pro Monat
operations-plan-prices = Preise
operations-plan-prices-note = Beträge wie 49,90. Lassen Sie die Zeile einer Währung leer, wenn der Tarif darin nicht verkauft wird.
operations-plan-monthly = Monatspreis
operations-plan-api-overage = Je 1.000 zusätzliche API-Aufrufe
operations-plan-events-overage = Je 1.000 zusätzliche Ereignisse
operations-plan-accounts = Konten
operations-account-plan = Tarif
operations-change-plan = Tarif ändern
operations-plan-assigned = { $account } nutzt jetzt den Tarif { $plan }.
operations-tax-rate = Steuer
operations-tax-rate-label = Steuersatz (%)
operations-tax-rate-hint = Gilt für die nächsten Rechnungen dieses Kontos; ausgestellte Rechnungen behalten ihren Satz.
operations-save-tax-rate = Steuersatz speichern
operations-tax-rate-saved = Steuersatz gespeichert.
operations-invoices = Rechnungen
operations-no-invoices = Diesem Konto wurde noch keine Rechnung ausgestellt.
operations-mark-paid = Als bezahlt markieren
operations-mark-void = Stornieren
operations-mark-paid-of = Als bezahlt markieren: { $number }
operations-mark-void-of = Stornieren: { $number }
operations-invoice-status-title = Rechnungsstatus ändern
operations-invoice-status-confirm = { $number } als { $status } erfassen? Das lässt sich nicht rückgängig machen.
operations-invoice-status-set = { $number } ist jetzt { $status }.
