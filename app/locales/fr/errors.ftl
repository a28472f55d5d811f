### Messages d'erreur et de validation que le serveur et la validation partagée envoient en
### anglais ; l'interface les traduit avec t_msg (identifiant = message_id du texte anglais).

## Errors every request can answer with (app/src/error.rs, app/src/components/form_state.rs)

err-please-sign-in-to-continue = Veuillez vous connecter pour continuer.
err-you-don-t-have-permission-to-do-this = Vous n'avez pas l'autorisation de faire cela.
err-not-found = Introuvable.
err-some-fields-need-your-attention = Certains champs nécessitent votre attention.
err-some-fields-need-your-attention-nothing-was-saved = Certains champs nécessitent votre attention ; rien n'a été enregistré.
err-the-server-could-not-be-reached-check-your-connection = Le serveur est injoignable. Vérifiez votre connexion et réessayez.
err-something-went-wrong-on-our-side-please-try-again = Une erreur s'est produite de notre côté. Veuillez réessayer.
err-the-request-was-not-understood = La requête n'a pas été comprise.

## Texts, names and web addresses (app/src/validation/text.rs, web.rs, email.rs)

err-enter-the-account-name = Saisissez le nom du compte.
err-enter-the-group-name = Saisissez le nom du groupe.
err-enter-the-token-name = Saisissez le nom du jeton.
err-enter-the-sender-name = Saisissez le nom de l'expéditeur.
err-enter-the-buyer-name = Saisissez le nom de l'acheteur.
err-enter-the-seller-name = Saisissez le nom du vendeur.
err-enter-the-name = Saisissez le nom.
err-enter-the-first-name = Saisissez le prénom.
err-enter-the-last-name = Saisissez le nom de famille.
err-the-account-name-contains-characters-that-are-not = Le nom du compte contient des caractères non autorisés.
err-the-group-name-contains-characters-that-are-not-allowed = Le nom du groupe contient des caractères non autorisés.
err-the-token-name-contains-characters-that-are-not-allowed = Le nom du jeton contient des caractères non autorisés.
err-the-sender-name-contains-characters-that-are-not-allowed = Le nom de l'expéditeur contient des caractères non autorisés.
err-the-buyer-name-contains-characters-that-are-not-allowed = Le nom de l'acheteur contient des caractères non autorisés.
err-the-seller-name-contains-characters-that-are-not-allowed = Le nom du vendeur contient des caractères non autorisés.
err-the-name-contains-characters-that-are-not-allowed = Le nom contient des caractères non autorisés.
err-the-first-name-contains-characters-that-are-not-allowed = Le prénom contient des caractères non autorisés.
err-the-last-name-contains-characters-that-are-not-allowed = Le nom de famille contient des caractères non autorisés.
err-the-description-contains-characters-that-are-not-allowed = La description contient des caractères non autorisés.
err-the-legal-name-contains-characters-that-are-not-allowed = La raison sociale contient des caractères non autorisés.
err-the-address-line-1-contains-characters-that-are-not = La ligne d'adresse 1 contient des caractères non autorisés.
err-the-address-line-2-contains-characters-that-are-not = La ligne d'adresse 2 contient des caractères non autorisés.
err-the-city-contains-characters-that-are-not-allowed = La ville contient des caractères non autorisés.
err-the-state-or-region-contains-characters-that-are-not = L'État ou la région contient des caractères non autorisés.
err-the-footer-contains-characters-that-are-not-allowed = Le pied de page contient des caractères non autorisés.
err-the-note-contains-characters-that-are-not-allowed = La note contient des caractères non autorisés.
err-the-account-name-must-be-on-one-line = Le nom du compte doit tenir sur une seule ligne.
err-the-account-name-needs-at-least-2-characters = Le nom du compte doit comporter au moins 2 caractères.
err-the-account-name-needs-at-least-one-letter-or-digit = Le nom du compte doit contenir au moins une lettre ou un chiffre.
err-enter-a-web-address-like-https-example-com = Saisissez une adresse web comme https://example.com.
err-a-web-address-can-have-at-most-2048-characters = Une adresse web peut comporter au plus 2048 caractères.
err-only-http-and-https-addresses-are-allowed = Seules les adresses http:// et https:// sont autorisées.
err-enter-an-e-mail-address = Saisissez une adresse e-mail.
err-an-e-mail-address-can-have-at-most-254-characters = Une adresse e-mail peut comporter au plus 254 caractères.
err-enter-an-e-mail-address-like-name-example-com = Saisissez une adresse e-mail comme name@example.com.

## Account, address and contact (app/src/validation/account.rs, address.rs)

err-choose-one-of-the-offered-languages = Choisissez l'une des langues proposées.
err-choose-a-time-zone-from-the-list = Choisissez un fuseau horaire dans la liste.
err-a-tax-id-can-have-at-most-32-characters = Un numéro fiscal peut comporter au plus 32 caractères.
err-a-tax-id-can-only-contain-letters-digits-spaces-and = Un numéro fiscal ne peut contenir que des lettres, des chiffres, des espaces et - . /
err-choose-an-industry-from-the-list = Choisissez un secteur d'activité dans la liste.
err-choose-a-size-from-the-list = Choisissez une taille dans la liste.
err-a-postcode-can-have-at-most-16-characters = Un code postal peut comporter au plus 16 caractères.
err-a-postcode-can-only-contain-letters-digits-spaces-and = Un code postal ne peut contenir que des lettres, des chiffres, des espaces et des traits d'union.
err-choose-a-country-from-the-list = Choisissez un pays dans la liste.
err-enter-the-first-address-line = Saisissez la première ligne d'adresse.
err-enter-the-first-address-line-or-clear-the-address = Saisissez la première ligne d'adresse ou effacez l'adresse.
err-enter-the-city = Saisissez la ville.
err-enter-the-city-or-clear-the-address = Saisissez la ville ou effacez l'adresse.
err-choose-the-country = Choisissez le pays.
err-choose-the-country-or-clear-the-address = Choisissez le pays ou effacez l'adresse.
err-enter-a-phone-number-such-as-49-30-1234567 = Saisissez un numéro de téléphone comme +49 30 1234567.
err-enter-the-contact-s-first-name = Saisissez le prénom du contact.
err-enter-the-contact-s-last-name = Saisissez le nom de famille du contact.
err-enter-the-contact-s-e-mail = Saisissez l'adresse e-mail du contact.

## Audit trail filters and retention (app/src/validation/audit.rs)

err-an-action-has-letters-and-dots-only-like-users = Une action ne contient que des lettres, _ et des points, comme users.membership.update.
err-enter-a-date-as-yyyy-mm-dd = Saisissez une date au format AAAA-MM-JJ.
err-the-end-date-is-before-the-start-date = La date de fin est antérieure à la date de début.
err-use-at-most-200-characters = Utilisez au plus 200 caractères.
err-this-contains-characters-that-are-not-allowed = Ce texte contient des caractères non autorisés.
err-enter-at-least-2-characters-of-a-name-or-an-id = Saisissez au moins 2 caractères d'un nom, ou un identifiant.
err-choose-an-object-type-from-the-list = Choisissez un type d'objet dans la liste.
err-an-id-has-letters-digits-and-dashes-like-ugr-1234-5678 = Un identifiant se compose de lettres, de chiffres et de tirets, comme UGR-1234-5678.
err-enter-a-whole-ip-address-like-203-0-113-7-or-2001-db8-1 = Saisissez une adresse IP complète, comme 203.0.113.7 ou 2001:db8::1.
err-keep-records-for-30-to-3-650-days-or-forever = Conservez les entrées de 30 à 3 650 jours, ou indéfiniment.

## Groups and invitations (app/src/validation/group.rs, invite.rs)

err-choose-at-least-one-buyer-or-allow-all-buyers = Choisissez au moins un acheteur, ou autorisez tous les acheteurs.
err-one-of-the-chosen-buyers-is-not-a-valid-buyer-id = L'un des acheteurs choisis n'est pas un identifiant d'acheteur valide.
err-the-group-name-needs-at-least-2-characters = Le nom du groupe doit comporter au moins 2 caractères.
err-grant-at-least-one-module = Accordez au moins un module.
err-enter-at-least-one-e-mail-address = Saisissez au moins une adresse e-mail.
err-choose-a-role = Choisissez un rôle.
err-choose-at-least-one-group = Choisissez au moins un groupe.

## Logos and notifications (app/src/validation/logo.rs, notifications.rs)

err-the-file-is-empty = Le fichier est vide.
err-use-a-png-jpeg-or-svg-image = Utilisez une image PNG, JPEG ou SVG.
err-this-svg-contains-scripts-or-external-references-export = Ce SVG contient des scripts ou des références externes ; exportez un SVG simple.
err-the-sender-name-must-be-on-one-line = Le nom de l'expéditeur doit tenir sur une seule ligne.
err-user-updates-invitations-removals-password-resets-cannot = Les mises à jour des utilisateurs (invitations, retraits, réinitialisations de mot de passe) ne peuvent pas être désactivées.

## Operations forms (app/src/validation/operations.rs)

err-enter-the-tax-number = Saisissez le numéro fiscal.
err-enter-a-tax-number-such-as-de123456789-4-to-20-letters = Saisissez un numéro fiscal comme DE123456789 (4 à 20 lettres et chiffres).
err-choose-at-least-one-currency = Choisissez au moins une devise.
err-choose-a-seller = Choisissez un vendeur.
err-choose-a-client-account = Choisissez un compte client.
err-choose-one-of-the-account-s-buyers = Choisissez l'un des acheteurs du compte.
err-the-buyer-name-must-be-on-one-line = Le nom de l'acheteur doit tenir sur une seule ligne.
err-the-buyer-name-needs-at-least-2-characters = Le nom de l'acheteur doit comporter au moins 2 caractères.
err-the-seller-name-must-be-on-one-line = Le nom du vendeur doit tenir sur une seule ligne.
err-the-seller-name-needs-at-least-2-characters = Le nom du vendeur doit comporter au moins 2 caractères.

## API tokens (app/src/validation/token.rs)

err-choose-at-least-one-module-the-token-may-use = Choisissez au moins un module que le jeton peut utiliser.
err-choose-a-date-after-today = Choisissez une date postérieure à aujourd'hui.
err-choose-30-60-90-or-365-days-or-a-date = Choisissez 30, 60, 90 ou 365 jours, ou une date.

## Licensees (app/src/validation/trading.rs)

err-use-at-least-2-characters = Utilisez au moins 2 caractères.
err-use-up-to-64-letters-digits-and-for-the-external = Utilisez jusqu'à 64 lettres, chiffres et - _ . / : pour la référence externe.
err-choose-the-buyer = Choisissez l'acheteur.
err-choose-a-seller-of-the-buyer = Choisissez un vendeur de l'acheteur.

## Server answers (app/src/backend/services/*.rs, app/src/api/*.rs)

err-the-e-mail-or-password-is-incorrect = L'adresse e-mail ou le mot de passe est incorrect.
err-your-access-to-every-account-has-been-disabled-ask-an = Votre accès à tous les comptes a été désactivé. Adressez-vous à un administrateur.
err-that-code-is-not-valid-try-the-current-one-or-a-recovery = Ce code n'est pas valide. Essayez le code actuel ou un code de récupération.
err-sign-in-again = Connectez-vous à nouveau.
err-two-step-verification-is-already-on = La vérification en deux étapes est déjà activée.
err-two-step-verification-is-not-on = La vérification en deux étapes n'est pas activée.
err-that-code-is-not-valid-check-that-your-phone-s-clock-is = Ce code n'est pas valide. Vérifiez que l'horloge de votre téléphone est à l'heure et saisissez le code actuel.
err-that-code-is-not-valid-enter-the-current-code-or-a = Ce code n'est pas valide. Saisissez le code actuel ou un code de récupération.
err-start-the-set-up-again-there-is-no-key-waiting-for-a = Recommencez la configuration : aucune clé n'attend de code.
err-the-set-up-changed-meanwhile-start-it-again = La configuration a changé entre-temps. Recommencez-la.
err-this-is-the-session-you-are-using-sign-out-from-the-menu = C'est la session que vous utilisez. Déconnectez-vous plutôt depuis le menu.
err-choose-a-password-different-from-the-current-one = Choisissez un mot de passe différent de l'actuel.
err-this-reset-link-is-not-valid-any-more-ask-for-a-new-one = Ce lien de réinitialisation n'est plus valide. Demandez-en un nouveau.
err-this-is-not-your-current-password = Ce n'est pas votre mot de passe actuel.
err-the-file-could-not-be-read-choose-it-again = Le fichier n'a pas pu être lu. Choisissez-le à nouveau.
err-someone-changed-this-person-after-you-opened-the-list = Quelqu'un a modifié cette personne après l'ouverture de la liste. Rechargez pour voir l'état actuel, puis réessayez.
err-you-cannot-change-your-own-role-ask-another-admin = Vous ne pouvez pas modifier votre propre rôle. Demandez à un autre administrateur.
err-this-is-the-last-admin-of-the-account-make-someone-else = C'est le dernier administrateur du compte ; nommez d'abord quelqu'un d'autre administrateur.
err-only-a-member-who-is-disabled-can-be-enabled = Seul un membre désactivé peut être activé.
err-only-a-member-who-is-active-can-be-disabled = Seul un membre actif peut être désactivé.
err-you-cannot-disable-yourself = Vous ne pouvez pas vous désactiver vous-même.
err-this-is-the-last-active-admin-of-the-account-and-cannot = C'est le dernier administrateur actif du compte ; il ne peut pas être désactivé.
err-you-cannot-remove-yourself-from-the-account = Vous ne pouvez pas vous retirer vous-même du compte.
err-this-is-the-last-admin-of-the-account-and-cannot-be = C'est le dernier administrateur du compte ; il ne peut pas être retiré.
err-one-of-the-chosen-people-is-no-longer-in-this-account = L'une des personnes choisies ne fait plus partie de ce compte.
err-another-group-already-has-this-name = Un autre groupe porte déjà ce nom.
err-the-administrators-group-always-grants-every-module-and = Le groupe Administrators accorde toujours tous les modules et garde son nom.
err-the-administrators-group-always-covers-all-buyers = Le groupe Administrators couvre toujours tous les acheteurs.
err-the-administrators-group-cannot-be-deleted = Le groupe Administrators ne peut pas être supprimé.
err-one-of-the-chosen-groups-does-not-exist-any-more = L'un des groupes choisis n'existe plus.
err-this-person-has-already-accepted-the-invitation = Cette personne a déjà accepté l'invitation.
err-this-invitation-has-expired-send-a-new-one = Cette invitation a expiré. Envoyez-en une nouvelle.
err-this-invitation-link-is-not-valid-check-that-you-copied = Ce lien d'invitation n'est pas valide. Vérifiez que vous l'avez copié en entier.
err-this-invitation-has-already-been-used-sign-in-instead = Cette invitation a déjà été utilisée. Connectez-vous plutôt.
err-this-invitation-was-withdrawn-by-the-account-s = Cette invitation a été retirée par les administrateurs du compte.
err-a-newer-invitation-was-sent-for-this-address-use-the = Une invitation plus récente a été envoyée à cette adresse ; utilisez le lien du dernier e-mail.
err-already-invited-resend-the-invitation-from-the-list = déjà invité : renvoyez plutôt l'invitation depuis la liste
err-already-a-member-of-this-account = déjà membre de ce compte
err-the-platform-operator-disabled-this-buyer-only-they-can = L'opérateur de la plateforme a désactivé cet acheteur ; lui seul peut le réactiver.
err-this-buyer-is-already-enabled = Cet acheteur est déjà activé.
err-this-buyer-is-already-disabled = Cet acheteur est déjà désactivé.
err-this-buyer-is-not-in-this-account = Cet acheteur ne fait pas partie de ce compte.
err-this-buyer-is-not-in-that-account = Cet acheteur ne fait pas partie de ce compte-là.
err-choose-one-of-your-buyers = Choisissez l'un de vos acheteurs.
err-this-buyer-is-disabled-it-cannot-take-new-licensees = Cet acheteur est désactivé : il ne peut pas recevoir de nouveaux licenciés.
err-choose-a-seller-of-this-buyer = Choisissez un vendeur de cet acheteur.
err-this-seller-is-not-active-choose-another-one = Ce vendeur n'est pas actif : choisissez-en un autre.
err-this-licensee-is-already-active = Ce licencié est déjà actif.
err-this-licensee-is-already-disabled = Ce licencié est déjà désactivé.
err-choose-one-of-your-sellers = Choisissez l'un de vos vendeurs.
err-choose-active-offline-or-disabled = Choisissez Actif, Hors ligne ou Désactivé.
err-this-seller-is-already-active = Ce vendeur est déjà actif.
err-this-seller-is-already-offline = Ce vendeur est déjà hors ligne.
err-this-seller-is-already-disabled = Ce vendeur est déjà désactivé.
err-this-account-is-already-enabled = Ce compte est déjà activé.
err-this-account-is-already-disabled = Ce compte est déjà désactivé.
err-the-grace-period-is-at-most-7-days = Le délai de grâce est de 7 jours au plus.
err-one-of-the-chosen-recipients-does-not-exist-in-this = L'un des destinataires choisis n'existe pas dans ce compte.
err-one-of-the-chosen-recipients-is-not-valid = L'un des destinataires choisis n'est pas valide.
err-unknown-notification-category = Catégorie de notification inconnue.
err-this-link-is-invalid-or-has-expired = Ce lien n'est pas valide ou a expiré.
err-unknown-page-link = Lien de page inconnu.
err-unknown-category = Catégorie inconnue.
err-the-page-link-is-not-valid = Le lien de page n'est pas valide.
err-this-cursor-is-not-valid = Ce curseur n'est pas valide.
err-this-record-does-not-match-the-chain-it-or-the-one = Cette entrée ne correspond pas à la chaîne : elle, ou celle qui la précède, a été modifiée, supprimée ou insérée.
err-records-are-missing-the-chain-does-not-end-at-its = Des entrées manquent : la chaîne ne se termine pas à sa tête enregistrée.

## Who may give what (app/src/permissions/grant.rs) and the identity rules of invitations, two-step resets and SVG logos

err-only-an-admin-can-give-the-admin-role = Seul un Admin peut attribuer le rôle Admin.
err-only-an-admin-can-change-an-admin-s-membership = Seul un Admin peut modifier l’adhésion d’un Admin.
err-only-an-admin-can-change-the-administrators-group = Seul un Admin peut modifier le groupe « Administrators ».
err-you-can-only-limit-a-group-to-buyers-you-can-see = Vous ne pouvez limiter un groupe qu’à des acheteurs que vous voyez vous-même.
err-you-can-only-give-access-to-all-buyers-when-you-see-all = Vous ne pouvez donner accès à tous les acheteurs que si vous les voyez tous vous-même.
err-this-member-sees-buyers-you-cannot-see-ask-an-admin-to = Ce membre voit des acheteurs que vous ne voyez pas ; demandez à un Admin de modifier son accès.
err-only-an-admin-can-see-or-regenerate-the-account = Seul un Admin peut voir ou régénérer les identifiants du compte.
err-only-an-admin-can-reset-a-member-s-two-step-verification = Seul un Admin peut réinitialiser la validation en deux étapes d’un membre.
err-only-an-admin-can-change-the-account-s-two-step = Seul un Admin peut modifier la règle du compte sur la validation en deux étapes.
err-only-the-token-s-creator-or-an-admin-can-rotate-it-the = Seul le créateur du jeton ou un Admin peut le renouveler : le nouveau secret agit en son nom.
err-the-name-must-be-on-one-line = Le nom doit tenir sur une ligne.
err-this-address-is-also-invited-to-another-account-so-its = Cette adresse est aussi invitée dans un autre compte : son lien d’invitation n’est envoyé que par e-mail.
err-this-address-is-also-invited-to-another-account-so-only = Cette adresse est aussi invitée dans un autre compte : seul le lien de l’e-mail d’invitation peut définir son mot de passe. Demandez un nouvel e-mail d’invitation.
err-this-address-already-has-a-password-here-enter-it-to = Cette adresse a déjà un mot de passe ici : saisissez-le pour accepter l’invitation.
err-this-person-has-not-joined-the-account-yet-their-sign-in = Cette personne n’a pas encore rejoint le compte ; sa connexion ne regarde pas le compte.
err-this-person-also-belongs-to-another-account-so-only-they = Cette personne appartient aussi à un autre compte : elle seule peut modifier sa validation en deux étapes (un code de récupération la connecte).
err-this-svg-could-not-be-read-export-it-again-as-a-plain = Ce fichier SVG est illisible. Exportez-le à nouveau en SVG simple.
err-this-svg-has-nothing-a-logo-can-show-once-scripts-links = Ce SVG n’a rien qu’un logo puisse afficher une fois les scripts, liens et contenus externes retirés.

## The list kit (services/keyset.rs and the lists that use it)

err-choose-a-status-from-the-list = Choisissez un statut dans la liste.
err-choose-a-sort-order-from-the-list = Choisissez un tri dans la liste.
err-choose-only-modules-that-exist = Choisissez uniquement des modules qui existent.

## The operator's hold on identities (services/tenancy/identities.rs)

err-you-cannot-block-or-delete-your-own-sign-in = Vous ne pouvez pas bloquer ni supprimer votre propre accès.
err-only-an-active-person-can-be-blocked = Seule une personne active peut être bloquée.
err-only-a-blocked-person-can-be-unblocked = Seule une personne bloquée peut être débloquée.
err-this-person-is-already-deleted = Cette personne est déjà supprimée.
err-this-page-is-not-available-offline-it-was-not-opened-on = Cette page n'est pas disponible hors ligne : elle n'a pas été ouverte sur cet appareil en ligne.
# Billing
err-enter-a-whole-number = Saisissez un nombre entier.
err-enter-a-whole-number-digits-only = Saisissez un nombre entier, avec des chiffres uniquement.
err-enter-at-most-1-000-000-000-000 = Saisissez au plus 1 000 000 000 000.
err-enter-at-least-1 = Saisissez au moins 1.
err-enter-an-amount-such-as-49-90 = Saisissez un montant, par exemple 49,90.
err-use-at-most-two-decimals = Utilisez au plus deux décimales.
err-enter-at-most-10-000-000 = Saisissez au plus 10 000 000.
err-enter-the-monthly-price-or-leave-the-whole-row-empty = Saisissez le prix mensuel, ou laissez toute la ligne vide.
err-give-the-plan-a-price-in-at-least-one-currency = Donnez au forfait un prix dans au moins une devise.
err-a-plan-with-this-name-exists-already = Un forfait porte déjà ce nom.
err-the-free-plan-stays-active-accounts-without-a-plan-are = Le forfait Free reste actif : les comptes sans forfait l’utilisent.
err-choose-a-plan-from-the-list = Choisissez un forfait dans la liste.
err-this-plan-is-retired-choose-an-active-plan = Ce forfait n’est plus proposé : choisissez un forfait actif.
err-no-seat-left-on-the-account-s-plan = plus aucune place dans le forfait du compte
err-choose-30-90-or-365-days = Choisissez 30, 90 ou 365 jours.
err-ask-for-at-most-366-days-at-once = Demandez au plus 366 jours à la fois.
err-someone-changed-this-account-s-billing-meanwhile-reload = Quelqu’un a modifié la facturation de ce compte entre-temps. Rechargez, puis réessayez.
err-the-account-is-on-this-plan-already = Le compte est déjà sur ce forfait.
err-this-plan-is-not-sold-in-the-account-s-currency = Ce forfait n’est pas vendu dans la devise du compte.
err-no-downgrade-is-scheduled = Aucun passage à un forfait inférieur n’est prévu.
err-enter-the-card-number-digits-only = Saisissez le numéro de carte, uniquement des chiffres.
err-enter-the-card-number = Saisissez le numéro de carte.
err-use-a-visa-mastercard-american-express-or-discover-card = Utilisez une carte Visa, Mastercard, American Express ou Discover.
err-this-card-number-has-the-wrong-number-of-digits = Ce numéro de carte n’a pas le bon nombre de chiffres.
err-this-card-number-is-not-valid-check-the-digits = Ce numéro de carte n’est pas valide : vérifiez les chiffres.
err-enter-the-expiry-as-mm-yy = Saisissez l’expiration au format MM/AA.
err-this-card-has-expired = Cette carte a expiré.
err-enter-the-4-digit-security-code = Saisissez le code de sécurité à 4 chiffres.
err-enter-the-3-digit-security-code = Saisissez le code de sécurité à 3 chiffres.
err-invoices-go-to-at-most-5-e-mail-addresses = Les factures vont à 5 adresses e-mail au plus.
err-enter-a-percentage-from-0-to-100-with-at-most-two = Saisissez un pourcentage de 0 à 100 avec au plus deux décimales.
err-choose-paid-or-void = Choisissez Payée ou Annulée.
err-only-an-open-invoice-can-be-marked-paid-or-void = Seule une facture ouverte peut être marquée payée ou annulée.
err-someone-changed-this-invoice-meanwhile-reload-then-try-again = Quelqu’un a modifié cette facture entre-temps. Rechargez, puis réessayez.
