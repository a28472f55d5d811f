### Journal d'audit : liste et filtres, page d'une entrée, onglet « Journal d'audit » des
### autres pages, conservation et vérification d'intégrité. Les codes d'action
### (users.invitation.create) restent tels quels ; les résumés viennent du serveur.

### audit_page.rs
audit-title = Journal d'audit
audit-subtitle = Chaque modification de ce compte, de la plus récente à la plus ancienne. Les entrées ne peuvent être ni modifiées ni supprimées, et chacune est chaînée à la précédente.
audit-export-jsonl = Exporter en JSON Lines
audit-loading = Chargement des entrées du journal…
audit-total = { $count ->
    [one] { $count } entrée au total
   *[other] { $count } entrées au total
}
audit-showing = { $count ->
    [one] { $count } entrée correspondante affichée
   *[other] { $count } entrées correspondantes affichées
}
audit-records-label = Entrées du journal d'audit
audit-empty-filtered = Aucune entrée ne correspond à ces filtres.
audit-empty = Aucune entrée d'audit sur cette page.
audit-pages-label = Pages du journal d'audit
audit-newest = Les plus récentes
audit-newer = Plus récentes
audit-older = Plus anciennes

### verify_card.rs
audit-verify = Vérifier l'intégrité
audit-verifying = Vérification…
audit-chain-intact = La chaîne est intacte : { $count ->
    [one] { $count } entrée vérifiée
   *[other] { $count } entrées vérifiées
} en { $ms } ms.
audit-chain-intact-since = La chaîne est intacte : { $count ->
    [one] { $count } entrée vérifiée
   *[other] { $count } entrées vérifiées
} depuis la dernière purge de conservation, en { $ms } ms.
audit-chain-broken-at = La chaîne est rompue à l'entrée { $id } (après { $count } entrées valides). { $problem }
audit-chain-broken = La chaîne est rompue. { $problem }

### audit_filters.rs
audit-filter-label = Filtrer les entrées du journal
audit-from = Du
audit-days-zone = Jours dans le fuseau { $zone }
audit-to = Au
audit-actor = Auteur
audit-actor-hint = Un nom, ou un identifiant tel que USR-… ou TOK-…
audit-action = Action
audit-action-hint = Une action, ou son début : users, users.invitation
audit-object-type = Type d'objet
audit-any-type = Tous les types
audit-object-id = Identifiant de l'objet
audit-ip = Adresse IP
audit-summary-contains = Le résumé contient
audit-apply = Appliquer les filtres
audit-clear = Effacer
audit-type-account = Compte
audit-type-membership = Utilisateur (adhésion)
audit-type-user = Personne (identité de connexion)
audit-type-group = Groupe
audit-type-api-token = Jeton d'API
audit-type-audit-trail = Journal d'audit
audit-type-buyer = Acheteur
audit-type-licensee = Licencié
audit-type-seller = Vendeur
audit-type-notifications = Paramètres de notification
audit-type-plan = Forfait
audit-type-invoice = Facture

### audit_row.rs
audit-object = Objet
audit-summary = Résumé
audit-open-record = Ouvrir l'entrée { $id } du { $time }
audit-changed-fields-count = { $count ->
    [one] { $count } champ modifié
   *[other] { $count } champs modifiés
}

### retention_card.rs
audit-retention-title = Conservation
audit-retention-label = Conserver les entrées d'audit pendant
audit-retention-forever = Indéfiniment
audit-retention-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
audit-retention-years = { $count ->
    [one] { $count } an
   *[other] { $count } ans
}
audit-retention-save = Enregistrer la conservation
audit-retention-saved = Enregistré. Les entrées plus anciennes sont supprimées dans l'heure.
audit-purged = { $count ->
    [one] { $count } entrée supprimée
   *[other] { $count } entrées supprimées
} par la conservation jusqu'à présent, la dernière fois le { $time }. Chaque suppression est enregistrée et la vérification reprend à partir d'elle.

### audit_record_page.rs
audit-back = ← Journal d'audit
audit-record-loading = Chargement de l'entrée…
audit-empty-value = (vide)
audit-json-copied = JSON copié.
audit-copy-refused = Le navigateur a refusé la copie ; sélectionnez plutôt le texte.
audit-record-id = Entrée d'audit { $id }
audit-record-facts = Ce qui a été enregistré
audit-time = Heure
audit-open-token = Ouvrir le jeton
audit-by-actor = Tout ce qu'a fait cet auteur
audit-same-action = Toutes les entrées de cette action
audit-open-object = Ouvrir l'objet
audit-object-trail = Journal d'audit de cet objet
audit-from-address = Tout ce qui provient de cette adresse
audit-user-agent = Agent utilisateur
audit-sequence = Numéro de séquence
audit-prev-hash = Hachage précédent
audit-hash = Hachage
audit-changes = Modifications
audit-no-changes = Aucun champ n'a été modifié dans cette entrée.
audit-json = JSON
audit-copy-json = Copier le JSON
audit-json-label = L'entrée au format JSON
audit-changed-fields = Champs modifiés
audit-field = Champ
audit-before = Avant
audit-after = Après

### object_audit.rs
audit-loading-records = Chargement des entrées…
audit-needs-rights = La consultation du journal d'audit nécessite le droit de lecture sur le journal d'audit.
audit-object-empty = Aucune entrée concernant cet objet pour l'instant.
audit-object-records-label = Entrées d'audit de cet objet
audit-object-full = Ouvrir le journal d'audit complet de cet objet
