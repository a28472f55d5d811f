### Groups: the list, the new-group wizard and a group's page.

### groups_page.rs
groups-title = Grupos
groups-subtitle = Conjuntos con nombre de accesos a módulos. Un miembro obtiene el acceso de su rol más el de todos sus grupos.
groups-new = Nuevo grupo
groups-created = Grupo creado.
groups-loading = Cargando grupos…
groups-group = Grupo
groups-default = Predeterminado
groups-modules-of = { $count } de { $total }

### group_wizard.rs
groups-steps = Pasos
groups-step = { $number }. { $name }
groups-overview = Resumen
groups-create = Crear grupo

### group_fields.rs
groups-name = Nombre del grupo
groups-description = Descripción
groups-module-access = Acceso a módulos
groups-no-access = Sin acceso
groups-members = Miembros
groups-find-people = Buscar personas
groups-selected-count = { $count ->
    [one] { $count } seleccionado
   *[other] { $count } seleccionados
}
groups-modules = Módulos
groups-overview-module = { $module } ({ $level })
groups-overview-level-view = ver
groups-overview-level-edit = editar

### group_buyers.rs
groups-buyers = Compradores
groups-buyers-hint = Qué compradores de la cuenta ven los miembros de este grupo, con sus licenciatarios. Un miembro ve juntos los compradores de todos sus grupos.
groups-admins-all-buyers = El grupo «Administrators» siempre abarca a todos los compradores.
groups-all-buyers = Todos los compradores
groups-selected-buyers = Compradores seleccionados
groups-selected-buyers-none = Compradores seleccionados (aún no se ha elegido ninguno)
groups-choose-buyers = Elegir compradores
groups-loading-buyers = Cargando compradores…
groups-no-buyers = Esta cuenta aún no tiene compradores.

### group_edit.rs
groups-buyers-line-all = Compradores: todos
groups-buyers-line = Compradores: { $names }
groups-saved = Grupo guardado.
groups-loading-group = Cargando grupo…
groups-not-found = Este grupo no existe (o ya no existe).
groups-updated = Actualizado el { $date }
groups-updated-by = Actualizado el { $date } por { $name }
groups-default-locked = El grupo predeterminado siempre concede todos los módulos y abarca a todos los compradores; solo pueden cambiar su descripción y sus miembros.
groups-delete = Eliminar grupo
groups-save = Guardar grupo
groups-delete-title = ¿Eliminar el grupo?
groups-delete-text = Solo se puede eliminar un grupo sin miembros. Esta acción no se puede deshacer.
groups-empty = Todavía no hay grupos.
groups-search-placeholder = Nombre, descripción o id
