### The offline layer: connection, kept data, drafts, conflicts, install.

offline-state-online = En línea
offline-state-offline = Sin conexión
offline-state-unreachable = Servidor inaccesible
offline-back-online = De nuevo en línea
offline-showing-kept = Sin conexión: datos del { $time }.
offline-kept-back-online = De nuevo en línea. Esta página aún muestra datos del { $time }.
offline-refresh = Actualizar
offline-save-note = No tiene conexión; sus cambios se conservan aquí.
offline-draft-offer = Cambios sin guardar del { $time }:
offline-restore = Restaurar
offline-discard = Descartar
offline-conflict-title = Otra persona cambió esto mientras tanto
offline-conflict-text = Estos campos difieren entre la versión guardada y la suya. Elija en cada uno y guarde.
offline-conflict-theirs = Guardado: { $value }
offline-conflict-yours = Suyo: { $value }
offline-conflict-use = Usar esta elección
offline-install = Instalar la aplicación
