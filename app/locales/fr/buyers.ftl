### buyers_page.rs: the list of buyers

buyers-title = Acheteurs
buyers-subtitle = Les entités juridiques de ce compte qui reçoivent des factures. L'opérateur de la plateforme les crée ; vous tenez leur adresse et leur contact à jour.
buyers-loading = Chargement des acheteurs…
buyers-search-placeholder = Nom, identifiant ou numéro fiscal
buyers-any-status = Tous les statuts
buyers-buyer = Acheteur
buyers-tax-number = Numéro fiscal
buyers-address = Adresse
buyers-contact = Contact
buyers-sellers = Vendeurs
buyers-licensees = Licenciés
buyers-empty = Aucun acheteur ne correspond. Effacez la recherche ou le filtre de statut.

### buyer_page.rs: one buyer, with its tabs

buyers-back = ← Acheteurs
buyers-loading-one = Chargement de l'acheteur…
buyers-no-licensee-access = Vous n'avez pas accès aux licenciés.
buyers-legal-name = Raison sociale
buyers-sellers-intro = Les entités de l'opérateur de la plateforme qui facturent cet acheteur. Les nouveaux licenciés de cet acheteur choisissent l'une d'elles.
buyers-sellers-empty = Aucun vendeur n'est encore lié à cet acheteur. L'opérateur de la plateforme se charge de les lier.
buyers-id = Identifiant de l'acheteur
buyers-when-by = { $when } par { $who }
buyers-last-updated = Dernière modification

### buyer_logo.rs: the buyer's logo

buyers-logo = Logo
buyers-logo-alt = Logo de l'acheteur

### buyer_edit.rs: the address and contact form

buyers-saved = Acheteur enregistré.
buyers-reloaded = La dernière version a été chargée ; vos modifications sont toujours dans le formulaire. Enregistrez à nouveau pour les appliquer.
buyers-edit-title = Adresse et contact
buyers-save = Enregistrer l'acheteur

### buyer_status.rs: disabling and enabling a buyer

buyers-disabled-notice = Cet acheteur est désactivé. { $count ->
        [1] Son licencié est indisponible
       *[other] Ses { $count } licenciés sont indisponibles
    } pour toute nouvelle utilisation jusqu'à sa réactivation.
buyers-disabled-notice-ops = Cet acheteur a été désactivé par l'opérateur de la plateforme ; lui seul peut le réactiver. { $count ->
        [1] Son licencié est indisponible
       *[other] Ses { $count } licenciés sont indisponibles
    } pour toute nouvelle utilisation jusqu'à sa réactivation.
buyers-enable-confirm = Activer { $name } ? Ses licenciés pourront de nouveau être utilisés.
buyers-disable-confirm = Désactiver { $name } ? { $count ->
        [1] Son licencié devient indisponible
       *[other] Ses { $count } licenciés deviennent indisponibles
    } pour toute nouvelle utilisation jusqu'à sa réactivation.
buyers-enabled-done = { $name } activé.
buyers-disabled-done = { $name } désactivé.
buyers-enable = Activer l'acheteur
buyers-disable = Désactiver l'acheteur
buyers-status-title = Modifier le statut de l'acheteur
