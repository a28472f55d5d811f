### Messages d'erreur construits avec des valeurs (app/src/i18n/templates.rs). Le libellé du
### champ est omis exprès : le message s'affiche sous le champ.

err-tpl-enter-field = Veuillez renseigner ce champ.
err-tpl-text-too-long = { $max } caractères au maximum (actuellement { $count }).
err-tpl-text-not-allowed = Le texte contient des caractères non autorisés.
err-tpl-one-line = Sur une seule ligne, s'il vous plaît.
err-tpl-too-short = Au moins 2 caractères, s'il vous plaît.
err-tpl-name-too-long = Un nom peut comporter au maximum { $max } caractères.
err-tpl-use-at-most = { $max } caractères au maximum.
err-tpl-no-action = Aucune action ne commence par « { $action } ».
err-tpl-invite-at-most = Invitez au maximum { $max } personnes à la fois ({ $count } saisies).
err-tpl-not-emails = Adresses e-mail non valides : { $list }
err-tpl-logo-too-big = Le logo peut faire au maximum { $max } Ko ; ce fichier fait { $size } Ko.
err-tpl-not-a-currency = { $code } n'est pas une devise dans laquelle cette plateforme facture.
err-tpl-password-needs = Le mot de passe doit contenir : { $problems }.
err-tpl-token-cap = Ce compte autorise des jetons d'une durée maximale de { $count ->
        [one] un jour
       *[other] { $count } jours
    }.
err-tpl-token-date-cap = Choisissez une date au plus { $count ->
        [one] un jour
       *[other] { $count } jours
    } après aujourd'hui.
err-tpl-seller-already = Ce vendeur est déjà { $status ->
        [Active] actif
        [Offline] hors ligne
        [Disabled] désactivé
       *[other] { $status }
    }.
err-tpl-account-already = Ce compte est déjà { $state ->
        [enabled] activé
        [disabled] désactivé
       *[other] { $state }
    }.
err-tpl-group-has-members = { $group } a encore { $count ->
        [one] un membre
       *[other] { $count } membres
    }. Déplacez-les d'abord vers un autre groupe.
err-tpl-invitation-expired = Cette invitation a expiré. Demandez-en une nouvelle à { $name }.
err-tpl-two-step-first = { $email } utilise la vérification en deux étapes : connectez-vous d'abord, puis ouvrez à nouveau ce lien.
err-tpl-only-member-who-is = Seul un membre { $from ->
        [Active] actif
        [Disabled] désactivé
       *[other] { $from }
    } peut être { $state ->
        [enabled] activé
        [disabled] désactivé
       *[other] { $state }
    }.
err-tpl-unknown = Valeur inconnue : { $what }.
err-tpl-conflict-account = { $who ->
        [someone] Quelqu'un d'autre
       *[other] { $who }
    } a modifié le compte après le chargement de cette page. Rechargez-la, puis réessayez.
err-tpl-conflict-account-form = { $who ->
        [someone] Quelqu'un d'autre
       *[other] { $who }
    } a enregistré ce compte après que vous l'avez ouvert (révision { $rev }). Vos modifications restent dans le formulaire : rechargez pour voir les siennes, puis appliquez à nouveau les vôtres.
err-tpl-conflict-notifications = { $who ->
        [someone] Quelqu'un d'autre
       *[other] { $who }
    } a enregistré ces paramètres de notification après que vous les avez ouverts. Vos modifications restent dans le formulaire : rechargez pour voir les siennes, puis appliquez à nouveau les vôtres.
err-tpl-conflict-licensee = { $who ->
        [someone] Quelqu'un d'autre
       *[other] { $who }
    } a modifié ce licencié après que vous l'avez chargé. Rechargez, puis réessayez.
err-tpl-conflict-buyer = { $who ->
        [someone] Quelqu'un d'autre
       *[other] { $who }
    } a modifié cet acheteur après que vous l'avez chargé. Rechargez, puis réessayez.
err-tpl-conflict-token = { $who ->
        [someone] Quelqu'un d'autre
       *[other] { $who }
    } a modifié ce jeton après que vous l'avez chargé. Chargez la dernière version, puis refaites votre modification.
err-tpl-conflict-group = { $who ->
        [someone] Quelqu'un d'autre
       *[other] { $who }
    } a modifié ce groupe après que vous l'avez ouvert. Rechargez pour voir ses modifications.

## Refusals that say what is missing (permissions::Denial)

err-tpl-needs = Il vous faut le niveau « { $level } » sur { $module } pour cela.
err-tpl-not-held = Vous ne pouvez pas accorder le niveau « { $level } » sur { $module } : vous ne l’avez pas vous-même.
err-tpl-role-not-below = Vous ne pouvez attribuer que des rôles inférieurs au vôtre ({ $role }).
err-tpl-member-holds = Ce membre a le niveau « { $level } » sur { $module }, que vous n’avez pas ; demandez à un Admin.
err-tpl-token-holds = Ce jeton a le niveau « { $level } » sur { $module }, que vous n’avez pas ; demandez à un Admin.
err-tpl-not-entitled = Le module { $module } n’est pas activé pour ce compte.
err-tpl-conflict-plan = { $who ->
        [someone] Quelqu'un d'autre
       *[other] { $who }
    } a modifié ce forfait après son chargement. Rechargez, puis réessayez.
err-tpl-seats-full = Le forfait { $plan } comprend { $count } places, et { $taken } sont prises par des membres et des invitations en attente. Demandez un forfait plus grand à un administrateur des opérations.
err-tpl-downgrade-seats = Le forfait { $plan } comprend { $count } places et { $taken } sont prises. Retirez d’abord des membres ou des invitations.
