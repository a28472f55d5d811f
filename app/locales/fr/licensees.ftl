### licensees_page.rs: the list of licensees

licensees-title = Licenciés
licensees-subtitle = Les personnes ou services qui consomment des licences, chacun lié à un acheteur et à un vendeur.
licensees-new = Nouveau licencié
licensees-loading = Chargement des licenciés…
licensees-search-placeholder = Nom, identifiant ou référence externe
licensees-any-status = Tous les statuts
licensees-buyer = Acheteur
licensees-any-buyer = Tous les acheteurs

### licensees_table.rs: the table of licensees (the list, and a buyer's tab)

licensees-licensee = Licencié
licensees-seller = Vendeur
licensees-external-ref = Référence externe
licensees-resale = Revente
licensees-empty = Aucun licencié à afficher.
licensees-see-all = Voir tous les licenciés de cet acheteur

### licensee_page.rs: one licensee, with its tabs

licensees-back = ← Licenciés
licensees-loading-one = Chargement du licencié…
licensees-created = Licencié créé.
licensees-id = Identifiant du licencié
licensees-when-by = { $when } par { $who }
licensees-last-updated = Dernière modification
licensees-address = Adresse
licensees-contact = Contact
licensees-fixed = L'acheteur et le vendeur sont définitifs une fois le licencié créé.

### licensee_status.rs: why a licensee is unavailable, enabling and disabling it

licensees-notice-buyer-disabled = Indisponible : son acheteur { $buyer } est désactivé. Il ne peut être ni utilisé ni activé tant que l'acheteur n'est pas réactivé.
licensees-notice-new = Nouveau : activez-le pour le rendre disponible.
licensees-notice-disabled = Désactivé : il ne peut pas être utilisé pour de nouvelles affaires.
licensees-enable-confirm = Activer { $name } ? Il devient disponible pour toute nouvelle utilisation.
licensees-disable-confirm = Désactiver { $name } ? Il ne pourra plus être utilisé pour de nouvelles affaires jusqu'à sa réactivation.
licensees-enabled-done = { $name } activé.
licensees-disabled-done = { $name } désactivé.
licensees-enable = Activer le licencié
licensees-disable = Désactiver le licencié
licensees-status-title = Modifier le statut du licencié

### licensee_fields.rs: the fields the wizard and the edit form share

licensees-external-ref-hint = Votre propre référence, par exemple un centre de coûts (lettres, chiffres et - _ . / :).
licensees-resale-licensee = Licencié revendeur
licensees-resale-hint = Consomme des licences pour le compte de ses propres clients.
licensees-description = Description
licensees-use-buyer-address = Utiliser l'adresse de l'acheteur
licensees-own-address = Sa propre adresse
licensees-choose-buyer-first = Choisissez d'abord l'acheteur.

### licensee_edit.rs: the edit form

licensees-saved = Licencié enregistré.
licensees-reloaded = La dernière version a été chargée ; vos modifications sont toujours dans le formulaire. Enregistrez à nouveau pour les appliquer.
licensees-edit-title = Modifier le licencié
licensees-save = Enregistrer le licencié

### licensee_wizard.rs: the new licensee wizard

licensees-steps = Étapes
licensees-step-general = Général
licensees-step-buyer = Acheteur
licensees-step-seller = Vendeur
licensees-step-address = Adresse
licensees-step-contact = Contact
licensees-step-overview = Récapitulatif
licensees-create = Créer le licencié
licensees-loading-buyers = Chargement des acheteurs…
licensees-buyer-disabled = — désactivé, ne peut pas recevoir de nouveaux licenciés
licensees-no-seller = Cet acheteur n'a pas encore de vendeur. L'opérateur de la plateforme lie les vendeurs aux acheteurs.
licensees-buyer-address = L'adresse de l'acheteur
licensees-overview-note = L'acheteur et le vendeur ne peuvent plus être modifiés après la création. Le licencié démarre avec le statut « Nouveau » ; activez-le pour le rendre disponible.

### licensee_page.rs, licensee_wizard.rs: the licensee's logo

licensees-logo = Logo
licensees-logo-alt = Logo du licencié
licensees-no-logo = Pas de logo
