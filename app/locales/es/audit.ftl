### Registro de auditoría: lista y filtros, página de una entrada, pestaña «Registro de
### auditoría» de otras páginas, conservación y verificación de integridad. Los códigos de
### acción (users.invitation.create) se mantienen; los resúmenes vienen del servidor.

### audit_page.rs
audit-title = Registro de auditoría
audit-subtitle = Todos los cambios de esta cuenta, del más reciente al más antiguo. Las entradas no se pueden editar ni eliminar, y cada una está encadenada a la anterior.
audit-export-jsonl = Exportar JSON Lines
audit-loading = Cargando entradas de auditoría…
audit-total = { $count ->
    [one] { $count } entrada en total
   *[other] { $count } entradas en total
}
audit-showing = { $count ->
    [one] Se muestra { $count } entrada coincidente
   *[other] Se muestran { $count } entradas coincidentes
}
audit-records-label = Entradas de auditoría
audit-empty-filtered = Ninguna entrada coincide con estos filtros.
audit-empty = No hay entradas de auditoría en esta página.
audit-pages-label = Páginas de auditoría
audit-newest = Las más recientes
audit-newer = Más recientes
audit-older = Más antiguas

### verify_card.rs
audit-verify = Verificar integridad
audit-verifying = Verificando…
audit-chain-intact = La cadena está intacta: { $count ->
    [one] { $count } entrada comprobada
   *[other] { $count } entradas comprobadas
} en { $ms } ms.
audit-chain-intact-since = La cadena está intacta: { $count ->
    [one] { $count } entrada comprobada
   *[other] { $count } entradas comprobadas
} desde la última depuración por conservación, en { $ms } ms.
audit-chain-broken-at = La cadena está rota en la entrada { $id } (después de { $count } entradas correctas). { $problem }
audit-chain-broken = La cadena está rota. { $problem }

### audit_filters.rs
audit-filter-label = Filtrar entradas de auditoría
audit-from = Desde
audit-days-zone = Días en la zona horaria { $zone }
audit-to = Hasta
audit-actor = Actor
audit-actor-hint = Un nombre o un ID como USR-… o TOK-…
audit-action = Acción
audit-action-hint = Una acción o su comienzo: users, users.invitation
audit-object-type = Tipo de objeto
audit-any-type = Cualquier tipo
audit-object-id = ID del objeto
audit-ip = Dirección IP
audit-summary-contains = El resumen contiene
audit-apply = Aplicar filtros
audit-clear = Borrar
audit-type-account = Cuenta
audit-type-membership = Usuario (membresía)
audit-type-user = Persona (identidad de inicio de sesión)
audit-type-group = Grupo
audit-type-api-token = Token de API
audit-type-audit-trail = Registro de auditoría
audit-type-buyer = Comprador
audit-type-licensee = Licenciatario
audit-type-seller = Vendedor
audit-type-notifications = Configuración de notificaciones
audit-type-plan = Plan
audit-type-invoice = Factura

### audit_row.rs
audit-object = Objeto
audit-summary = Resumen
audit-open-record = Abrir la entrada { $id } del { $time }
audit-changed-fields-count = { $count ->
    [one] { $count } campo modificado
   *[other] { $count } campos modificados
}

### retention_card.rs
audit-retention-title = Conservación
audit-retention-label = Conservar las entradas de auditoría durante
audit-retention-forever = Siempre
audit-retention-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
}
audit-retention-years = { $count ->
    [one] { $count } año
   *[other] { $count } años
}
audit-retention-save = Guardar conservación
audit-retention-saved = Guardado. Las entradas más antiguas se eliminan en el plazo de una hora.
audit-purged = { $count ->
    [one] { $count } entrada eliminada
   *[other] { $count } entradas eliminadas
} por la conservación hasta ahora; la última vez, el { $time }. Cada eliminación queda registrada y la verificación continúa a partir de ella.

### audit_record_page.rs
audit-back = ← Registro de auditoría
audit-record-loading = Cargando la entrada…
audit-empty-value = (vacío)
audit-json-copied = JSON copiado.
audit-copy-refused = El navegador no permitió copiar; seleccione el texto manualmente.
audit-record-id = Entrada de auditoría { $id }
audit-record-facts = Qué se registró
audit-time = Hora
audit-open-token = Abrir el token
audit-by-actor = Todo lo de este actor
audit-same-action = Todas las entradas de esta acción
audit-open-object = Abrir el objeto
audit-object-trail = Registro de auditoría de este objeto
audit-from-address = Todo lo de esta dirección
audit-user-agent = Agente de usuario
audit-sequence = Número de secuencia
audit-prev-hash = Hash anterior
audit-hash = Hash
audit-changes = Cambios
audit-no-changes = No cambió ningún campo en esta entrada.
audit-json = JSON
audit-copy-json = Copiar JSON
audit-json-label = La entrada como JSON
audit-changed-fields = Campos modificados
audit-field = Campo
audit-before = Antes
audit-after = Después

### object_audit.rs
audit-loading-records = Cargando entradas…
audit-needs-rights = Para ver el registro de auditoría se necesita el permiso «Ver» del registro de auditoría.
audit-object-empty = Todavía no hay entradas sobre este objeto.
audit-object-records-label = Entradas de auditoría de este objeto
audit-object-full = Abrir el registro de auditoría completo de este objeto
