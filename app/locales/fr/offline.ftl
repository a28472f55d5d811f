### The offline layer: connection, kept data, drafts, conflicts, install.

offline-state-online = En ligne
offline-state-offline = Hors ligne
offline-state-unreachable = Serveur injoignable
offline-back-online = De retour en ligne
offline-showing-kept = Hors ligne : données du { $time }.
offline-kept-back-online = De retour en ligne. Cette page affiche encore les données du { $time }.
offline-refresh = Actualiser
offline-save-note = Vous êtes hors ligne ; vos modifications sont conservées ici.
offline-draft-offer = Modifications non enregistrées du { $time } :
offline-restore = Restaurer
offline-discard = Abandonner
offline-conflict-title = Quelqu’un d’autre a modifié ceci entre-temps
offline-conflict-text = Ces champs diffèrent entre la version enregistrée et la vôtre. Choisissez pour chacun, puis enregistrez.
offline-conflict-theirs = Enregistrée : { $value }
offline-conflict-yours = La vôtre : { $value }
offline-conflict-use = Utiliser ces choix
offline-install = Installer l’application
