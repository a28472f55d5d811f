### Fehler- und Prüfmeldungen, die der Server und die gemeinsame Validierung auf Englisch
### senden; die Oberfläche übersetzt sie mit t_msg (ID = message_id des englischen Texts).

## Errors every request can answer with (app/src/error.rs, app/src/components/form_state.rs)

err-please-sign-in-to-continue = Bitte melden Sie sich an, um fortzufahren.
err-you-don-t-have-permission-to-do-this = Sie sind dazu nicht berechtigt.
err-not-found = Nicht gefunden.
err-some-fields-need-your-attention = Einige Felder erfordern Ihre Aufmerksamkeit.
err-some-fields-need-your-attention-nothing-was-saved = Einige Felder erfordern Ihre Aufmerksamkeit; es wurde nichts gespeichert.
err-the-server-could-not-be-reached-check-your-connection = Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.
err-something-went-wrong-on-our-side-please-try-again = Bei uns ist ein Fehler aufgetreten. Bitte versuchen Sie es erneut.
err-the-request-was-not-understood = Die Anfrage wurde nicht verstanden.

## Texts, names and web addresses (app/src/validation/text.rs, web.rs, email.rs)

err-enter-the-account-name = Geben Sie den Kontonamen ein.
err-enter-the-group-name = Geben Sie den Gruppennamen ein.
err-enter-the-token-name = Geben Sie den Token-Namen ein.
err-enter-the-sender-name = Geben Sie den Absendernamen ein.
err-enter-the-buyer-name = Geben Sie den Namen des Käufers ein.
err-enter-the-seller-name = Geben Sie den Namen des Verkäufers ein.
err-enter-the-name = Geben Sie den Namen ein.
err-enter-the-first-name = Geben Sie den Vornamen ein.
err-enter-the-last-name = Geben Sie den Nachnamen ein.
err-the-account-name-contains-characters-that-are-not = Der Kontoname enthält unzulässige Zeichen.
err-the-group-name-contains-characters-that-are-not-allowed = Der Gruppenname enthält unzulässige Zeichen.
err-the-token-name-contains-characters-that-are-not-allowed = Der Token-Name enthält unzulässige Zeichen.
err-the-sender-name-contains-characters-that-are-not-allowed = Der Absendername enthält unzulässige Zeichen.
err-the-buyer-name-contains-characters-that-are-not-allowed = Der Name des Käufers enthält unzulässige Zeichen.
err-the-seller-name-contains-characters-that-are-not-allowed = Der Name des Verkäufers enthält unzulässige Zeichen.
err-the-name-contains-characters-that-are-not-allowed = Der Name enthält unzulässige Zeichen.
err-the-first-name-contains-characters-that-are-not-allowed = Der Vorname enthält unzulässige Zeichen.
err-the-last-name-contains-characters-that-are-not-allowed = Der Nachname enthält unzulässige Zeichen.
err-the-description-contains-characters-that-are-not-allowed = Die Beschreibung enthält unzulässige Zeichen.
err-the-legal-name-contains-characters-that-are-not-allowed = Der rechtliche Name enthält unzulässige Zeichen.
err-the-address-line-1-contains-characters-that-are-not = Adresszeile 1 enthält unzulässige Zeichen.
err-the-address-line-2-contains-characters-that-are-not = Adresszeile 2 enthält unzulässige Zeichen.
err-the-city-contains-characters-that-are-not-allowed = Der Ort enthält unzulässige Zeichen.
err-the-state-or-region-contains-characters-that-are-not = Bundesland oder Region enthält unzulässige Zeichen.
err-the-footer-contains-characters-that-are-not-allowed = Die Fußzeile enthält unzulässige Zeichen.
err-the-note-contains-characters-that-are-not-allowed = Der Hinweis enthält unzulässige Zeichen.
err-the-account-name-must-be-on-one-line = Der Kontoname muss in einer Zeile stehen.
err-the-account-name-needs-at-least-2-characters = Der Kontoname muss mindestens 2 Zeichen haben.
err-the-account-name-needs-at-least-one-letter-or-digit = Der Kontoname muss mindestens einen Buchstaben oder eine Ziffer enthalten.
err-enter-a-web-address-like-https-example-com = Geben Sie eine Webadresse wie https://example.com ein.
err-a-web-address-can-have-at-most-2048-characters = Eine Webadresse darf höchstens 2048 Zeichen haben.
err-only-http-and-https-addresses-are-allowed = Nur http://- und https://-Adressen sind zulässig.
err-enter-an-e-mail-address = Geben Sie eine E-Mail-Adresse ein.
err-an-e-mail-address-can-have-at-most-254-characters = Eine E-Mail-Adresse darf höchstens 254 Zeichen haben.
err-enter-an-e-mail-address-like-name-example-com = Geben Sie eine E-Mail-Adresse wie name@example.com ein.

## Account, address and contact (app/src/validation/account.rs, address.rs)

err-choose-one-of-the-offered-languages = Wählen Sie eine der angebotenen Sprachen.
err-choose-a-time-zone-from-the-list = Wählen Sie eine Zeitzone aus der Liste.
err-a-tax-id-can-have-at-most-32-characters = Eine Steuernummer darf höchstens 32 Zeichen haben.
err-a-tax-id-can-only-contain-letters-digits-spaces-and = Eine Steuernummer darf nur Buchstaben, Ziffern, Leerzeichen und - . / enthalten.
err-choose-an-industry-from-the-list = Wählen Sie eine Branche aus der Liste.
err-choose-a-size-from-the-list = Wählen Sie eine Größe aus der Liste.
err-a-postcode-can-have-at-most-16-characters = Eine Postleitzahl darf höchstens 16 Zeichen haben.
err-a-postcode-can-only-contain-letters-digits-spaces-and = Eine Postleitzahl darf nur Buchstaben, Ziffern, Leerzeichen und Bindestriche enthalten.
err-choose-a-country-from-the-list = Wählen Sie ein Land aus der Liste.
err-enter-the-first-address-line = Geben Sie die erste Adresszeile ein.
err-enter-the-first-address-line-or-clear-the-address = Geben Sie die erste Adresszeile ein oder leeren Sie die Adresse.
err-enter-the-city = Geben Sie den Ort ein.
err-enter-the-city-or-clear-the-address = Geben Sie den Ort ein oder leeren Sie die Adresse.
err-choose-the-country = Wählen Sie das Land.
err-choose-the-country-or-clear-the-address = Wählen Sie das Land oder leeren Sie die Adresse.
err-enter-a-phone-number-such-as-49-30-1234567 = Geben Sie eine Telefonnummer wie +49 30 1234567 ein.
err-enter-the-contact-s-first-name = Geben Sie den Vornamen der Kontaktperson ein.
err-enter-the-contact-s-last-name = Geben Sie den Nachnamen der Kontaktperson ein.
err-enter-the-contact-s-e-mail = Geben Sie die E-Mail-Adresse der Kontaktperson ein.

## Audit trail filters and retention (app/src/validation/audit.rs)

err-an-action-has-letters-and-dots-only-like-users = Eine Aktion besteht nur aus Buchstaben, _ und Punkten, z. B. users.membership.update.
err-enter-a-date-as-yyyy-mm-dd = Geben Sie ein Datum im Format JJJJ-MM-TT ein.
err-the-end-date-is-before-the-start-date = Das Enddatum liegt vor dem Startdatum.
err-use-at-most-200-characters = Verwenden Sie höchstens 200 Zeichen.
err-this-contains-characters-that-are-not-allowed = Dies enthält unzulässige Zeichen.
err-enter-at-least-2-characters-of-a-name-or-an-id = Geben Sie mindestens 2 Zeichen eines Namens oder eine ID ein.
err-choose-an-object-type-from-the-list = Wählen Sie einen Objekttyp aus der Liste.
err-an-id-has-letters-digits-and-dashes-like-ugr-1234-5678 = Eine ID besteht aus Buchstaben, Ziffern und Bindestrichen, z. B. UGR-1234-5678.
err-enter-a-whole-ip-address-like-203-0-113-7-or-2001-db8-1 = Geben Sie eine vollständige IP-Adresse ein, z. B. 203.0.113.7 oder 2001:db8::1.
err-keep-records-for-30-to-3-650-days-or-forever = Bewahren Sie Einträge 30 bis 3.650 Tage oder unbegrenzt auf.

## Groups and invitations (app/src/validation/group.rs, invite.rs)

err-choose-at-least-one-buyer-or-allow-all-buyers = Wählen Sie mindestens einen Käufer oder lassen Sie alle Käufer zu.
err-one-of-the-chosen-buyers-is-not-a-valid-buyer-id = Einer der gewählten Käufer ist keine gültige Käufer-ID.
err-the-group-name-needs-at-least-2-characters = Der Gruppenname muss mindestens 2 Zeichen haben.
err-grant-at-least-one-module = Gewähren Sie mindestens ein Modul.
err-enter-at-least-one-e-mail-address = Geben Sie mindestens eine E-Mail-Adresse ein.
err-choose-a-role = Wählen Sie eine Rolle.
err-choose-at-least-one-group = Wählen Sie mindestens eine Gruppe.

## Logos and notifications (app/src/validation/logo.rs, notifications.rs)

err-the-file-is-empty = Die Datei ist leer.
err-use-a-png-jpeg-or-svg-image = Verwenden Sie ein PNG-, JPEG- oder SVG-Bild.
err-this-svg-contains-scripts-or-external-references-export = Diese SVG-Datei enthält Skripte oder externe Verweise; exportieren Sie ein einfaches SVG.
err-the-sender-name-must-be-on-one-line = Der Absendername muss in einer Zeile stehen.
err-user-updates-invitations-removals-password-resets-cannot = Benutzer-Mitteilungen (Einladungen, Entfernungen, Passwort-Zurücksetzungen) können nicht deaktiviert werden.

## Operations forms (app/src/validation/operations.rs)

err-enter-the-tax-number = Geben Sie die Steuernummer ein.
err-enter-a-tax-number-such-as-de123456789-4-to-20-letters = Geben Sie eine Steuernummer wie DE123456789 ein (4 bis 20 Buchstaben und Ziffern).
err-choose-at-least-one-currency = Wählen Sie mindestens eine Währung.
err-choose-a-seller = Wählen Sie einen Verkäufer.
err-choose-a-client-account = Wählen Sie ein Kundenkonto.
err-choose-one-of-the-account-s-buyers = Wählen Sie einen der Käufer des Kontos.
err-the-buyer-name-must-be-on-one-line = Der Name des Käufers muss in einer Zeile stehen.
err-the-buyer-name-needs-at-least-2-characters = Der Name des Käufers muss mindestens 2 Zeichen haben.
err-the-seller-name-must-be-on-one-line = Der Name des Verkäufers muss in einer Zeile stehen.
err-the-seller-name-needs-at-least-2-characters = Der Name des Verkäufers muss mindestens 2 Zeichen haben.

## API tokens (app/src/validation/token.rs)

err-choose-at-least-one-module-the-token-may-use = Wählen Sie mindestens ein Modul, das das Token verwenden darf.
err-choose-a-date-after-today = Wählen Sie ein Datum nach dem heutigen Tag.
err-choose-30-60-90-or-365-days-or-a-date = Wählen Sie 30, 60, 90 oder 365 Tage oder ein Datum.

## Licensees (app/src/validation/trading.rs)

err-use-at-least-2-characters = Verwenden Sie mindestens 2 Zeichen.
err-use-up-to-64-letters-digits-and-for-the-external = Verwenden Sie für die externe Referenz bis zu 64 Buchstaben, Ziffern und - _ . / :
err-choose-the-buyer = Wählen Sie den Käufer.
err-choose-a-seller-of-the-buyer = Wählen Sie einen Verkäufer des Käufers.

## Server answers (app/src/backend/services/*.rs, app/src/api/*.rs)

err-the-e-mail-or-password-is-incorrect = Die E-Mail-Adresse oder das Passwort ist falsch.
err-your-access-to-every-account-has-been-disabled-ask-an = Ihr Zugriff auf alle Konten wurde deaktiviert. Wenden Sie sich an einen Administrator.
err-that-code-is-not-valid-try-the-current-one-or-a-recovery = Dieser Code ist ungültig. Versuchen Sie den aktuellen Code oder einen Wiederherstellungscode.
err-sign-in-again = Melden Sie sich erneut an.
err-two-step-verification-is-already-on = Die Zwei-Schritt-Verifizierung ist bereits eingeschaltet.
err-two-step-verification-is-not-on = Die Zwei-Schritt-Verifizierung ist nicht eingeschaltet.
err-that-code-is-not-valid-check-that-your-phone-s-clock-is = Dieser Code ist ungültig. Prüfen Sie, ob die Uhr Ihres Telefons richtig geht, und geben Sie den aktuellen Code ein.
err-that-code-is-not-valid-enter-the-current-code-or-a = Dieser Code ist ungültig. Geben Sie den aktuellen Code oder einen Wiederherstellungscode ein.
err-start-the-set-up-again-there-is-no-key-waiting-for-a = Starten Sie die Einrichtung erneut: Es wartet kein Schlüssel auf einen Code.
err-the-set-up-changed-meanwhile-start-it-again = Die Einrichtung wurde inzwischen geändert. Starten Sie sie erneut.
err-this-is-the-session-you-are-using-sign-out-from-the-menu = Dies ist die Sitzung, die Sie gerade verwenden. Melden Sie sich stattdessen über das Menü ab.
err-choose-a-password-different-from-the-current-one = Wählen Sie ein anderes Passwort als das aktuelle.
err-this-reset-link-is-not-valid-any-more-ask-for-a-new-one = Dieser Link zum Zurücksetzen ist nicht mehr gültig. Fordern Sie einen neuen an.
err-this-is-not-your-current-password = Das ist nicht Ihr aktuelles Passwort.
err-the-file-could-not-be-read-choose-it-again = Die Datei konnte nicht gelesen werden. Wählen Sie sie erneut.
err-someone-changed-this-person-after-you-opened-the-list = Jemand hat diese Person geändert, nachdem Sie die Liste geöffnet hatten. Laden Sie neu, um den aktuellen Stand zu sehen, und versuchen Sie es dann erneut.
err-you-cannot-change-your-own-role-ask-another-admin = Sie können Ihre eigene Rolle nicht ändern. Wenden Sie sich an einen anderen Admin.
err-this-is-the-last-admin-of-the-account-make-someone-else = Dies ist der letzte Admin des Kontos; machen Sie zuerst jemand anderen zum Admin.
err-only-a-member-who-is-disabled-can-be-enabled = Nur deaktivierte Mitglieder können aktiviert werden.
err-only-a-member-who-is-active-can-be-disabled = Nur aktive Mitglieder können deaktiviert werden.
err-you-cannot-disable-yourself = Sie können sich nicht selbst deaktivieren.
err-this-is-the-last-active-admin-of-the-account-and-cannot = Dies ist der letzte aktive Admin des Kontos und kann nicht deaktiviert werden.
err-you-cannot-remove-yourself-from-the-account = Sie können sich nicht selbst aus dem Konto entfernen.
err-this-is-the-last-admin-of-the-account-and-cannot-be = Dies ist der letzte Admin des Kontos und kann nicht entfernt werden.
err-one-of-the-chosen-people-is-no-longer-in-this-account = Eine der gewählten Personen gehört nicht mehr zu diesem Konto.
err-another-group-already-has-this-name = Eine andere Gruppe hat bereits diesen Namen.
err-the-administrators-group-always-grants-every-module-and = Die Gruppe Administrators gewährt immer alle Module und behält ihren Namen.
err-the-administrators-group-always-covers-all-buyers = Die Gruppe Administrators umfasst immer alle Käufer.
err-the-administrators-group-cannot-be-deleted = Die Gruppe Administrators kann nicht gelöscht werden.
err-one-of-the-chosen-groups-does-not-exist-any-more = Eine der gewählten Gruppen existiert nicht mehr.
err-this-person-has-already-accepted-the-invitation = Diese Person hat die Einladung bereits angenommen.
err-this-invitation-has-expired-send-a-new-one = Diese Einladung ist abgelaufen. Senden Sie eine neue.
err-this-invitation-link-is-not-valid-check-that-you-copied = Dieser Einladungslink ist ungültig. Prüfen Sie, ob Sie ihn vollständig kopiert haben.
err-this-invitation-has-already-been-used-sign-in-instead = Diese Einladung wurde bereits verwendet. Melden Sie sich stattdessen an.
err-this-invitation-was-withdrawn-by-the-account-s = Diese Einladung wurde von den Administratoren des Kontos zurückgezogen.
err-a-newer-invitation-was-sent-for-this-address-use-the = Für diese Adresse wurde eine neuere Einladung gesendet; verwenden Sie den Link in der neuesten E-Mail.
err-already-invited-resend-the-invitation-from-the-list = bereits eingeladen: Senden Sie die Einladung stattdessen erneut aus der Liste
err-already-a-member-of-this-account = bereits Mitglied dieses Kontos
err-the-platform-operator-disabled-this-buyer-only-they-can = Der Plattformbetreiber hat diesen Käufer deaktiviert; nur er kann ihn wieder aktivieren.
err-this-buyer-is-already-enabled = Dieser Käufer ist bereits aktiviert.
err-this-buyer-is-already-disabled = Dieser Käufer ist bereits deaktiviert.
err-this-buyer-is-not-in-this-account = Dieser Käufer gehört nicht zu diesem Konto.
err-this-buyer-is-not-in-that-account = Dieser Käufer gehört nicht zu jenem Konto.
err-choose-one-of-your-buyers = Wählen Sie einen Ihrer Käufer.
err-this-buyer-is-disabled-it-cannot-take-new-licensees = Dieser Käufer ist deaktiviert: Er kann keine neuen Lizenznehmer erhalten.
err-choose-a-seller-of-this-buyer = Wählen Sie einen Verkäufer dieses Käufers.
err-this-seller-is-not-active-choose-another-one = Dieser Verkäufer ist nicht aktiv: Wählen Sie einen anderen.
err-this-licensee-is-already-active = Dieser Lizenznehmer ist bereits aktiv.
err-this-licensee-is-already-disabled = Dieser Lizenznehmer ist bereits deaktiviert.
err-choose-one-of-your-sellers = Wählen Sie einen Ihrer Verkäufer.
err-choose-active-offline-or-disabled = Wählen Sie Aktiv, Offline oder Deaktiviert.
err-this-seller-is-already-active = Dieser Verkäufer ist bereits aktiv.
err-this-seller-is-already-offline = Dieser Verkäufer ist bereits offline.
err-this-seller-is-already-disabled = Dieser Verkäufer ist bereits deaktiviert.
err-this-account-is-already-enabled = Dieses Konto ist bereits aktiviert.
err-this-account-is-already-disabled = Dieses Konto ist bereits deaktiviert.
err-the-grace-period-is-at-most-7-days = Die Übergangsfrist beträgt höchstens 7 Tage.
err-one-of-the-chosen-recipients-does-not-exist-in-this = Einer der gewählten Empfänger existiert in diesem Konto nicht.
err-one-of-the-chosen-recipients-is-not-valid = Einer der gewählten Empfänger ist ungültig.
err-unknown-notification-category = Unbekannte Benachrichtigungskategorie.
err-this-link-is-invalid-or-has-expired = Dieser Link ist ungültig oder abgelaufen.
err-unknown-page-link = Unbekannter Seitenlink.
err-unknown-category = Unbekannte Kategorie.
err-the-page-link-is-not-valid = Der Seitenlink ist ungültig.
err-this-cursor-is-not-valid = Dieser Cursor ist ungültig.
err-this-record-does-not-match-the-chain-it-or-the-one = Dieser Eintrag passt nicht zur Kette: Er oder der Eintrag davor wurde geändert, entfernt oder eingefügt.
err-records-are-missing-the-chain-does-not-end-at-its = Es fehlen Einträge: Die Kette endet nicht an ihrem gespeicherten Ende.

## Who may give what (app/src/permissions/grant.rs) and the identity rules of invitations, two-step resets and SVG logos

err-only-an-admin-can-give-the-admin-role = Nur ein Admin kann die Rolle Admin vergeben.
err-only-an-admin-can-change-an-admin-s-membership = Nur ein Admin kann die Mitgliedschaft eines Admins ändern.
err-only-an-admin-can-change-the-administrators-group = Nur ein Admin kann die Gruppe „Administrators“ ändern.
err-you-can-only-limit-a-group-to-buyers-you-can-see = Sie können eine Gruppe nur auf Käufer beschränken, die Sie selbst sehen.
err-you-can-only-give-access-to-all-buyers-when-you-see-all = Zugriff auf alle Käufer können Sie nur geben, wenn Sie selbst alle Käufer sehen.
err-this-member-sees-buyers-you-cannot-see-ask-an-admin-to = Dieses Mitglied sieht Käufer, die Sie nicht sehen; bitten Sie einen Admin, den Zugriff zu ändern.
err-only-an-admin-can-see-or-regenerate-the-account = Nur ein Admin kann die Zugangsdaten des Kontos sehen oder neu erzeugen.
err-only-an-admin-can-reset-a-member-s-two-step-verification = Nur ein Admin kann die Zwei-Schritt-Verifizierung eines Mitglieds zurücksetzen.
err-only-an-admin-can-change-the-account-s-two-step = Nur ein Admin kann die Regel des Kontos zur Zwei-Schritt-Verifizierung ändern.
err-only-the-token-s-creator-or-an-admin-can-rotate-it-the = Nur der Ersteller des Tokens oder ein Admin kann es rotieren: Das neue Geheimnis handelt als sein Ersteller.
err-the-name-must-be-on-one-line = Der Name muss in eine Zeile passen.
err-this-address-is-also-invited-to-another-account-so-its = Diese Adresse ist auch in ein anderes Konto eingeladen, daher wird ihr Einladungslink nur per E-Mail gesendet.
err-this-address-is-also-invited-to-another-account-so-only = Diese Adresse ist auch in ein anderes Konto eingeladen, daher kann nur der Link aus der Einladungs-E-Mail ihr Passwort festlegen. Bitten Sie um eine neue Einladungs-E-Mail.
err-this-address-already-has-a-password-here-enter-it-to = Diese Adresse hat hier bereits ein Passwort: Geben Sie es ein, um die Einladung anzunehmen.
err-this-person-has-not-joined-the-account-yet-their-sign-in = Diese Person ist dem Konto noch nicht beigetreten; ihre Anmeldung geht das Konto nichts an.
err-this-person-also-belongs-to-another-account-so-only-they = Diese Person gehört auch zu einem anderen Konto, daher kann nur sie selbst ihre Zwei-Schritt-Verifizierung ändern (ein Wiederherstellungscode meldet sie an).
err-this-svg-could-not-be-read-export-it-again-as-a-plain = Diese SVG-Datei konnte nicht gelesen werden. Exportieren Sie sie erneut als einfache SVG-Datei.
err-this-svg-has-nothing-a-logo-can-show-once-scripts-links = Diese SVG-Datei enthält nichts, was ein Logo zeigen kann, wenn Skripte, Links und externe Inhalte entfernt sind.

## The list kit (services/keyset.rs and the lists that use it)

err-choose-a-status-from-the-list = Wählen Sie einen Status aus der Liste.
err-choose-a-sort-order-from-the-list = Wählen Sie eine Sortierung aus der Liste.
err-choose-only-modules-that-exist = Wählen Sie nur Module, die es gibt.

## The operator's hold on identities (services/tenancy/identities.rs)

err-you-cannot-block-or-delete-your-own-sign-in = Sie können Ihre eigene Anmeldung nicht sperren oder löschen.
err-only-an-active-person-can-be-blocked = Nur eine aktive Person kann gesperrt werden.
err-only-a-blocked-person-can-be-unblocked = Nur eine gesperrte Person kann entsperrt werden.
err-this-person-is-already-deleted = Diese Person ist bereits gelöscht.
err-this-page-is-not-available-offline-it-was-not-opened-on = Diese Seite ist offline nicht verfügbar: Sie wurde auf diesem Gerät noch nicht online geöffnet.
# Billing
err-enter-a-whole-number = Geben Sie eine ganze Zahl ein.
err-enter-a-whole-number-digits-only = Geben Sie eine ganze Zahl ein, nur Ziffern.
err-enter-at-most-1-000-000-000-000 = Geben Sie höchstens 1.000.000.000.000 ein.
err-enter-at-least-1 = Geben Sie mindestens 1 ein.
err-enter-an-amount-such-as-49-90 = Geben Sie einen Betrag ein, etwa 49,90.
err-use-at-most-two-decimals = Verwenden Sie höchstens zwei Nachkommastellen.
err-enter-at-most-10-000-000 = Geben Sie höchstens 10.000.000 ein.
err-enter-the-monthly-price-or-leave-the-whole-row-empty = Geben Sie den Monatspreis ein oder lassen Sie die ganze Zeile leer.
err-give-the-plan-a-price-in-at-least-one-currency = Geben Sie dem Tarif einen Preis in mindestens einer Währung.
err-a-plan-with-this-name-exists-already = Einen Tarif mit diesem Namen gibt es bereits.
err-the-free-plan-stays-active-accounts-without-a-plan-are = Der Tarif Free bleibt aktiv: Konten ohne Tarif nutzen ihn.
err-choose-a-plan-from-the-list = Wählen Sie einen Tarif aus der Liste.
err-this-plan-is-retired-choose-an-active-plan = Dieser Tarif wird nicht mehr angeboten: Wählen Sie einen aktiven Tarif.
err-no-seat-left-on-the-account-s-plan = kein freier Platz mehr im Tarif des Kontos
err-choose-30-90-or-365-days = Wählen Sie 30, 90 oder 365 Tage.
err-ask-for-at-most-366-days-at-once = Fragen Sie höchstens 366 Tage auf einmal ab.
err-someone-changed-this-account-s-billing-meanwhile-reload = Jemand hat die Abrechnung dieses Kontos inzwischen geändert. Laden Sie neu und versuchen Sie es erneut.
err-the-account-is-on-this-plan-already = Das Konto nutzt diesen Tarif bereits.
err-this-plan-is-not-sold-in-the-account-s-currency = Dieser Tarif wird in der Währung des Kontos nicht angeboten.
err-no-downgrade-is-scheduled = Es ist kein Wechsel in einen kleineren Tarif geplant.
err-enter-the-card-number-digits-only = Geben Sie die Kartennummer ein, nur Ziffern.
err-enter-the-card-number = Geben Sie die Kartennummer ein.
err-use-a-visa-mastercard-american-express-or-discover-card = Verwenden Sie eine Visa-, Mastercard-, American-Express- oder Discover-Karte.
err-this-card-number-has-the-wrong-number-of-digits = Diese Kartennummer hat die falsche Anzahl an Ziffern.
err-this-card-number-is-not-valid-check-the-digits = Diese Kartennummer ist ungültig: Prüfen Sie die Ziffern.
err-enter-the-expiry-as-mm-yy = Geben Sie das Ablaufdatum als MM/JJ ein.
err-this-card-has-expired = Diese Karte ist abgelaufen.
err-enter-the-4-digit-security-code = Geben Sie den 4-stelligen Sicherheitscode ein.
err-enter-the-3-digit-security-code = Geben Sie den 3-stelligen Sicherheitscode ein.
err-invoices-go-to-at-most-5-e-mail-addresses = Rechnungen gehen an höchstens 5 E-Mail-Adressen.
err-enter-a-percentage-from-0-to-100-with-at-most-two = Geben Sie einen Prozentsatz von 0 bis 100 mit höchstens zwei Nachkommastellen ein.
err-choose-paid-or-void = Wählen Sie Bezahlt oder Storniert.
err-only-an-open-invoice-can-be-marked-paid-or-void = Nur eine offene Rechnung kann als bezahlt oder storniert markiert werden.
err-someone-changed-this-invoice-meanwhile-reload-then-try-again = Jemand hat diese Rechnung inzwischen geändert. Laden Sie neu und versuchen Sie es erneut.
