### buyers_page.rs: the list of buyers

buyers-title = Compradores
buyers-subtitle = Las entidades jurídicas de esta cuenta que reciben facturas. El operador de la plataforma las crea; usted mantiene actualizados su dirección y su contacto.
buyers-loading = Cargando compradores…
buyers-search-placeholder = Nombre, ID o número fiscal
buyers-any-status = Cualquier estado
buyers-buyer = Comprador
buyers-tax-number = Número fiscal
buyers-address = Dirección
buyers-contact = Contacto
buyers-sellers = Vendedores
buyers-licensees = Licenciatarios
buyers-empty = Ningún comprador coincide. Borre la búsqueda o el filtro de estado.

### buyer_page.rs: one buyer, with its tabs

buyers-back = ← Compradores
buyers-loading-one = Cargando el comprador…
buyers-no-licensee-access = No tiene acceso a los licenciatarios.
buyers-legal-name = Razón social
buyers-sellers-intro = Las entidades del operador de la plataforma que facturan a este comprador. Los nuevos licenciatarios de este comprador eligen una de ellas.
buyers-sellers-empty = Todavía no hay ningún vendedor vinculado a este comprador. El operador de la plataforma se encarga de vincularlos.
buyers-id = ID del comprador
buyers-when-by = { $when } por { $who }
buyers-last-updated = Última actualización

### buyer_logo.rs: the buyer's logo

buyers-logo = Logotipo
buyers-logo-alt = Logotipo del comprador

### buyer_edit.rs: the address and contact form

buyers-saved = Comprador guardado.
buyers-reloaded = Se ha cargado la última versión; sus cambios siguen en el formulario. Vuelva a guardar para aplicarlos.
buyers-edit-title = Dirección y contacto
buyers-save = Guardar comprador

### buyer_status.rs: disabling and enabling a buyer

buyers-disabled-notice = Este comprador está desactivado. { $count ->
        [one] Su licenciatario no está disponible
       *[other] Sus { $count } licenciatarios no están disponibles
    } para nuevos usos hasta que se active.
buyers-disabled-notice-ops = Este comprador ha sido desactivado por el operador de la plataforma; solo este puede volver a activarlo. { $count ->
        [one] Su licenciatario no está disponible
       *[other] Sus { $count } licenciatarios no están disponibles
    } para nuevos usos hasta que se active.
buyers-enable-confirm = ¿Activar { $name }? Sus licenciatarios podrán volver a utilizarse.
buyers-disable-confirm = ¿Desactivar { $name }? { $count ->
        [one] Su licenciatario dejará de estar disponible
       *[other] Sus { $count } licenciatarios dejarán de estar disponibles
    } para nuevos usos hasta que se vuelva a activar.
buyers-enabled-done = { $name } activado.
buyers-disabled-done = { $name } desactivado.
buyers-enable = Activar comprador
buyers-disable = Desactivar comprador
buyers-status-title = Cambiar el estado del comprador
