### Account: the account page, its form, logo and API credentials.

### account_page.rs
account-title = Compte
account-subtitle = Les informations, l'adresse et les identifiants d'API de votre organisation.
account-loading = Chargement du compte…
account-meta = { $id } · { $kind } · { $status } · dernière modification le { $date }
account-meta-by = { $id } · { $kind } · { $status } · dernière modification le { $date } par { $name }
account-kind-client = Compte client
account-kind-operations = Compte d'exploitation
account-kind-other = Compte { $kind }

### logo_card.rs
account-logo = Logo
account-logo-alt = Logo du compte

### credentials_card.rs
account-credentials = Identifiants
account-credentials-text = Utilisez-les pour appeler l'API avec tous les droits du compte. Gardez le code d'accès secret.
account-id = Identifiant du compte
account-copy-id = Copier l'identifiant du compte
account-id-copied = Identifiant du compte copié.
account-passcode = Code d'accès
account-show-passcode = Afficher le code d'accès
account-hide-passcode = Masquer le code d'accès
account-copy-passcode = Copier le code d'accès
account-passcode-copied = Code d'accès copié.
account-copy-failed = La copie a échoué ; sélectionnez plutôt le texte.
account-regenerate-passcode = Régénérer le code d'accès
account-regenerate-title = Régénérer le code d'accès ?
account-regenerate = Régénérer
account-regenerate-text = Tout ce qui utilise le code d'accès actuel cesse immédiatement de fonctionner. Cette action est irréversible.
account-passcode-regenerated = Un nouveau code d'accès a été généré. L'ancien ne fonctionne plus.

### account_form.rs
account-saved = Compte enregistré.
account-name = Nom du compte
account-website = Site web
account-website-hint = Par exemple https://example.com
account-support-email = E-mail du support
account-language = Langue préférée
account-language-hint = Langue par défaut des membres et des e-mails qu'ils reçoivent.
account-description = Description
account-description-hint = 2000 caractères au maximum.
account-headquarters = Adresse du siège
account-not-set = Non renseigné
account-timezone = Fuseau horaire du compte
account-timezone-hint = Utilisé pour les rapports et les e-mails programmés.
account-organization = Organisation
account-legal-name = Raison sociale
account-tax-id = Numéro fiscal
account-tax-id-hint = Numéro de TVA ou autre numéro fiscal.
account-industry = Secteur d'activité
account-company-size = Taille de l'entreprise
account-enabled-modules = Modules activés
account-modules-note = Définis par votre contrat ; contactez le support pour les modifier.
account-discard = Annuler les modifications
account-industries-agriculture = Agriculture
account-industries-automotive = Automobile
account-industries-banking-and-finance = Banque et finance
account-industries-construction = Construction
account-industries-consulting = Conseil
account-industries-education = Éducation
account-industries-energy-and-utilities = Énergie et services publics
account-industries-government = Administration publique
account-industries-healthcare = Santé
account-industries-hospitality = Hôtellerie et restauration
account-industries-insurance = Assurance
account-industries-logistics = Logistique
account-industries-manufacturing = Industrie manufacturière
account-industries-media-and-entertainment = Médias et divertissement
account-industries-non-profit = Associatif
account-industries-pharmaceuticals = Pharmacie
account-industries-real-estate = Immobilier
account-industries-retail = Commerce de détail
account-industries-software-and-it = Logiciels et informatique
account-industries-telecommunications = Télécommunications
account-industries-other = Autre
