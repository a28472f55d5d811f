### E-Mails der Konsole. Jeder Absatz ist eine eigene Nachricht; der Code fügt sie mit
### Leerzeilen zusammen und setzt Links in eine eigene Zeile.

mail-hello = Hallo,
mail-invitation-subject = { $inviter } hat Sie zu { $account } eingeladen
mail-invitation-intro = { $inviter } hat Sie eingeladen, { $account } in Account Settings beizutreten.
mail-invitation-accept = Einladung annehmen:
mail-invitation-validity = Der Link ist 7 Tage gültig. Wenn Sie diese Einladung nicht erwartet haben, können Sie diese E-Mail ignorieren.
mail-removal-subject = Sie wurden aus { $account } entfernt
mail-removal-intro = { $actor } hat Sie in Account Settings aus { $account } entfernt. Sie haben keinen Zugriff mehr darauf.
mail-removal-contact = Wenn Sie das für einen Fehler halten, wenden Sie sich an die Administratoren des Kontos.
mail-reset-subject = Passwort für Account Settings zurücksetzen
mail-reset-intro = Jemand hat angefordert, das Passwort von { $email } in Account Settings zurückzusetzen. Wenn Sie das waren, wählen Sie hier ein neues Passwort:
mail-reset-validity = Der Link funktioniert einmal und eine Stunde lang. Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail; Ihr Passwort bleibt unverändert.
mail-unlock-subject = Trotz Sperre bei Account Settings anmelden
mail-unlock-intro = Anmeldungen für { $email } sind nach zu vielen falschen Passwörtern pausiert, und gerade wurde das richtige Passwort eingegeben. Wenn Sie das waren, melden Sie sich über diesen Link an:
mail-unlock-validity = Der Link funktioniert einmal und 30 Minuten lang. Wenn Sie das nicht waren, ändern Sie Ihr Passwort: Jemand kennt es.
mail-token-expiring-subject = API-Token „{ $name }“ läuft am { $day } ab
mail-token-expiring-intro = Das API-Token „{ $name }“ ({ $id }) von { $account } läuft am { $when } ab.
mail-token-expiring-advice = Anfragen mit diesem Token werden dann abgelehnt. Erstellen Sie auf der Seite API-Tokens ein neues Token und ersetzen Sie es überall, wo es verwendet wird.
mail-token-expired-subject = API-Token „{ $name }“ ist abgelaufen
mail-token-expired-intro = Das API-Token „{ $name }“ ({ $id }) von { $account } ist am { $when } abgelaufen. Anfragen mit diesem Token werden abgelehnt.
mail-token-expired-advice = Erstellen Sie auf der Seite API-Tokens ein neues Token, falls es noch benötigt wird.
mail-footer-preferences = Legen Sie fest, welche E-Mails Sie von { $account } erhalten (ohne Anmeldung; der Link ist 30 Tage gültig):
mail-footer-preferences-profile = Welche E-Mails Sie von { $account } erhalten, legen Sie in Account Settings unter Profil → Benachrichtigungseinstellungen fest.

mail-account-changed-subject = { $account }: Kontodaten geändert
mail-account-changed-body =
    { $by } hat die Daten des Kontos { $account } geändert.
    
    Prüfen Sie sie unter { $url }
mail-usage-alert-subject = { $account }: { $percent } % der { $what } des Tarifs genutzt
mail-usage-alert-body =
    Das Konto { $account } hat in diesem Zeitraum { $used } von { $included } { $what } seines Tarifs { $plan } genutzt ({ $percent } %).
    
    Nutzung ansehen und Tarif ändern: { $url }
mail-card-expiring-subject = { $account }: Die Zahlungskarte läuft bald ab
mail-card-expiring-body =
    Die für { $account } hinterlegte Karte { $card } läuft Ende { $expiry } ab.
    
    Hinterlegen Sie eine neue Karte unter { $url }
mail-invoice-subject = { $account }: Rechnung { $number }
mail-invoice-body =
    Die Rechnung { $number } für { $account } umfasst { $start } bis { $end }: { $total }, fällig am { $due }. Das PDF ist angehängt.
    
    Ansehen unter { $url }
