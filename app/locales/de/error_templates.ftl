### Mit Werten gebildete Fehlermeldungen (app/src/i18n/templates.rs). Die Bezeichnung des
### Felds fehlt absichtlich: die Meldung steht direkt unter dem Feld.

err-tpl-enter-field = Bitte füllen Sie dieses Feld aus.
err-tpl-text-too-long = Höchstens { $max } Zeichen erlaubt (jetzt { $count }).
err-tpl-text-not-allowed = Der Text enthält Zeichen, die nicht erlaubt sind.
err-tpl-one-line = Bitte in einer Zeile.
err-tpl-too-short = Mindestens 2 Zeichen, bitte.
err-tpl-name-too-long = Ein Name darf höchstens { $max } Zeichen haben.
err-tpl-use-at-most = Höchstens { $max } Zeichen, bitte.
err-tpl-no-action = Keine Aktion beginnt mit „{ $action }“.
err-tpl-invite-at-most = Laden Sie höchstens { $max } Personen auf einmal ein ({ $count } eingegeben).
err-tpl-not-emails = Keine E-Mail-Adressen: { $list }
err-tpl-logo-too-big = Das Logo darf höchstens { $max } KB groß sein; diese Datei hat { $size } KB.
err-tpl-not-a-currency = { $code } ist keine Währung, in der diese Plattform abrechnet.
err-tpl-password-needs = Das Passwort braucht: { $problems }.
err-tpl-token-cap = Dieses Konto erlaubt Token mit höchstens { $count ->
        [one] einem Tag
       *[other] { $count } Tagen
    } Laufzeit.
err-tpl-token-date-cap = Wählen Sie ein Datum höchstens { $count ->
        [one] einen Tag
       *[other] { $count } Tage
    } ab heute.
err-tpl-seller-already = Dieser Verkäufer ist bereits { $status ->
        [Active] aktiv
        [Offline] offline
        [Disabled] deaktiviert
       *[other] { $status }
    }.
err-tpl-account-already = Dieses Konto ist bereits { $state ->
        [enabled] aktiviert
        [disabled] deaktiviert
       *[other] { $state }
    }.
err-tpl-group-has-members = { $group } hat noch { $count ->
        [one] ein Mitglied
       *[other] { $count } Mitglieder
    }. Verschieben Sie sie zuerst in eine andere Gruppe.
err-tpl-invitation-expired = Diese Einladung ist abgelaufen. Bitten Sie { $name } um eine neue.
err-tpl-two-step-first = { $email } verwendet die Zwei-Schritt-Verifizierung: Melden Sie sich zuerst an und öffnen Sie diesen Link dann erneut.
err-tpl-only-member-who-is = Nur ein Mitglied mit dem Status { $from ->
        [Active] „Aktiv“
        [Disabled] „Deaktiviert“
       *[other] { $from }
    } kann { $state ->
        [enabled] aktiviert
        [disabled] deaktiviert
       *[other] { $state }
    } werden.
err-tpl-unknown = Unbekannter Wert: { $what }.
err-tpl-conflict-account = { $who ->
        [someone] Jemand anderes
       *[other] { $who }
    } hat das Konto geändert, nachdem Sie diese Seite geladen haben. Laden Sie neu und versuchen Sie es dann erneut.
err-tpl-conflict-account-form = { $who ->
        [someone] Jemand anderes
       *[other] { $who }
    } hat dieses Konto gespeichert, nachdem Sie es geöffnet haben (Revision { $rev }). Ihre Änderungen bleiben im Formular: Laden Sie neu, um die anderen zu sehen, und übernehmen Sie Ihre dann erneut.
err-tpl-conflict-notifications = { $who ->
        [someone] Jemand anderes
       *[other] { $who }
    } hat diese Benachrichtigungseinstellungen gespeichert, nachdem Sie sie geöffnet haben. Ihre Änderungen bleiben im Formular: Laden Sie neu, um die anderen zu sehen, und übernehmen Sie Ihre dann erneut.
err-tpl-conflict-licensee = { $who ->
        [someone] Jemand anderes
       *[other] { $who }
    } hat diesen Lizenznehmer geändert, nachdem Sie ihn geladen haben. Laden Sie neu und versuchen Sie es dann erneut.
err-tpl-conflict-buyer = { $who ->
        [someone] Jemand anderes
       *[other] { $who }
    } hat diesen Käufer geändert, nachdem Sie ihn geladen haben. Laden Sie neu und versuchen Sie es dann erneut.
err-tpl-conflict-token = { $who ->
        [someone] Jemand anderes
       *[other] { $who }
    } hat dieses Token geändert, nachdem Sie es geladen haben. Laden Sie die neueste Version und nehmen Sie Ihre Änderung dann erneut vor.
err-tpl-conflict-group = { $who ->
        [someone] Jemand anderes
       *[other] { $who }
    } hat diese Gruppe geändert, nachdem Sie sie geöffnet haben. Laden Sie neu, um die Änderungen zu sehen.

## Refusals that say what is missing (permissions::Denial)

err-tpl-needs = Dafür brauchen Sie für { $module } die Stufe „{ $level }“.
err-tpl-not-held = Sie können für { $module } nicht die Stufe „{ $level }“ vergeben: Sie haben sie selbst nicht.
err-tpl-role-not-below = Sie können nur Rollen unterhalb Ihrer eigenen ({ $role }) vergeben.
err-tpl-member-holds = Dieses Mitglied hat für { $module } die Stufe „{ $level }“, die Sie nicht haben; bitten Sie einen Admin.
err-tpl-token-holds = Dieses Token hat für { $module } die Stufe „{ $level }“, die Sie nicht haben; bitten Sie einen Admin.
err-tpl-not-entitled = Das Modul { $module } ist für dieses Konto nicht freigeschaltet.
err-tpl-conflict-plan = { $who ->
        [someone] Jemand anderes
       *[other] { $who }
    } hat diesen Tarif geändert, nachdem Sie ihn geladen haben. Laden Sie neu und versuchen Sie es dann erneut.
err-tpl-seats-full = Der Tarif { $plan } umfasst { $count } Plätze, und { $taken } sind durch Mitglieder und offene Einladungen belegt. Bitten Sie einen Betriebs-Admin um einen größeren Tarif.
err-tpl-downgrade-seats = Der Tarif { $plan } umfasst { $count } Plätze, und { $taken } sind belegt. Entfernen Sie zuerst Mitglieder oder Einladungen.
