### A person's e-mail preferences (profile tab and the footer link page).

prefs-title = Préférences e-mail
prefs-help = Choisissez les e-mails que vous recevez de ce compte. Les catégories exigées par le compte sont toujours envoyées.
prefs-legend = M’envoyer des e-mails sur
prefs-locked = Toujours envoyé
prefs-save = Enregistrer les préférences
prefs-saved = Préférences enregistrées.
prefs-for = Pour { $email } dans { $account }.
prefs-sign-in = Se connecter aux paramètres du compte
prefs-tab = Notifications
