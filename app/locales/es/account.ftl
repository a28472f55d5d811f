### Account: the account page, its form, logo and API credentials.

### account_page.rs
account-title = Cuenta
account-subtitle = Los datos, la dirección y las credenciales de API de su organización.
account-loading = Cargando la cuenta…
account-meta = { $id } · { $kind } · { $status } · última actualización el { $date }
account-meta-by = { $id } · { $kind } · { $status } · última actualización el { $date } por { $name }
account-kind-client = Cuenta de cliente
account-kind-operations = Cuenta de operaciones
account-kind-other = Cuenta de tipo { $kind }

### logo_card.rs
account-logo = Logotipo
account-logo-alt = Logotipo de la cuenta

### credentials_card.rs
account-credentials = Credenciales
account-credentials-text = Úselas para llamar a la API con todos los derechos de la cuenta. Mantenga en secreto el código de acceso.
account-id = ID de la cuenta
account-copy-id = Copiar el ID de la cuenta
account-id-copied = ID de la cuenta copiado.
account-passcode = Código de acceso
account-show-passcode = Mostrar el código de acceso
account-hide-passcode = Ocultar el código de acceso
account-copy-passcode = Copiar el código de acceso
account-passcode-copied = Código de acceso copiado.
account-copy-failed = No se pudo copiar; seleccione el texto.
account-regenerate-passcode = Regenerar el código de acceso
account-regenerate-title = ¿Regenerar el código de acceso?
account-regenerate = Regenerar
account-regenerate-text = Todo lo que use el código de acceso actual dejará de funcionar de inmediato. Esta acción no se puede deshacer.
account-passcode-regenerated = Se ha generado un nuevo código de acceso. El anterior ya no funciona.

### account_form.rs
account-saved = Cuenta guardada.
account-name = Nombre de la cuenta
account-website = Sitio web
account-website-hint = Por ejemplo, https://example.com
account-support-email = Correo electrónico de soporte
account-language = Idioma preferido
account-language-hint = Idioma predeterminado de los miembros y de los correos electrónicos que reciben.
account-description = Descripción
account-description-hint = Hasta 2000 caracteres.
account-headquarters = Dirección de la sede central
account-not-set = Sin definir
account-timezone = Zona horaria de la cuenta
account-timezone-hint = Se usa para informes y correos electrónicos programados.
account-organization = Organización
account-legal-name = Razón social
account-tax-id = Número de identificación fiscal
account-tax-id-hint = Número de IVA u otro número fiscal.
account-industry = Sector
account-company-size = Tamaño de la empresa
account-enabled-modules = Módulos activados
account-modules-note = Los determina su contrato; póngase en contacto con soporte para cambiarlos.
account-discard = Descartar cambios
account-industries-agriculture = Agricultura
account-industries-automotive = Automoción
account-industries-banking-and-finance = Banca y finanzas
account-industries-construction = Construcción
account-industries-consulting = Consultoría
account-industries-education = Educación
account-industries-energy-and-utilities = Energía y suministros
account-industries-government = Administración pública
account-industries-healthcare = Sanidad
account-industries-hospitality = Hostelería
account-industries-insurance = Seguros
account-industries-logistics = Logística
account-industries-manufacturing = Fabricación
account-industries-media-and-entertainment = Medios y entretenimiento
account-industries-non-profit = Sin ánimo de lucro
account-industries-pharmaceuticals = Farmacéutica
account-industries-real-estate = Inmobiliario
account-industries-retail = Comercio minorista
account-industries-software-and-it = Software y TI
account-industries-telecommunications = Telecomunicaciones
account-industries-other = Otro
