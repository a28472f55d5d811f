### Tokens de API: lista, filtros, formularios de creación y renovación, página de un token,
### límite de vigencia y referencia de la API.

### tokens_page.rs
tokens-title = Tokens de API
tokens-subtitle = Los tokens permiten que scripts y otros sistemas usen la API REST con los módulos que usted elija.
tokens-create = Crear token
tokens-loading = Cargando tokens…
tokens-empty = Ningún token coincide. Cree uno para usar la API REST.
tokens-pages-label = Páginas de tokens
tokens-first-page = Primera página
tokens-next-page = Página siguiente
tokens-create-title = Crear token de API
tokens-rotate-title = Renovar token
tokens-confirm-title = Confirme, por favor
tokens-confirm-disable = ¿Desactivar «{ $name }»? Las solicitudes que lo usen se rechazarán hasta que se vuelva a activar.
tokens-confirm-enable = ¿Volver a activar «{ $name }»?
tokens-confirm-delete = ¿Eliminar «{ $name }»? Deja de funcionar de inmediato y no se puede restaurar; sigue apareciendo en Eliminado para el registro de auditoría.
tokens-enabled = «{ $name }» activado.
tokens-disabled = «{ $name }» desactivado.
tokens-deleted = «{ $name }» eliminado.

### token_filters.rs
tokens-filter-label = Filtrar tokens de API
tokens-search-label = Buscar tokens
tokens-search-placeholder = Nombre o ID
tokens-status-all-but-deleted = Todos salvo eliminados
tokens-sort-by = Ordenar por
tokens-order = Orden
tokens-order-desc = Descendente
tokens-order-asc = Ascendente

### tokens_table.rs
tokens-col-token = Token
tokens-modules = Módulos
tokens-created-by = Creado por
tokens-last-used = Último uso
tokens-expires = Caduca
tokens-never = Nunca
tokens-level-none = sin acceso
tokens-level-view = ver
tokens-level-edit = editar
tokens-grace-until = El secreto anterior funciona hasta el { $time }
tokens-enable-aria = Activar { $name }
tokens-disable-aria = Desactivar { $name }
tokens-rotate = Renovar
tokens-rotate-aria = Renovar { $name }
tokens-delete-aria = Eliminar { $name }

### new_secret.rs
tokens-secret-title = Copie ahora el secreto de «{ $name }»
tokens-secret-warning = Esta es la única vez que se muestra el secreto. Guárdelo en un gestor de contraseñas o en el almacén de secretos de su CI; después, aquí solo se verán sus primeros y últimos caracteres.
tokens-secret-label = Secreto del token
tokens-secret-copy = Copiar secreto
tokens-secret-done = Ya lo he guardado
tokens-secret-copied = Copiado al portapapeles.

### token_form.rs
tokens-needs-attention = Algunos campos requieren su atención.
tokens-name-hint = Hasta 200 caracteres, p. ej., qué usa el token.
tokens-description = Descripción
tokens-modules-legend = Módulos que puede usar el token
tokens-modules-hint = Nunca más de lo que usted tiene; el token también pierde lo que usted pierda.
tokens-no-access = Sin acceso
tokens-expires-after = Caduca tras
tokens-expiry-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
}
tokens-expiry-on-date = En una fecha…
tokens-expiry-capped = Esta cuenta limita cuánto tiempo pueden durar los tokens.
tokens-expiry-date = Fecha de caducidad

### rotate_form.rs
tokens-rotate-intro = «{ $name }» recibe un secreto nuevo. Todo lo que use el anterior debe actualizarse.
tokens-rotate-old-secret = El secreto anterior
tokens-grace-now = Deja de funcionar de inmediato
tokens-grace-hour = Funciona 1 hora más
tokens-grace-day = Funciona 24 horas más
tokens-grace-week = Funciona 7 días más
tokens-rotate-submit = Renovar secreto

### token_page.rs
tokens-back = ← Tokens de API
tokens-saved = Token guardado.
tokens-loading-one = Cargando el token…
tokens-secret = Secreto
tokens-revision = Revisión

### token_edit.rs
tokens-save = Guardar token

### token_policy.rs
tokens-policy-title = Vigencia de los tokens
tokens-policy-label = Vigencia máxima de los tokens nuevos
tokens-cap-none = Sin límite (hasta 730 días)
tokens-policy-save = Guardar límite
tokens-policy-saved = Guardado. Los tokens nuevos siguen este límite.

### api_reference.rs
tokens-api-title = Referencia de la API
tokens-api-subtitle = La API REST en /api/v1. Legible por máquina:
tokens-api-loading = Cargando la referencia de la API…
tokens-api-load-failed = No se pudo cargar la referencia de la API. Compruebe su conexión.
tokens-api-unreadable = Respuesta ilegible
tokens-api-browser-only = Solo en el navegador
tokens-api-parameters = Parámetros:
tokens-api-body = Cuerpo:
tokens-api-responses = Respuestas:
tokens-bulk-confirm-title = Cambiar los tokens seleccionados
tokens-bulk-confirm-disable = ¿Desactivar { $count } tokens? Las llamadas con ellos se rechazan de inmediato.
tokens-bulk-confirm-delete = ¿Eliminar { $count } tokens? No se puede deshacer.
