### Shared pieces of the console: form fields, dialogs, tabs, pagers, the logo picker.

### address_fields.rs
components-address-line1 = Adresszeile 1
components-address-line2 = Adresszeile 2
components-city = Ort
components-region = Bundesland oder Region
components-postcode = Postleitzahl
components-country = Land
components-choose-country = Land auswählen
components-first-name = Vorname
components-last-name = Nachname

### detail_tabs.rs
components-tabs-label = Bereiche dieser Seite

### list_query.rs
components-pager-status = Seite { $page } von { $pages } · { $total } insgesamt

### logo_picker.rs
components-logo-type = Verwenden Sie ein PNG-, JPEG- oder SVG-Bild.
components-logo-too-big = Das Logo darf höchstens { $max } KB groß sein; diese Datei hat { $size } KB.
components-logo-unreadable = Die Datei konnte nicht gelesen werden. Wählen Sie sie erneut aus.
components-logo-none = Noch kein Logo
components-logo-upload = Logo hochladen
components-logo-remove = Logo entfernen
components-logo-hint = PNG, JPEG oder SVG, höchstens 512 KB.

### password_checklist.rs
components-password-rules = Passwortregeln
components-rule-length = mindestens 8 Zeichen
components-rule-upper = ein Großbuchstabe
components-rule-lower = ein Kleinbuchstabe
components-rule-digit = eine Ziffer
components-rule-symbol = ein Sonderzeichen
components-rule-met = (erfüllt)
components-rule-not-met = (noch nicht erfüllt)
