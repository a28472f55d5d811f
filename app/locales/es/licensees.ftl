### licensees_page.rs: the list of licensees

licensees-title = Licenciatarios
licensees-subtitle = Las personas o departamentos que consumen licencias, cada uno vinculado a un comprador y a un vendedor.
licensees-new = Nuevo licenciatario
licensees-loading = Cargando licenciatarios…
licensees-search-placeholder = Nombre, ID o referencia externa
licensees-any-status = Cualquier estado
licensees-buyer = Comprador
licensees-any-buyer = Cualquier comprador

### licensees_table.rs: the table of licensees (the list, and a buyer's tab)

licensees-licensee = Licenciatario
licensees-seller = Vendedor
licensees-external-ref = Referencia externa
licensees-resale = Reventa
licensees-empty = No hay licenciatarios que mostrar.
licensees-see-all = Ver todos los licenciatarios de este comprador

### licensee_page.rs: one licensee, with its tabs

licensees-back = ← Licenciatarios
licensees-loading-one = Cargando el licenciatario…
licensees-created = Licenciatario creado.
licensees-id = ID del licenciatario
licensees-when-by = { $when } por { $who }
licensees-last-updated = Última actualización
licensees-address = Dirección
licensees-contact = Contacto
licensees-fixed = El comprador y el vendedor quedan fijados una vez creado el licenciatario.

### licensee_status.rs: why a licensee is unavailable, enabling and disabling it

licensees-notice-buyer-disabled = No disponible: su comprador { $buyer } está desactivado. No se puede usar ni activar hasta que el comprador vuelva a estar activado.
licensees-notice-new = Nuevo: actívelo para que esté disponible.
licensees-notice-disabled = Desactivado: no se puede usar para nuevas operaciones.
licensees-enable-confirm = ¿Activar { $name }? Quedará disponible para nuevos usos.
licensees-disable-confirm = ¿Desactivar { $name }? No se podrá usar para nuevas operaciones hasta que se vuelva a activar.
licensees-enabled-done = { $name } activado.
licensees-disabled-done = { $name } desactivado.
licensees-enable = Activar licenciatario
licensees-disable = Desactivar licenciatario
licensees-status-title = Cambiar el estado del licenciatario

### licensee_fields.rs: the fields the wizard and the edit form share

licensees-external-ref-hint = Su propia referencia, como un centro de costes (letras, dígitos y - _ . / :).
licensees-resale-licensee = Licenciatario de reventa
licensees-resale-hint = Consume licencias en nombre de sus propios clientes.
licensees-description = Descripción
licensees-use-buyer-address = Usar la dirección del comprador
licensees-own-address = Su propia dirección
licensees-choose-buyer-first = Elija primero el comprador.

### licensee_edit.rs: the edit form

licensees-saved = Licenciatario guardado.
licensees-reloaded = Se ha cargado la última versión; sus cambios siguen en el formulario. Vuelva a guardar para aplicarlos.
licensees-edit-title = Editar licenciatario
licensees-save = Guardar licenciatario

### licensee_wizard.rs: the new licensee wizard

licensees-steps = Pasos
licensees-step-general = General
licensees-step-buyer = Comprador
licensees-step-seller = Vendedor
licensees-step-address = Dirección
licensees-step-contact = Contacto
licensees-step-overview = Resumen
licensees-create = Crear licenciatario
licensees-loading-buyers = Cargando compradores…
licensees-buyer-disabled = — desactivado, no admite nuevos licenciatarios
licensees-no-seller = Este comprador todavía no tiene vendedor. El operador de la plataforma vincula los vendedores a los compradores.
licensees-buyer-address = La dirección del comprador
licensees-overview-note = El comprador y el vendedor no se pueden cambiar después de la creación. El licenciatario empieza con el estado «Nuevo»; actívelo para que esté disponible.

### licensee_page.rs, licensee_wizard.rs: the licensee's logo

licensees-logo = Logotipo
licensees-logo-alt = Logotipo del licenciatario
licensees-no-logo = Sin logotipo
