### El marco de cada página: navegación, cabecera, avisos, palabras comunes.

app-name = Configuración de la cuenta
lang-label = Idioma
nav-settings = Configuración
nav-account = Cuenta
nav-users = Usuarios
nav-groups = Grupos
nav-api-tokens = Tokens de API
nav-audit = Registro de auditoría
nav-buyers = Compradores
nav-licensees = Licenciatarios
nav-sellers = Vendedores
nav-notifications = Notificaciones
nav-billing = Facturación
nav-operations = Operaciones
nav-ops-accounts = Cuentas de clientes
nav-ops-sellers = Vendedores de la plataforma
nav-ops-people = Personas
nav-ops-plans = Planes
header-switch-account = Cambiar de cuenta
header-profile = Perfil
header-sign-out = Cerrar sesión
shell-skip = Ir al contenido
shell-app-name = Account Settings
shell-page-loading = Cargando la página…
shell-offline-title = No tiene conexión
shell-offline-text = Conéctese a Internet e inicie sesión para usar la configuración de la cuenta.
shell-redirecting = Redirigiendo al inicio de sesión…
banner-offline = No tiene conexión. Está viendo los últimos datos que cargó este dispositivo; los cambios no se podrán guardar hasta que vuelva a estar en línea.
banner-update = Hay una nueva versión disponible:
banner-reload = Recargar
noaccess-title = Sin acceso
noaccess-text = No tiene acceso a esta página. Pídaselo a un administrador de esta cuenta si lo necesita.
noaccess-home = Ir a su configuración
common-loading = Cargando…
common-rows = { $count ->
    [one] { $count } fila
   *[other] { $count } filas
}
