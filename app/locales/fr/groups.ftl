### Groups: the list, the new-group wizard and a group's page.

### groups_page.rs
groups-title = Groupes
groups-subtitle = Des ensembles nommés d'accès aux modules. Un membre obtient l'accès de son rôle, plus celui de tous ses groupes.
groups-new = Nouveau groupe
groups-created = Groupe créé.
groups-loading = Chargement des groupes…
groups-group = Groupe
groups-default = Par défaut
groups-modules-of = { $count } sur { $total }

### group_wizard.rs
groups-steps = Étapes
groups-step = { $number }. { $name }
groups-overview = Récapitulatif
groups-create = Créer le groupe

### group_fields.rs
groups-name = Nom du groupe
groups-description = Description
groups-module-access = Accès aux modules
groups-no-access = Aucun accès
groups-members = Membres
groups-find-people = Rechercher des personnes
groups-selected-count = { $count ->
    [one] { $count } sélectionné
   *[other] { $count } sélectionnés
}
groups-modules = Modules
groups-overview-module = { $module } ({ $level })
groups-overview-level-view = lecture
groups-overview-level-edit = modification

### group_buyers.rs
groups-buyers = Acheteurs
groups-buyers-hint = Les acheteurs du compte que voient les membres de ce groupe, avec leurs licenciés. Un membre voit l'ensemble des acheteurs de tous ses groupes.
groups-admins-all-buyers = Le groupe « Administrators » couvre toujours tous les acheteurs.
groups-all-buyers = Tous les acheteurs
groups-selected-buyers = Acheteurs sélectionnés
groups-selected-buyers-none = Acheteurs sélectionnés (aucun choisi pour l'instant)
groups-choose-buyers = Choisir les acheteurs
groups-loading-buyers = Chargement des acheteurs…
groups-no-buyers = Ce compte n'a pas encore d'acheteurs.

### group_edit.rs
groups-buyers-line-all = Acheteurs : tous
groups-buyers-line = Acheteurs : { $names }
groups-saved = Groupe enregistré.
groups-loading-group = Chargement du groupe…
groups-not-found = Ce groupe n'existe pas (ou plus).
groups-updated = Modifié le { $date }
groups-updated-by = Modifié le { $date } par { $name }
groups-default-locked = Le groupe par défaut accorde toujours tous les modules et couvre tous les acheteurs ; seuls sa description et ses membres peuvent changer.
groups-delete = Supprimer le groupe
groups-save = Enregistrer le groupe
groups-delete-title = Supprimer le groupe ?
groups-delete-text = Seul un groupe sans membres peut être supprimé. Cette action est irréversible.
groups-empty = Aucun groupe pour l’instant.
groups-search-placeholder = Nom, description ou identifiant
