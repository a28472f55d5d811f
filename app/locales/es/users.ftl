### Users: the list, its filters, the invite and edit dialogs, a member's page.

### users_page.rs
users-title = Usuarios
users-subtitle = Las personas con acceso a esta cuenta, sus roles y sus grupos.
users-invite-people = Invitar a personas
users-loading = Cargando usuarios…
users-no-match = Ningún usuario coincide con estos filtros.
users-pages = Páginas de usuarios
users-match-capped = Más de { $count } usuarios coinciden
users-match = { $count ->
    [one] { $count } usuario coincide
   *[other] { $count } usuarios coinciden
}
users-first-page = Primera página
users-next-page = Página siguiente
users-edit-access = Editar acceso
users-group-locked = No puede asignar este grupo: concede derechos o compradores que usted no tiene, o es el grupo «Administrators».
users-group-locked-short = (bloqueado)
users-please-confirm = Confirme, por favor
users-outcome-invited = Se ha invitado a { $emails }.
users-outcome-skipped = No se invitó a { $email }: { $reason }.
users-outcome-mail-failed = No se pudo enviar el correo electrónico a { $emails }; copie el enlace desde la lista.
users-resent = Se ha enviado una nueva invitación a { $email }; el enlace es válido durante 7 días.
users-resend-mail-failed = Se creó un nuevo enlace para { $email }, pero no se pudo enviar el correo electrónico; copie el enlace en su lugar.
users-link-copied = Se ha copiado el enlace de invitación de { $email }.
users-confirm-revoke = ¿Retirar la invitación de { $email }? El enlace dejará de funcionar.
users-confirm-disable = ¿Desactivar a { $email }? Su sesión se cerrará de inmediato y no podrá iniciar sesión en esta cuenta.
users-confirm-enable = ¿Volver a activar a { $email }?
users-confirm-remove = ¿Quitar a { $email } de la cuenta? Perderá el acceso y recibirá un correo electrónico.
users-revoked = Se ha revocado la invitación de { $email }.
users-disabled = Se ha desactivado a { $email }.
users-enabled = Se ha activado a { $email }.
users-removed = Se ha quitado a { $email } de la cuenta.

### user_filters.rs
users-search = Buscar nombre o correo electrónico
users-any-status = Cualquier estado
users-role = Rol
users-any-role = Cualquier rol
users-group = Grupo
users-any-group = Cualquier grupo
users-sort-by = Ordenar por
users-joined = Incorporación
users-last-login = Último inicio de sesión
users-order = Orden
users-ascending = Ascendente
users-descending = Descendente

### users_table.rs
users-action-resend = Reenviar invitación
users-action-copy-link = Copiar enlace de invitación
users-action-revoke = Revocar invitación
users-action-remove = Quitar de la cuenta
users-user = Usuario
users-groups = Grupos
users-joined-on = se unió el { $date }
users-invited-on = invitado el { $date }
users-never = Nunca
users-actions-for = Acciones para { $name }

### invite_dialog.rs
users-emails = Direcciones de correo electrónico
users-emails-hint = Separe las direcciones con comas o saltos de línea; hasta { $max } a la vez ({ $count } introducidas).
users-first-name-optional = Nombre (opcional)
users-last-name-optional = Apellidos (opcional)
users-invite-count = Invitar a { $count } personas
users-send-invitation = Enviar invitación

### edit_member_dialog.rs
users-access-saved = Se ha guardado el acceso de { $email }.
users-save-access = Guardar acceso

### member_page.rs
users-back = ← Usuarios
users-loading-member = Cargando el miembro…
users-membership-id = ID de membresía
users-person-id = ID de la persona
users-last-updated = Última actualización
users-last-sign-in = Último inicio de sesión
users-bulk-confirm-title = Cambiar los miembros seleccionados
users-bulk-confirm-disable = ¿Desactivar { $count } miembros? Se cerrará su sesión de inmediato.
users-bulk-confirm-enable = ¿Activar { $count } miembros?
users-bulk-confirm-remove = ¿Quitar { $count } miembros de la cuenta? Pierden el acceso y reciben un correo.
users-bulk-confirm-add-groups = ¿Añadir { $count } miembros a los grupos elegidos?
users-bulk-confirm-remove-groups = ¿Sacar { $count } miembros de los grupos elegidos?
users-bulk-change-groups = Cambiar grupos
users-bulk-groups-legend = Grupos
users-bulk-add-to = Añadir a estos grupos
users-bulk-take-out = Sacar de estos grupos
