### sellers_page.rs: the sellers that invoice this account

sellers-title = Vendedores
sellers-subtitle = Las entidades jurídicas del operador de la plataforma que facturan a esta cuenta. Solo lectura: el operador de la plataforma las gestiona.
sellers-loading = Cargando vendedores…
sellers-empty = Todavía no hay ningún vendedor vinculado a esta cuenta.
sellers-seller = Vendedor
sellers-address = Dirección
sellers-currencies = Monedas
sellers-buyers = Compradores

### seller_page.rs: one seller

sellers-back = ← Vendedores
sellers-loading-one = Cargando el vendedor…
sellers-linked-buyers = Compradores vinculados
sellers-no-buyers = Ninguno de los compradores de esta cuenta
sellers-managed = Los vendedores los gestiona el operador de la plataforma.
sellers-search-placeholder = Nombre, dirección o moneda
