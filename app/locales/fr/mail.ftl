### Les e-mails envoyés par la console. Chaque paragraphe est un message distinct ; le code
### les assemble avec des lignes vides et place les liens sur leur propre ligne.

mail-hello = Bonjour,
mail-invitation-subject = { $inviter } vous a invité à rejoindre { $account }
mail-invitation-intro = { $inviter } vous a invité à rejoindre { $account } dans Account Settings.
mail-invitation-accept = Accepter l’invitation :
mail-invitation-validity = Le lien est valable 7 jours. Si vous n’attendiez pas cette invitation, vous pouvez ignorer cet e-mail.
mail-removal-subject = Vous avez été retiré de { $account }
mail-removal-intro = { $actor } vous a retiré de { $account } dans Account Settings. Vous n’y avez plus accès.
mail-removal-contact = Si vous pensez qu’il s’agit d’une erreur, contactez les administrateurs du compte.
mail-reset-subject = Réinitialisez votre mot de passe Account Settings
mail-reset-intro = Quelqu’un a demandé la réinitialisation du mot de passe de { $email } dans Account Settings. Si c’était vous, choisissez un nouveau mot de passe ici :
mail-reset-validity = Le lien fonctionne une seule fois, pendant une heure. Si vous n’avez rien demandé, ignorez cet e-mail ; votre mot de passe reste inchangé.
mail-unlock-subject = Connectez-vous à Account Settings malgré le blocage
mail-unlock-intro = Les connexions de { $email } sont suspendues après trop de mots de passe erronés, et quelqu’un vient de saisir le bon mot de passe. Si c’était vous, connectez-vous avec ce lien :
mail-unlock-validity = Le lien fonctionne une seule fois, pendant 30 minutes. Si ce n’était pas vous, changez votre mot de passe : quelqu’un le connaît.
mail-token-expiring-subject = Le jeton d’API « { $name } » expire le { $day }
mail-token-expiring-intro = Le jeton d’API « { $name } » ({ $id }) de { $account } expire le { $when }.
mail-token-expiring-advice = Les requêtes qui l’utilisent seront alors refusées. Créez un nouveau jeton sur la page Jetons d’API et remplacez-le partout où il est utilisé.
mail-token-expired-subject = Le jeton d’API « { $name } » a expiré
mail-token-expired-intro = Le jeton d’API « { $name } » ({ $id }) de { $account } a expiré le { $when }. Les requêtes qui l’utilisent sont refusées.
mail-token-expired-advice = Créez un nouveau jeton sur la page Jetons d’API s’il est encore nécessaire.
mail-footer-preferences = Choisissez les e-mails que vous recevez de { $account } (sans connexion ; le lien est valable 30 jours) :
mail-footer-preferences-profile = Vous pouvez choisir les e-mails que vous recevez de { $account } dans Account Settings, sous Profil → Préférences de notification.

mail-account-changed-subject = { $account } : informations du compte modifiées
mail-account-changed-body =
    { $by } a modifié les informations du compte { $account }.
    
    Consultez-les sur { $url }
mail-usage-alert-subject = { $account } : { $percent } % des { $what } du forfait utilisés
mail-usage-alert-body =
    Le compte { $account } a utilisé { $used } des { $included } { $what } de son forfait { $plan } sur cette période ({ $percent } %).
    
    Voir l’utilisation et changer de forfait : { $url }
mail-card-expiring-subject = { $account } : la carte de paiement expire bientôt
mail-card-expiring-body =
    La carte { $card } enregistrée pour { $account } expire fin { $expiry }.
    
    Ajoutez une nouvelle carte sur { $url }
mail-invoice-subject = { $account } : facture { $number }
mail-invoice-body =
    La facture { $number } de { $account } couvre du { $start } au { $end } : { $total }, à payer le { $due } au plus tard. Le PDF est joint.
    
    Consultez-la sur { $url }
