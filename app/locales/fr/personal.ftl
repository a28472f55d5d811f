### Les cartes de sécurité personnelles de la page de profil : mot de passe, validation en
### deux étapes, sessions.

### password_card.rs
personal-password-title = Changer le mot de passe
personal-current-password = Mot de passe actuel
personal-current-missing = Saisissez votre mot de passe actuel.
personal-new-password = Nouveau mot de passe
personal-new-rules = Le nouveau mot de passe ne respecte pas encore toutes les règles.
personal-sign-out-others = Déconnecter mes autres sessions
personal-password-submit = Changer le mot de passe
personal-password-changed = Mot de passe modifié.
personal-password-changed-others = Mot de passe modifié. Vos autres sessions ont été déconnectées.

### two_step_card.rs
personal-two-step-title = Validation en deux étapes
personal-your-password = Votre mot de passe
personal-codes-save = Enregistrez ces codes de récupération maintenant : ils ne sont affichés qu'une seule fois.
personal-codes-use = Chacun vous permet de vous connecter une fois si vous perdez votre appareil.
personal-recovery-codes = Codes de récupération
personal-codes-copy = Copier les codes
personal-codes-download = Télécharger les codes
personal-codes-saved = Je les ai enregistrés
personal-two-step-on = Activée
personal-two-step-since = depuis le { $time } · { $count ->
    [one] { $count } code de récupération restant
   *[other] { $count } codes de récupération restants
}
personal-turn-off-title = Désactiver
personal-code-or-recovery = Code de votre application, ou code de récupération
personal-turn-off = Désactiver la validation en deux étapes
personal-new-codes = Nouveaux codes de récupération
personal-setup-scan = Scannez ce code QR avec votre application d'authentification, ou saisissez la clé de configuration.
personal-setup-enter = Saisissez le code à 6 chiffres affiché par l'application.
personal-qr-label = Code QR pour votre application d'authentification
personal-setup-key = Clé de configuration :
personal-setup-key-label = Clé de configuration
personal-confirm-label = Confirmer la validation en deux étapes
personal-code-from-app = Code de votre application
personal-confirm-submit = Confirmer et activer
personal-two-step-off = Désactivée. Avec la validation en deux étapes, la connexion demande aussi un code provenant d'une application sur votre téléphone.
personal-setup = Configurer la validation en deux étapes

### sessions_card.rs
personal-sessions-title = Sessions
personal-device = Appareil
personal-ip = Adresse IP
personal-signed-in = Connexion
personal-last-seen = Dernière activité
personal-this-session = Cette session
personal-sign-out = Déconnecter
personal-sign-out-aria = Déconnecter { $device }
personal-session-signed-out = Session déconnectée.
personal-sign-out-all = Déconnecter toutes les autres sessions
personal-signed-out-others = Toutes les autres sessions ont été déconnectées.
