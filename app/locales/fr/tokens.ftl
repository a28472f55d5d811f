### Jetons d'API : liste, filtres, formulaires de création et de renouvellement, page d'un
### jeton, limite de durée de vie et référence de l'API.

### tokens_page.rs
tokens-title = Jetons d'API
tokens-subtitle = Les jetons permettent à des scripts et à d'autres systèmes d'utiliser l'API REST avec les modules que vous choisissez.
tokens-create = Créer un jeton
tokens-loading = Chargement des jetons…
tokens-empty = Aucun jeton ne correspond. Créez-en un pour utiliser l'API REST.
tokens-pages-label = Pages de jetons
tokens-first-page = Première page
tokens-next-page = Page suivante
tokens-create-title = Créer un jeton d'API
tokens-rotate-title = Renouveler le jeton
tokens-confirm-title = Veuillez confirmer
tokens-confirm-disable = Désactiver « { $name } » ? Les requêtes qui l'utilisent sont refusées jusqu'à ce qu'il soit réactivé.
tokens-confirm-enable = Réactiver « { $name } » ?
tokens-confirm-delete = Supprimer « { $name } » ? Il cesse immédiatement de fonctionner et ne peut pas être restauré ; il reste listé sous Supprimé pour le journal d'audit.
tokens-enabled = « { $name } » activé.
tokens-disabled = « { $name } » désactivé.
tokens-deleted = « { $name } » supprimé.

### token_filters.rs
tokens-filter-label = Filtrer les jetons d'API
tokens-search-label = Rechercher des jetons
tokens-search-placeholder = Nom ou identifiant
tokens-status-all-but-deleted = Tous sauf supprimés
tokens-sort-by = Trier par
tokens-order = Ordre
tokens-order-desc = Décroissant
tokens-order-asc = Croissant

### tokens_table.rs
tokens-col-token = Jeton
tokens-modules = Modules
tokens-created-by = Créé par
tokens-last-used = Dernière utilisation
tokens-expires = Expiration
tokens-never = Jamais
tokens-level-none = aucun accès
tokens-level-view = lecture
tokens-level-edit = modification
tokens-grace-until = L'ancien secret fonctionne jusqu'au { $time }
tokens-enable-aria = Activer { $name }
tokens-disable-aria = Désactiver { $name }
tokens-rotate = Renouveler
tokens-rotate-aria = Renouveler { $name }
tokens-delete-aria = Supprimer { $name }

### new_secret.rs
tokens-secret-title = Copiez maintenant le secret de « { $name } »
tokens-secret-warning = Le secret n'est affiché que cette fois-ci. Conservez-le dans un gestionnaire de mots de passe ou dans le coffre à secrets de votre CI ; ensuite, seuls ses premiers et derniers caractères restent visibles ici.
tokens-secret-label = Secret du jeton
tokens-secret-copy = Copier le secret
tokens-secret-done = Je l'ai enregistré
tokens-secret-copied = Copié dans le presse-papiers.

### token_form.rs
tokens-needs-attention = Certains champs nécessitent votre attention.
tokens-name-hint = Jusqu'à 200 caractères, par exemple ce qui utilise le jeton.
tokens-description = Description
tokens-modules-legend = Modules que le jeton peut utiliser
tokens-modules-hint = Jamais plus que ce que vous détenez vous-même ; le jeton perd aussi ce que vous perdez.
tokens-no-access = Aucun accès
tokens-expires-after = Expire après
tokens-expiry-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
tokens-expiry-on-date = À une date…
tokens-expiry-capped = Ce compte limite la durée de vie des jetons.
tokens-expiry-date = Date d'expiration

### rotate_form.rs
tokens-rotate-intro = « { $name } » reçoit un nouveau secret. Tout ce qui utilise l'ancien doit être mis à jour.
tokens-rotate-old-secret = L'ancien secret
tokens-grace-now = Cesse immédiatement de fonctionner
tokens-grace-hour = Fonctionne encore 1 heure
tokens-grace-day = Fonctionne encore 24 heures
tokens-grace-week = Fonctionne encore 7 jours
tokens-rotate-submit = Renouveler le secret

### token_page.rs
tokens-back = ← Jetons d'API
tokens-saved = Jeton enregistré.
tokens-loading-one = Chargement du jeton…
tokens-secret = Secret
tokens-revision = Révision

### token_edit.rs
tokens-save = Enregistrer le jeton

### token_policy.rs
tokens-policy-title = Durée de vie des jetons
tokens-policy-label = Durée de vie maximale des nouveaux jetons
tokens-cap-none = Aucune limite (jusqu'à 730 jours)
tokens-policy-save = Enregistrer la limite
tokens-policy-saved = Enregistré. Les nouveaux jetons respectent cette limite.

### api_reference.rs
tokens-api-title = Référence de l'API
tokens-api-subtitle = L'API REST sous /api/v1. Lisible par machine :
tokens-api-loading = Chargement de la référence de l'API…
tokens-api-load-failed = La référence de l'API n'a pas pu être chargée. Vérifiez votre connexion.
tokens-api-unreadable = Réponse illisible
tokens-api-browser-only = Uniquement dans le navigateur
tokens-api-parameters = Paramètres :
tokens-api-body = Corps :
tokens-api-responses = Réponses :
tokens-bulk-confirm-title = Modifier les jetons sélectionnés
tokens-bulk-confirm-disable = Désactiver { $count } jetons ? Les appels avec eux sont refusés aussitôt.
tokens-bulk-confirm-delete = Supprimer { $count } jetons ? Action irréversible.
