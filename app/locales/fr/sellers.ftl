### sellers_page.rs: the sellers that invoice this account

sellers-title = Vendeurs
sellers-subtitle = Les entités juridiques de l'opérateur de la plateforme qui facturent ce compte. Lecture seule : l'opérateur de la plateforme les gère.
sellers-loading = Chargement des vendeurs…
sellers-empty = Aucun vendeur n'est encore lié à ce compte.
sellers-seller = Vendeur
sellers-address = Adresse
sellers-currencies = Devises
sellers-buyers = Acheteurs

### seller_page.rs: one seller

sellers-back = ← Vendeurs
sellers-loading-one = Chargement du vendeur…
sellers-linked-buyers = Acheteurs liés
sellers-no-buyers = Aucun des acheteurs de ce compte
sellers-managed = Les vendeurs sont gérés par l'opérateur de la plateforme.
sellers-search-placeholder = Nom, adresse ou devise
