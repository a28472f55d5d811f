### Shared pieces of the console: form fields, dialogs, tabs, pagers, the logo picker.

### address_fields.rs
components-address-line1 = Adresse (ligne 1)
components-address-line2 = Adresse (ligne 2)
components-city = Ville
components-region = État ou région
components-postcode = Code postal
components-country = Pays
components-choose-country = Choisissez un pays
components-first-name = Prénom
components-last-name = Nom

### detail_tabs.rs
components-tabs-label = Sections de cette page

### list_query.rs
components-pager-status = Page { $page } sur { $pages } · { $total } au total

### logo_picker.rs
components-logo-type = Utilisez une image PNG, JPEG ou SVG.
components-logo-too-big = Le logo ne peut pas dépasser { $max } Ko ; ce fichier fait { $size } Ko.
components-logo-unreadable = Le fichier n'a pas pu être lu. Choisissez-le à nouveau.
components-logo-none = Pas encore de logo
components-logo-upload = Téléverser un logo
components-logo-remove = Supprimer le logo
components-logo-hint = PNG, JPEG ou SVG, 512 Ko au maximum.

### password_checklist.rs
components-password-rules = Règles du mot de passe
components-rule-length = au moins 8 caractères
components-rule-upper = une lettre majuscule
components-rule-lower = une lettre minuscule
components-rule-digit = un chiffre
components-rule-symbol = un caractère spécial
components-rule-met = (respectée)
components-rule-not-met = (pas encore respectée)
