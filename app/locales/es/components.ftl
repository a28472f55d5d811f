### Shared pieces of the console: form fields, dialogs, tabs, pagers, the logo picker.

### address_fields.rs
components-address-line1 = Dirección (línea 1)
components-address-line2 = Dirección (línea 2)
components-city = Ciudad
components-region = Estado o región
components-postcode = Código postal
components-country = País
components-choose-country = Elija un país
components-first-name = Nombre
components-last-name = Apellidos

### detail_tabs.rs
components-tabs-label = Secciones de esta página

### list_query.rs
components-pager-status = Página { $page } de { $pages } · { $total } en total

### logo_picker.rs
components-logo-type = Use una imagen PNG, JPEG o SVG.
components-logo-too-big = El logotipo puede tener como máximo { $max } KB; este archivo tiene { $size } KB.
components-logo-unreadable = No se pudo leer el archivo. Vuelva a elegirlo.
components-logo-none = Aún no hay logotipo
components-logo-upload = Subir logotipo
components-logo-remove = Quitar logotipo
components-logo-hint = PNG, JPEG o SVG, 512 KB como máximo.

### password_checklist.rs
components-password-rules = Reglas de la contraseña
components-rule-length = al menos 8 caracteres
components-rule-upper = una letra mayúscula
components-rule-lower = una letra minúscula
components-rule-digit = un dígito
components-rule-symbol = un símbolo
components-rule-met = (cumplida)
components-rule-not-met = (aún no cumplida)
