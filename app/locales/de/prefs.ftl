### A person's e-mail preferences (profile tab and the footer link page).

prefs-title = E-Mail-Einstellungen
prefs-help = Wählen Sie, welche E-Mails Sie von diesem Konto erhalten. Vom Konto vorgeschriebene Kategorien werden immer gesendet.
prefs-legend = Senden Sie mir E-Mails zu
prefs-locked = Immer gesendet
prefs-save = Einstellungen speichern
prefs-saved = Einstellungen gespeichert.
prefs-for = Für { $email } in { $account }.
prefs-sign-in = Bei den Kontoeinstellungen anmelden
prefs-tab = Benachrichtigungen
