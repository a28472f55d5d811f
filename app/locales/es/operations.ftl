### accounts_page.rs: the platform's client accounts

operations-accounts-title = Cuentas de clientes
operations-accounts-subtitle = Operaciones: las cuentas de la plataforma, sus compradores y vendedores.
operations-new-account = Nueva cuenta de cliente
operations-accounts-search-placeholder = Nombre o ID
operations-loading-accounts = Cargando cuentas…
operations-account = Cuenta
operations-type = Tipo
operations-members = Miembros
operations-buyers = Compradores
operations-sellers = Vendedores
operations-kind-client = Cliente
operations-kind-operations = Operaciones

### account_page.rs: one client account, its buyers and sellers

operations-back-accounts = ← Cuentas de clientes
operations-loading-account = Cargando la cuenta…
operations-disable-account-confirm = ¿Desactivar { $name }? Sus miembros no podrán iniciar sesión y sus credenciales de API dejarán de funcionar hasta que se vuelva a activar.
operations-enable-account-confirm = ¿Activar { $name }? Sus miembros podrán volver a iniciar sesión.
operations-now-status = Estado de { $name }: { $status }.
operations-disable-account = Desactivar cuenta
operations-enable-account = Activar cuenta
operations-account-status-title = Cambiar el estado de la cuenta
operations-no-buyers = Todavía no hay compradores.
operations-linked-sellers = Vendedores vinculados
operations-seller-buyers = compradores:
operations-none = ninguno
operations-no-sellers = Todavía no hay vendedores vinculados.
operations-buyer-summary = { $tax } · { $address } · { $count ->
        [one] { $count } licenciatario
       *[other] { $count } licenciatarios
    }

### new_account_form.rs: a new client account and its first admin

operations-account-created = Cuenta de cliente creada.
operations-invited-by-mail = Se ha invitado a { $email } por correo electrónico como primer administrador.
operations-invited-no-mail = Se ha invitado a { $email } como primer administrador (no se pudo enviar el correo electrónico: comparta el enlace).
operations-copy-invitation = Copiar enlace de invitación
operations-open-account = Abrir la cuenta para añadir compradores y vendedores
operations-account-name = Nombre de la cuenta
operations-admin-email = Correo electrónico del primer administrador
operations-admin-first-name = Nombre del primer administrador
operations-admin-last-name = Apellidos del primer administrador
operations-create-account = Crear cuenta e invitar

### new_buyer_form.rs: a new buyer of a client account

operations-buyer-created = Comprador { $name } creado.
operations-new-buyer = Nuevo comprador
operations-buyer-name = Nombre del comprador
operations-tax-number = Número fiscal
operations-address = Dirección
operations-contact = Contacto
operations-create-buyer = Crear comprador

### link_seller_form.rs: linking a seller to a client account

operations-seller-linked = Vendedor vinculado.
operations-link-seller-title = Vincular un vendedor
operations-seller = Vendedor
operations-choose-seller = Elija un vendedor
operations-buyer = Comprador
operations-account-only = Solo la cuenta (sin comprador)
operations-link-seller-hint = Los licenciatarios de un comprador solo pueden usar los vendedores vinculados a ese comprador.
operations-link-seller = Vincular vendedor

### new_seller_form.rs: a new seller of the platform operator

operations-seller-created = Vendedor { $name } creado.
operations-new-seller = Nuevo vendedor
operations-seller-name = Nombre del vendedor
operations-currencies = Monedas
operations-create-seller = Crear vendedor

### sellers_page.rs: the platform operator's sellers

operations-sellers-title = Vendedores de la plataforma
operations-sellers-subtitle = Operaciones: las entidades jurídicas del operador de la plataforma. Vincúlelas a las cuentas de clientes desde la página de cada cuenta.
operations-loading-sellers = Cargando vendedores…
operations-seller-status-of = Estado de { $name }
operations-modules = Módulos
operations-modules-note = Lo que esta cuenta puede usar. Un módulo desactivado desaparece de su consola y se niega a sus miembros, tokens y credenciales; Cuenta, Usuarios, Grupos y Registro de auditoría siempre están activos.
operations-save-modules = Guardar módulos
operations-modules-saved = Módulos guardados.

### people_page.rs: people (global sign-in identities) across the platform

operations-people-title = Personas
operations-people-subtitle = Operaciones: busque a una persona por correo, vea sus cuentas, bloquee o elimine su acceso en todas partes.
operations-people-email = Correo electrónico
operations-people-find = Buscar
operations-people-finding = Buscando a la persona…
operations-people-hint = Escriba el correo electrónico exacto de una persona.
operations-people-none = Nadie inicia sesión con ese correo electrónico.
operations-people-id = Id. de la persona
operations-people-two-step = Verificación en dos pasos
operations-people-last-sign-in = Último inicio de sesión
operations-people-never = Nunca
operations-people-role = Rol
operations-people-memberships = Cuentas de esta persona
operations-people-block = Bloquear
operations-people-unblock = Desbloquear
operations-people-delete = Eliminar persona
operations-people-confirm-title = Cambiar el acceso de esta persona
operations-people-block-confirm = ¿Bloquear a { $email }? Se cierran todas sus sesiones, no puede iniciar sesión en ninguna cuenta y sus tokens de API dejan de funcionar hasta que se desbloquee.
operations-people-unblock-confirm = ¿Desbloquear a { $email }? Podrá iniciar sesión de nuevo.
operations-people-delete-confirm = ¿Eliminar a { $email }? Se borran su correo, nombres, contraseña, verificación en dos pasos e imagen, y se desactiva cada membresía. No se puede deshacer.
operations-people-now = La persona está ahora { $status }.
# Plans
operations-plans-title = Planes
operations-plans-subtitle = El catálogo de planes con el que se facturan las cuentas de clientes. Las cuentas sin plan están en Free.
operations-plans-loading = Cargando planes…
operations-new-plan = Nuevo plan
operations-edit-plan = Editar { $name }
operations-create-plan = Crear plan
operations-save-plan = Guardar plan
operations-plan-saved = Plan { $name } guardado.
operations-plan-name = Nombre del plan
operations-plan-seats = Plazas
operations-plan-api-calls = Llamadas a la API al mes
operations-plan-events = Eventos al mes
operations-plan-prices = Precios
operations-plan-prices-note = Importes como 49,90. Deje vacía la fila de una moneda si el plan no se vende en ella.
operations-plan-monthly = Precio mensual
operations-plan-api-overage = Por cada 1.000 llamadas a la API adicionales
operations-plan-events-overage = Por cada 1.000 eventos adicionales
operations-plan-accounts = Cuentas
operations-account-plan = Plan
operations-change-plan = Cambiar plan
operations-plan-assigned = { $account } está ahora en el plan { $plan }.
operations-tax-rate = Impuestos
operations-tax-rate-label = Tipo impositivo (%)
operations-tax-rate-hint = Se aplica a las próximas facturas de esta cuenta; las emitidas conservan su tipo.
operations-save-tax-rate = Guardar tipo impositivo
operations-tax-rate-saved = Tipo impositivo guardado.
operations-invoices = Facturas
operations-no-invoices = Aún no se ha emitido ninguna factura a esta cuenta.
operations-mark-paid = Marcar como pagada
operations-mark-void = Anular
operations-mark-paid-of = Marcar como pagada: { $number }
operations-mark-void-of = Anular: { $number }
operations-invoice-status-title = Cambiar el estado de la factura
operations-invoice-status-confirm = ¿Registrar { $number } como { $status }? No se puede deshacer.
operations-invoice-status-set = { $number } ahora está { $status }.
