### Account: the account page, its form, logo and API credentials.

### account_page.rs
account-title = Konto
account-subtitle = Angaben, Adresse und API-Zugangsdaten Ihrer Organisation.
account-loading = Konto wird geladen…
account-meta = { $id } · { $kind } · { $status } · zuletzt geändert am { $date }
account-meta-by = { $id } · { $kind } · { $status } · zuletzt geändert am { $date } von { $name }
account-kind-client = Kundenkonto
account-kind-operations = Betreiberkonto
account-kind-other = Konto vom Typ { $kind }

### logo_card.rs
account-logo = Logo
account-logo-alt = Logo des Kontos

### credentials_card.rs
account-credentials = Zugangsdaten
account-credentials-text = Damit rufen Sie die API mit den vollen Rechten des Kontos auf. Halten Sie den Passcode geheim.
account-id = Konto-ID
account-copy-id = Konto-ID kopieren
account-id-copied = Konto-ID kopiert.
account-passcode = Passcode
account-show-passcode = Passcode anzeigen
account-hide-passcode = Passcode verbergen
account-copy-passcode = Passcode kopieren
account-passcode-copied = Passcode kopiert.
account-copy-failed = Kopieren fehlgeschlagen; markieren Sie den Text stattdessen.
account-regenerate-passcode = Passcode neu erzeugen
account-regenerate-title = Passcode neu erzeugen?
account-regenerate = Neu erzeugen
account-regenerate-text = Alles, was den aktuellen Passcode verwendet, funktioniert sofort nicht mehr. Dies lässt sich nicht rückgängig machen.
account-passcode-regenerated = Ein neuer Passcode wurde erzeugt. Der alte funktioniert nicht mehr.

### account_form.rs
account-saved = Konto gespeichert.
account-name = Kontoname
account-website = Website
account-website-hint = Zum Beispiel https://example.com
account-support-email = Support-E-Mail
account-language = Bevorzugte Sprache
account-language-hint = Standardsprache für Mitglieder und die E-Mails, die sie erhalten.
account-description = Beschreibung
account-description-hint = Bis zu 2000 Zeichen.
account-headquarters = Adresse des Hauptsitzes
account-not-set = Nicht festgelegt
account-timezone = Zeitzone des Kontos
account-timezone-hint = Wird für Berichte und geplante E-Mails verwendet.
account-organization = Organisation
account-legal-name = Rechtlicher Name
account-tax-id = Steuernummer
account-tax-id-hint = USt-IdNr. oder andere Steuernummer.
account-industry = Branche
account-company-size = Unternehmensgröße
account-enabled-modules = Aktivierte Module
account-modules-note = Durch Ihren Vertrag festgelegt; wenden Sie sich für Änderungen an den Support.
account-discard = Änderungen verwerfen
account-industries-agriculture = Landwirtschaft
account-industries-automotive = Automobil
account-industries-banking-and-finance = Banken und Finanzen
account-industries-construction = Bauwesen
account-industries-consulting = Beratung
account-industries-education = Bildung
account-industries-energy-and-utilities = Energie und Versorgung
account-industries-government = Öffentliche Verwaltung
account-industries-healthcare = Gesundheitswesen
account-industries-hospitality = Gastgewerbe
account-industries-insurance = Versicherungen
account-industries-logistics = Logistik
account-industries-manufacturing = Fertigung
account-industries-media-and-entertainment = Medien und Unterhaltung
account-industries-non-profit = Gemeinnützig
account-industries-pharmaceuticals = Pharma
account-industries-real-estate = Immobilien
account-industries-retail = Einzelhandel
account-industries-software-and-it = Software und IT
account-industries-telecommunications = Telekommunikation
account-industries-other = Sonstige
