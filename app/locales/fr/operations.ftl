### accounts_page.rs: the platform's client accounts

operations-accounts-title = Comptes clients
operations-accounts-subtitle = Exploitation : les comptes de la plateforme, leurs acheteurs et leurs vendeurs.
operations-new-account = Nouveau compte client
operations-accounts-search-placeholder = Nom ou identifiant
operations-loading-accounts = Chargement des comptes…
operations-account = Compte
operations-type = Type
operations-members = Membres
operations-buyers = Acheteurs
operations-sellers = Vendeurs
operations-kind-client = Client
operations-kind-operations = Exploitation

### account_page.rs: one client account, its buyers and sellers

operations-back-accounts = ← Comptes clients
operations-loading-account = Chargement du compte…
operations-disable-account-confirm = Désactiver { $name } ? Ses membres ne pourront plus se connecter et ses identifiants d'API cesseront de fonctionner jusqu'à sa réactivation.
operations-enable-account-confirm = Activer { $name } ? Ses membres pourront de nouveau se connecter.
operations-now-status = Statut de { $name } : { $status }.
operations-disable-account = Désactiver le compte
operations-enable-account = Activer le compte
operations-account-status-title = Modifier le statut du compte
operations-no-buyers = Aucun acheteur pour l'instant.
operations-linked-sellers = Vendeurs liés
operations-seller-buyers = acheteurs :
operations-none = aucun
operations-no-sellers = Aucun vendeur lié pour l'instant.
operations-buyer-summary = { $tax } · { $address } · { $count ->
        [one] { $count } licencié
       *[other] { $count } licenciés
    }

### new_account_form.rs: a new client account and its first admin

operations-account-created = Compte client créé.
operations-invited-by-mail = { $email } a été invité par e-mail en tant que premier administrateur.
operations-invited-no-mail = { $email } a été invité en tant que premier administrateur (l'e-mail n'a pas pu être envoyé : transmettez le lien).
operations-copy-invitation = Copier le lien d'invitation
operations-open-account = Ouvrir le compte pour ajouter des acheteurs et des vendeurs
operations-account-name = Nom du compte
operations-admin-email = E-mail du premier administrateur
operations-admin-first-name = Prénom du premier administrateur
operations-admin-last-name = Nom du premier administrateur
operations-create-account = Créer le compte et inviter

### new_buyer_form.rs: a new buyer of a client account

operations-buyer-created = Acheteur { $name } créé.
operations-new-buyer = Nouvel acheteur
operations-buyer-name = Nom de l'acheteur
operations-tax-number = Numéro fiscal
operations-address = Adresse
operations-contact = Contact
operations-create-buyer = Créer l'acheteur

### link_seller_form.rs: linking a seller to a client account

operations-seller-linked = Vendeur lié.
operations-link-seller-title = Lier un vendeur
operations-seller = Vendeur
operations-choose-seller = Choisissez un vendeur
operations-buyer = Acheteur
operations-account-only = Le compte uniquement (aucun acheteur)
operations-link-seller-hint = Les licenciés d'un acheteur ne peuvent utiliser que les vendeurs liés à cet acheteur.
operations-link-seller = Lier le vendeur

### new_seller_form.rs: a new seller of the platform operator

operations-seller-created = Vendeur { $name } créé.
operations-new-seller = Nouveau vendeur
operations-seller-name = Nom du vendeur
operations-currencies = Devises
operations-create-seller = Créer le vendeur

### sellers_page.rs: the platform operator's sellers

operations-sellers-title = Vendeurs de la plateforme
operations-sellers-subtitle = Exploitation : les entités juridiques de l'opérateur de la plateforme. Liez-les aux comptes clients depuis la page de chaque compte.
operations-loading-sellers = Chargement des vendeurs…
operations-seller-status-of = Statut de { $name }
operations-modules = Modules
operations-modules-note = Ce que ce compte peut utiliser. Un module désactivé disparaît de sa console et est refusé à ses membres, jetons et identifiants ; Compte, Utilisateurs, Groupes et Journal d’audit restent toujours actifs.
operations-save-modules = Enregistrer les modules
operations-modules-saved = Modules enregistrés.

### people_page.rs: people (global sign-in identities) across the platform

operations-people-title = Personnes
operations-people-subtitle = Opérations : trouver une personne par e-mail, voir ses comptes, bloquer ou supprimer son accès partout.
operations-people-email = Adresse e-mail
operations-people-find = Rechercher
operations-people-finding = Recherche de la personne…
operations-people-hint = Saisissez l'adresse e-mail exacte d'une personne.
operations-people-none = Personne ne se connecte avec cette adresse e-mail.
operations-people-id = Identifiant de la personne
operations-people-two-step = Vérification en deux étapes
operations-people-last-sign-in = Dernière connexion
operations-people-never = Jamais
operations-people-role = Rôle
operations-people-memberships = Comptes de cette personne
operations-people-block = Bloquer
operations-people-unblock = Débloquer
operations-people-delete = Supprimer la personne
operations-people-confirm-title = Modifier l'accès de cette personne
operations-people-block-confirm = Bloquer { $email } ? Elle est déconnectée partout, ne peut se connecter à aucun compte et ses jetons d'API cessent de fonctionner jusqu'au déblocage.
operations-people-unblock-confirm = Débloquer { $email } ? Elle peut de nouveau se connecter.
operations-people-delete-confirm = Supprimer { $email } ? Son e-mail, ses noms, son mot de passe, sa vérification en deux étapes et sa photo sont effacés et chaque adhésion est désactivée. C'est irréversible.
operations-people-now = La personne est maintenant { $status }.
# Plans
operations-plans-title = Forfaits
operations-plans-subtitle = Le catalogue de forfaits selon lequel les comptes clients sont facturés. Les comptes sans forfait sont sur Free.
operations-plans-loading = Chargement des forfaits…
operations-new-plan = Nouveau forfait
operations-edit-plan = Modifier { $name }
operations-create-plan = Créer le forfait
operations-save-plan = Enregistrer le forfait
operations-plan-saved = Forfait { $name } enregistré.
operations-plan-name = Nom du forfait
operations-plan-seats = Places
operations-plan-api-calls = Appels API par mois
operations-plan-events = Événements par mois
operations-plan-prices = Prix
operations-plan-prices-note = Montants comme 49,90. Laissez vide la ligne d’une devise si le forfait n’y est pas vendu.
operations-plan-monthly = Prix mensuel
operations-plan-api-overage = Par tranche de 1 000 appels API supplémentaires
operations-plan-events-overage = Par tranche de 1 000 événements supplémentaires
operations-plan-accounts = Comptes
operations-account-plan = Forfait
operations-change-plan = Changer de forfait
operations-plan-assigned = { $account } est maintenant sur le forfait { $plan }.
operations-tax-rate = Taxe
operations-tax-rate-label = Taux de taxe (%)
operations-tax-rate-hint = Appliqué aux prochaines factures de ce compte ; les factures émises gardent leur taux.
operations-save-tax-rate = Enregistrer le taux
operations-tax-rate-saved = Taux de taxe enregistré.
operations-invoices = Factures
operations-no-invoices = Aucune facture émise pour ce compte pour l’instant.
operations-mark-paid = Marquer payée
operations-mark-void = Annuler
operations-mark-paid-of = Marquer payée : { $number }
operations-mark-void-of = Annuler : { $number }
operations-invoice-status-title = Changer le statut de la facture
operations-invoice-status-confirm = Enregistrer { $number } comme { $status } ? C’est définitif.
operations-invoice-status-set = { $number } est maintenant { $status }.
