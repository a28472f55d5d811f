### Users: the list, its filters, the invite and edit dialogs, a member's page.

### users_page.rs
users-title = Utilisateurs
users-subtitle = Les personnes ayant accès à ce compte, leurs rôles et leurs groupes.
users-invite-people = Inviter des personnes
users-loading = Chargement des utilisateurs…
users-no-match = Aucun utilisateur ne correspond à ces filtres.
users-pages = Pages d'utilisateurs
users-match-capped = Plus de { $count } utilisateurs correspondent
users-match = { $count ->
    [one] { $count } utilisateur correspond
   *[other] { $count } utilisateurs correspondent
}
users-first-page = Première page
users-next-page = Page suivante
users-edit-access = Modifier l'accès
users-group-locked = Vous ne pouvez pas attribuer ce groupe : il accorde des droits ou des acheteurs que vous n’avez pas, ou c’est le groupe « Administrators ».
users-group-locked-short = (verrouillé)
users-please-confirm = Veuillez confirmer
users-outcome-invited = Invitation envoyée à { $emails }.
users-outcome-skipped = { $email } n'a pas été invité : { $reason }.
users-outcome-mail-failed = L'e-mail à { $emails } n'a pas pu être envoyé ; copiez plutôt le lien depuis la liste.
users-resent = Une nouvelle invitation a été envoyée à { $email } ; le lien est valable 7 jours.
users-resend-mail-failed = Un nouveau lien a été créé pour { $email }, mais l'e-mail n'a pas pu être envoyé ; copiez plutôt le lien.
users-link-copied = Le lien d'invitation de { $email } a été copié.
users-confirm-revoke = Retirer l'invitation de { $email } ? Le lien cessera de fonctionner.
users-confirm-disable = Désactiver { $email } ? La personne est déconnectée immédiatement et ne peut plus se connecter à ce compte.
users-confirm-enable = Réactiver { $email } ?
users-confirm-remove = Retirer { $email } du compte ? La personne perd l'accès et reçoit un e-mail.
users-revoked = L'invitation de { $email } a été révoquée.
users-disabled = { $email } a été désactivé.
users-enabled = { $email } a été activé.
users-removed = { $email } a été retiré du compte.

### user_filters.rs
users-search = Rechercher un nom ou un e-mail
users-any-status = Tous les statuts
users-role = Rôle
users-any-role = Tous les rôles
users-group = Groupe
users-any-group = Tous les groupes
users-sort-by = Trier par
users-joined = Arrivée
users-last-login = Dernière connexion
users-order = Ordre
users-ascending = Croissant
users-descending = Décroissant

### users_table.rs
users-action-resend = Renvoyer l'invitation
users-action-copy-link = Copier le lien d'invitation
users-action-revoke = Révoquer l'invitation
users-action-remove = Retirer du compte
users-user = Utilisateur
users-groups = Groupes
users-joined-on = arrivé le { $date }
users-invited-on = invité le { $date }
users-never = Jamais
users-actions-for = Actions pour { $name }

### invite_dialog.rs
users-emails = Adresses e-mail
users-emails-hint = Séparez les adresses par des virgules ou des retours à la ligne ; jusqu'à { $max } à la fois ({ $count } saisies).
users-first-name-optional = Prénom (facultatif)
users-last-name-optional = Nom (facultatif)
users-invite-count = Inviter { $count } personnes
users-send-invitation = Envoyer l'invitation

### edit_member_dialog.rs
users-access-saved = L'accès de { $email } a été enregistré.
users-save-access = Enregistrer l'accès

### member_page.rs
users-back = ← Utilisateurs
users-loading-member = Chargement du membre…
users-membership-id = Identifiant d'adhésion
users-person-id = Identifiant de la personne
users-last-updated = Dernière modification
users-last-sign-in = Dernière connexion
users-bulk-confirm-title = Modifier les membres sélectionnés
users-bulk-confirm-disable = Désactiver { $count } membres ? Ils sont déconnectés aussitôt.
users-bulk-confirm-enable = Activer { $count } membres ?
users-bulk-confirm-remove = Retirer { $count } membres du compte ? Ils perdent l’accès et reçoivent un e-mail.
users-bulk-confirm-add-groups = Ajouter { $count } membres aux groupes choisis ?
users-bulk-confirm-remove-groups = Retirer { $count } membres des groupes choisis ?
users-bulk-change-groups = Modifier les groupes
users-bulk-groups-legend = Groupes
users-bulk-add-to = Ajouter à ces groupes
users-bulk-take-out = Retirer de ces groupes
