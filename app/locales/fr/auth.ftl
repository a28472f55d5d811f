### La connexion et les pages qui l'entourent (invitation, mot de passe oublié ou nouveau,
### deuxième étape), ainsi que les deux pages hors modules : l'accueil et « introuvable ».

### sign_in.rs
auth-sign-in-title = Se connecter à Paramètres du compte
auth-password = Mot de passe
auth-password-missing = Saisissez votre mot de passe.
auth-restart = Cette connexion a pris trop de temps ou comportait trop de codes erronés. Reconnectez-vous.
auth-locked-hint = S’il s’agit de votre adresse e-mail, saisissez votre mot de passe correct : nous vous enverrons un lien qui vous connecte malgré le blocage.
auth-sign-in = Se connecter
auth-signing-in = Connexion…
auth-forgot-link = Mot de passe oublié ?

### second_step.rs
auth-two-step-title = Validation en deux étapes
auth-two-step-intro = Saisissez le code que votre application d'authentification affiche pour Paramètres du compte. Vous avez perdu votre appareil ? Saisissez plutôt l'un de vos codes de récupération.
auth-code-label = Code de vérification
auth-code-missing = Saisissez le code à 6 chiffres de votre application, ou un code de récupération.
auth-verify = Vérifier
auth-verifying = Vérification…

### forgot_password.rs
auth-forgot-title = Réinitialiser votre mot de passe
auth-forgot-intro = Saisissez l'adresse e-mail avec laquelle vous vous connectez. Nous vous enverrons un lien pour choisir un nouveau mot de passe.
auth-forgot-submit = Envoyer le lien
auth-forgot-sent = Si un compte existe pour cette adresse e-mail, un lien de réinitialisation du mot de passe est en route. Il ne fonctionne qu'une fois, pendant une heure.
auth-back-to-sign-in = Retour à la connexion

### reset_password.rs
auth-reset-title = Choisir un nouveau mot de passe
auth-new-password = Nouveau mot de passe
auth-repeat-password = Répétez le nouveau mot de passe
auth-reset-rules = Choisissez un mot de passe qui respecte toutes les règles.
auth-reset-mismatch = Les deux mots de passe ne sont pas identiques.
auth-reset-submit = Définir le nouveau mot de passe
auth-reset-done = Votre mot de passe a été modifié et vous avez été déconnecté partout.

### accept_invitation.rs
auth-invite-title = Accepter votre invitation
auth-invite-checking = Vérification de l'invitation…
auth-go-sign-in = Aller à la connexion
auth-invite-text = { $inviter } vous a invité à rejoindre { $account }.
auth-invite-email = Vous vous connecterez en tant que { $email }.
auth-first-name = Prénom
auth-last-name = Nom
auth-your-password = Votre mot de passe
auth-choose-password = Choisissez un mot de passe
auth-invite-join = Se connecter et rejoindre
auth-invite-create = Créer mon accès

### home.rs
auth-home-empty-title = Rien à gérer ici pour l'instant
auth-home-empty-text = Votre rôle dans ce compte ne vous donne accès à aucun module de paramètres. Demandez un accès à un administrateur.

### not_found.rs
auth-not-found-title = Page introuvable
auth-not-found-text = Il n'y a aucune page à cette adresse. Elle a peut-être été déplacée, ou le lien est mal saisi.
auth-not-found-home = Aller à Paramètres du compte
