### Le cadre de chaque page : navigation, en-tête, bandeaux, mots communs.

app-name = Paramètres du compte
lang-label = Langue
nav-settings = Paramètres
nav-account = Compte
nav-users = Utilisateurs
nav-groups = Groupes
nav-api-tokens = Jetons d'API
nav-audit = Journal d'audit
nav-buyers = Acheteurs
nav-licensees = Licenciés
nav-sellers = Vendeurs
nav-notifications = Notifications
nav-billing = Facturation
nav-operations = Exploitation
nav-ops-accounts = Comptes clients
nav-ops-sellers = Vendeurs de la plateforme
nav-ops-people = Personnes
nav-ops-plans = Forfaits
header-switch-account = Changer de compte
header-profile = Profil
header-sign-out = Se déconnecter
shell-skip = Aller au contenu
shell-app-name = Account Settings
shell-page-loading = Chargement de la page…
shell-offline-title = Vous êtes hors ligne
shell-offline-text = Connectez-vous à Internet et identifiez-vous pour utiliser les paramètres du compte.
shell-redirecting = Redirection vers la connexion…
banner-offline = Vous êtes hors ligne. Vous voyez les dernières données chargées sur cet appareil ; les modifications ne pourront être enregistrées qu'une fois de retour en ligne.
banner-update = Une nouvelle version est disponible :
banner-reload = Recharger
noaccess-title = Accès refusé
noaccess-text = Vous n'avez pas accès à cette page. Demandez-le à un administrateur de ce compte si vous en avez besoin.
noaccess-home = Aller à vos paramètres
common-loading = Chargement…
common-rows = { $count ->
    [one] { $count } ligne
   *[other] { $count } lignes
}
