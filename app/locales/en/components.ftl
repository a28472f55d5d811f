### Shared pieces of the console: form fields, dialogs, tabs, pagers, the logo picker.

### address_fields.rs
components-address-line1 = Address line 1
components-address-line2 = Address line 2
components-city = City
components-region = State or region
components-postcode = Postcode
components-country = Country
components-choose-country = Choose a country
components-first-name = First name
components-last-name = Last name

### detail_tabs.rs
components-tabs-label = Sections of this page

### list_query.rs
components-pager-status = Page { $page } of { $pages } · { $total } in all

### logo_picker.rs
components-logo-type = Use a PNG, JPEG or SVG image.
components-logo-too-big = The logo can be at most { $max } KB; this file has { $size } KB.
components-logo-unreadable = The file could not be read. Choose it again.
components-logo-none = No logo yet
components-logo-upload = Upload logo
components-logo-remove = Remove logo
components-logo-hint = PNG, JPEG or SVG, at most 512 KB.

### password_checklist.rs
components-password-rules = Password rules
components-rule-length = at least 8 characters
components-rule-upper = an upper-case letter
components-rule-lower = a lower-case letter
components-rule-digit = a digit
components-rule-symbol = a symbol
components-rule-met = (met)
components-rule-not-met = (not met yet)
