### Mensajes de error y de validación que el servidor y la validación compartida envían en
### inglés; la interfaz los traduce con t_msg (ID = message_id del texto en inglés).

## Errors every request can answer with (app/src/error.rs, app/src/components/form_state.rs)

err-please-sign-in-to-continue = Inicie sesión para continuar.
err-you-don-t-have-permission-to-do-this = No tiene permiso para hacer esto.
err-not-found = No encontrado.
err-some-fields-need-your-attention = Algunos campos requieren su atención.
err-some-fields-need-your-attention-nothing-was-saved = Algunos campos requieren su atención; no se ha guardado nada.
err-the-server-could-not-be-reached-check-your-connection = No se ha podido conectar con el servidor. Compruebe su conexión y vuelva a intentarlo.
err-something-went-wrong-on-our-side-please-try-again = Algo ha fallado por nuestra parte. Vuelva a intentarlo.
err-the-request-was-not-understood = No se ha entendido la solicitud.

## Texts, names and web addresses (app/src/validation/text.rs, web.rs, email.rs)

err-enter-the-account-name = Introduzca el nombre de la cuenta.
err-enter-the-group-name = Introduzca el nombre del grupo.
err-enter-the-token-name = Introduzca el nombre del token.
err-enter-the-sender-name = Introduzca el nombre del remitente.
err-enter-the-buyer-name = Introduzca el nombre del comprador.
err-enter-the-seller-name = Introduzca el nombre del vendedor.
err-enter-the-name = Introduzca el nombre.
err-enter-the-first-name = Introduzca el nombre de pila.
err-enter-the-last-name = Introduzca los apellidos.
err-the-account-name-contains-characters-that-are-not = El nombre de la cuenta contiene caracteres no permitidos.
err-the-group-name-contains-characters-that-are-not-allowed = El nombre del grupo contiene caracteres no permitidos.
err-the-token-name-contains-characters-that-are-not-allowed = El nombre del token contiene caracteres no permitidos.
err-the-sender-name-contains-characters-that-are-not-allowed = El nombre del remitente contiene caracteres no permitidos.
err-the-buyer-name-contains-characters-that-are-not-allowed = El nombre del comprador contiene caracteres no permitidos.
err-the-seller-name-contains-characters-that-are-not-allowed = El nombre del vendedor contiene caracteres no permitidos.
err-the-name-contains-characters-that-are-not-allowed = El nombre contiene caracteres no permitidos.
err-the-first-name-contains-characters-that-are-not-allowed = El nombre de pila contiene caracteres no permitidos.
err-the-last-name-contains-characters-that-are-not-allowed = Los apellidos contienen caracteres no permitidos.
err-the-description-contains-characters-that-are-not-allowed = La descripción contiene caracteres no permitidos.
err-the-legal-name-contains-characters-that-are-not-allowed = La razón social contiene caracteres no permitidos.
err-the-address-line-1-contains-characters-that-are-not = La línea de dirección 1 contiene caracteres no permitidos.
err-the-address-line-2-contains-characters-that-are-not = La línea de dirección 2 contiene caracteres no permitidos.
err-the-city-contains-characters-that-are-not-allowed = La ciudad contiene caracteres no permitidos.
err-the-state-or-region-contains-characters-that-are-not = El estado o la región contiene caracteres no permitidos.
err-the-footer-contains-characters-that-are-not-allowed = El pie de página contiene caracteres no permitidos.
err-the-note-contains-characters-that-are-not-allowed = La nota contiene caracteres no permitidos.
err-the-account-name-must-be-on-one-line = El nombre de la cuenta debe ocupar una sola línea.
err-the-account-name-needs-at-least-2-characters = El nombre de la cuenta debe tener al menos 2 caracteres.
err-the-account-name-needs-at-least-one-letter-or-digit = El nombre de la cuenta debe contener al menos una letra o un dígito.
err-enter-a-web-address-like-https-example-com = Introduzca una dirección web como https://example.com.
err-a-web-address-can-have-at-most-2048-characters = Una dirección web puede tener como máximo 2048 caracteres.
err-only-http-and-https-addresses-are-allowed = Solo se permiten direcciones http:// y https://.
err-enter-an-e-mail-address = Introduzca una dirección de correo electrónico.
err-an-e-mail-address-can-have-at-most-254-characters = Una dirección de correo electrónico puede tener como máximo 254 caracteres.
err-enter-an-e-mail-address-like-name-example-com = Introduzca una dirección de correo electrónico como name@example.com.

## Account, address and contact (app/src/validation/account.rs, address.rs)

err-choose-one-of-the-offered-languages = Elija uno de los idiomas ofrecidos.
err-choose-a-time-zone-from-the-list = Elija una zona horaria de la lista.
err-a-tax-id-can-have-at-most-32-characters = Un número fiscal puede tener como máximo 32 caracteres.
err-a-tax-id-can-only-contain-letters-digits-spaces-and = Un número fiscal solo puede contener letras, dígitos, espacios y - . /
err-choose-an-industry-from-the-list = Elija un sector de la lista.
err-choose-a-size-from-the-list = Elija un tamaño de la lista.
err-a-postcode-can-have-at-most-16-characters = Un código postal puede tener como máximo 16 caracteres.
err-a-postcode-can-only-contain-letters-digits-spaces-and = Un código postal solo puede contener letras, dígitos, espacios y guiones.
err-choose-a-country-from-the-list = Elija un país de la lista.
err-enter-the-first-address-line = Introduzca la primera línea de la dirección.
err-enter-the-first-address-line-or-clear-the-address = Introduzca la primera línea de la dirección o borre la dirección.
err-enter-the-city = Introduzca la ciudad.
err-enter-the-city-or-clear-the-address = Introduzca la ciudad o borre la dirección.
err-choose-the-country = Elija el país.
err-choose-the-country-or-clear-the-address = Elija el país o borre la dirección.
err-enter-a-phone-number-such-as-49-30-1234567 = Introduzca un número de teléfono como +49 30 1234567.
err-enter-the-contact-s-first-name = Introduzca el nombre de pila del contacto.
err-enter-the-contact-s-last-name = Introduzca los apellidos del contacto.
err-enter-the-contact-s-e-mail = Introduzca el correo electrónico del contacto.

## Audit trail filters and retention (app/src/validation/audit.rs)

err-an-action-has-letters-and-dots-only-like-users = Una acción solo contiene letras, _ y puntos, como users.membership.update.
err-enter-a-date-as-yyyy-mm-dd = Introduzca una fecha con el formato AAAA-MM-DD.
err-the-end-date-is-before-the-start-date = La fecha de fin es anterior a la fecha de inicio.
err-use-at-most-200-characters = Use como máximo 200 caracteres.
err-this-contains-characters-that-are-not-allowed = Esto contiene caracteres no permitidos.
err-enter-at-least-2-characters-of-a-name-or-an-id = Introduzca al menos 2 caracteres de un nombre, o un ID.
err-choose-an-object-type-from-the-list = Elija un tipo de objeto de la lista.
err-an-id-has-letters-digits-and-dashes-like-ugr-1234-5678 = Un ID contiene letras, dígitos y guiones, como UGR-1234-5678.
err-enter-a-whole-ip-address-like-203-0-113-7-or-2001-db8-1 = Introduzca una dirección IP completa, como 203.0.113.7 o 2001:db8::1.
err-keep-records-for-30-to-3-650-days-or-forever = Conserve los registros entre 30 y 3650 días, o para siempre.

## Groups and invitations (app/src/validation/group.rs, invite.rs)

err-choose-at-least-one-buyer-or-allow-all-buyers = Elija al menos un comprador o permita todos los compradores.
err-one-of-the-chosen-buyers-is-not-a-valid-buyer-id = Uno de los compradores elegidos no es un ID de comprador válido.
err-the-group-name-needs-at-least-2-characters = El nombre del grupo debe tener al menos 2 caracteres.
err-grant-at-least-one-module = Conceda al menos un módulo.
err-enter-at-least-one-e-mail-address = Introduzca al menos una dirección de correo electrónico.
err-choose-a-role = Elija un rol.
err-choose-at-least-one-group = Elija al menos un grupo.

## Logos and notifications (app/src/validation/logo.rs, notifications.rs)

err-the-file-is-empty = El archivo está vacío.
err-use-a-png-jpeg-or-svg-image = Use una imagen PNG, JPEG o SVG.
err-this-svg-contains-scripts-or-external-references-export = Este SVG contiene scripts o referencias externas; exporte un SVG sencillo.
err-the-sender-name-must-be-on-one-line = El nombre del remitente debe ocupar una sola línea.
err-user-updates-invitations-removals-password-resets-cannot = Las novedades de usuarios (invitaciones, retiradas, restablecimientos de contraseña) no se pueden desactivar.

## Operations forms (app/src/validation/operations.rs)

err-enter-the-tax-number = Introduzca el número fiscal.
err-enter-a-tax-number-such-as-de123456789-4-to-20-letters = Introduzca un número fiscal como DE123456789 (de 4 a 20 letras y dígitos).
err-choose-at-least-one-currency = Elija al menos una moneda.
err-choose-a-seller = Elija un vendedor.
err-choose-a-client-account = Elija una cuenta de cliente.
err-choose-one-of-the-account-s-buyers = Elija uno de los compradores de la cuenta.
err-the-buyer-name-must-be-on-one-line = El nombre del comprador debe ocupar una sola línea.
err-the-buyer-name-needs-at-least-2-characters = El nombre del comprador debe tener al menos 2 caracteres.
err-the-seller-name-must-be-on-one-line = El nombre del vendedor debe ocupar una sola línea.
err-the-seller-name-needs-at-least-2-characters = El nombre del vendedor debe tener al menos 2 caracteres.

## API tokens (app/src/validation/token.rs)

err-choose-at-least-one-module-the-token-may-use = Elija al menos un módulo que pueda usar el token.
err-choose-a-date-after-today = Elija una fecha posterior a hoy.
err-choose-30-60-90-or-365-days-or-a-date = Elija 30, 60, 90 o 365 días, o una fecha.

## Licensees (app/src/validation/trading.rs)

err-use-at-least-2-characters = Use al menos 2 caracteres.
err-use-up-to-64-letters-digits-and-for-the-external = Use hasta 64 letras, dígitos y - _ . / : para la referencia externa.
err-choose-the-buyer = Elija el comprador.
err-choose-a-seller-of-the-buyer = Elija un vendedor del comprador.

## Server answers (app/src/backend/services/*.rs, app/src/api/*.rs)

err-the-e-mail-or-password-is-incorrect = El correo electrónico o la contraseña no son correctos.
err-your-access-to-every-account-has-been-disabled-ask-an = Se ha desactivado su acceso a todas las cuentas. Consulte a un administrador.
err-that-code-is-not-valid-try-the-current-one-or-a-recovery = Ese código no es válido. Pruebe con el código actual o con un código de recuperación.
err-sign-in-again = Vuelva a iniciar sesión.
err-two-step-verification-is-already-on = La verificación en dos pasos ya está activada.
err-two-step-verification-is-not-on = La verificación en dos pasos no está activada.
err-that-code-is-not-valid-check-that-your-phone-s-clock-is = Ese código no es válido. Compruebe que el reloj de su teléfono está en hora e introduzca el código actual.
err-that-code-is-not-valid-enter-the-current-code-or-a = Ese código no es válido. Introduzca el código actual o un código de recuperación.
err-start-the-set-up-again-there-is-no-key-waiting-for-a = Vuelva a iniciar la configuración: no hay ninguna clave esperando un código.
err-the-set-up-changed-meanwhile-start-it-again = La configuración ha cambiado mientras tanto. Vuelva a iniciarla.
err-this-is-the-session-you-are-using-sign-out-from-the-menu = Esta es la sesión que está usando. Cierre la sesión desde el menú.
err-choose-a-password-different-from-the-current-one = Elija una contraseña distinta de la actual.
err-this-reset-link-is-not-valid-any-more-ask-for-a-new-one = Este enlace de restablecimiento ya no es válido. Solicite uno nuevo.
err-this-is-not-your-current-password = Esta no es su contraseña actual.
err-the-file-could-not-be-read-choose-it-again = No se ha podido leer el archivo. Vuelva a elegirlo.
err-someone-changed-this-person-after-you-opened-the-list = Alguien ha modificado a esta persona después de que abriera la lista. Vuelva a cargar para ver el estado actual e inténtelo de nuevo.
err-you-cannot-change-your-own-role-ask-another-admin = No puede cambiar su propio rol. Pídaselo a otro administrador.
err-this-is-the-last-admin-of-the-account-make-someone-else = Es el último administrador de la cuenta; nombre antes a otra persona administrador.
err-only-a-member-who-is-disabled-can-be-enabled = Solo se puede activar a un miembro desactivado.
err-only-a-member-who-is-active-can-be-disabled = Solo se puede desactivar a un miembro activo.
err-you-cannot-disable-yourself = No puede desactivarse a sí mismo.
err-this-is-the-last-active-admin-of-the-account-and-cannot = Es el último administrador activo de la cuenta y no se puede desactivar.
err-you-cannot-remove-yourself-from-the-account = No puede retirarse a sí mismo de la cuenta.
err-this-is-the-last-admin-of-the-account-and-cannot-be = Es el último administrador de la cuenta y no se puede retirar.
err-one-of-the-chosen-people-is-no-longer-in-this-account = Una de las personas elegidas ya no pertenece a esta cuenta.
err-another-group-already-has-this-name = Otro grupo ya tiene este nombre.
err-the-administrators-group-always-grants-every-module-and = El grupo Administrators concede siempre todos los módulos y conserva su nombre.
err-the-administrators-group-always-covers-all-buyers = El grupo Administrators abarca siempre todos los compradores.
err-the-administrators-group-cannot-be-deleted = El grupo Administrators no se puede eliminar.
err-one-of-the-chosen-groups-does-not-exist-any-more = Uno de los grupos elegidos ya no existe.
err-this-person-has-already-accepted-the-invitation = Esta persona ya ha aceptado la invitación.
err-this-invitation-has-expired-send-a-new-one = Esta invitación ha caducado. Envíe una nueva.
err-this-invitation-link-is-not-valid-check-that-you-copied = Este enlace de invitación no es válido. Compruebe que lo ha copiado completo.
err-this-invitation-has-already-been-used-sign-in-instead = Esta invitación ya se ha utilizado. Inicie sesión.
err-this-invitation-was-withdrawn-by-the-account-s = Los administradores de la cuenta han retirado esta invitación.
err-a-newer-invitation-was-sent-for-this-address-use-the = Se ha enviado una invitación más reciente a esta dirección; use el enlace del último correo.
err-already-invited-resend-the-invitation-from-the-list = ya invitado: reenvíe la invitación desde la lista
err-already-a-member-of-this-account = ya es miembro de esta cuenta
err-the-platform-operator-disabled-this-buyer-only-they-can = El operador de la plataforma desactivó este comprador; solo él puede volver a activarlo.
err-this-buyer-is-already-enabled = Este comprador ya está activado.
err-this-buyer-is-already-disabled = Este comprador ya está desactivado.
err-this-buyer-is-not-in-this-account = Este comprador no pertenece a esta cuenta.
err-this-buyer-is-not-in-that-account = Este comprador no pertenece a esa cuenta.
err-choose-one-of-your-buyers = Elija uno de sus compradores.
err-this-buyer-is-disabled-it-cannot-take-new-licensees = Este comprador está desactivado: no puede recibir nuevos licenciatarios.
err-choose-a-seller-of-this-buyer = Elija un vendedor de este comprador.
err-this-seller-is-not-active-choose-another-one = Este vendedor no está activo: elija otro.
err-this-licensee-is-already-active = Este licenciatario ya está activo.
err-this-licensee-is-already-disabled = Este licenciatario ya está desactivado.
err-choose-one-of-your-sellers = Elija uno de sus vendedores.
err-choose-active-offline-or-disabled = Elija Activo, Fuera de línea o Desactivado.
err-this-seller-is-already-active = Este vendedor ya está activo.
err-this-seller-is-already-offline = Este vendedor ya está fuera de línea.
err-this-seller-is-already-disabled = Este vendedor ya está desactivado.
err-this-account-is-already-enabled = Esta cuenta ya está activada.
err-this-account-is-already-disabled = Esta cuenta ya está desactivada.
err-the-grace-period-is-at-most-7-days = El periodo de gracia es de 7 días como máximo.
err-one-of-the-chosen-recipients-does-not-exist-in-this = Uno de los destinatarios elegidos no existe en esta cuenta.
err-one-of-the-chosen-recipients-is-not-valid = Uno de los destinatarios elegidos no es válido.
err-unknown-notification-category = Categoría de notificación desconocida.
err-this-link-is-invalid-or-has-expired = Este enlace no es válido o ha caducado.
err-unknown-page-link = Enlace de página desconocido.
err-unknown-category = Categoría desconocida.
err-the-page-link-is-not-valid = El enlace de página no es válido.
err-this-cursor-is-not-valid = Este cursor no es válido.
err-this-record-does-not-match-the-chain-it-or-the-one = Este registro no coincide con la cadena: él o el anterior se ha modificado, eliminado o insertado.
err-records-are-missing-the-chain-does-not-end-at-its = Faltan registros: la cadena no termina en su cabeza registrada.

## Who may give what (app/src/permissions/grant.rs) and the identity rules of invitations, two-step resets and SVG logos

err-only-an-admin-can-give-the-admin-role = Solo un Admin puede asignar el rol Admin.
err-only-an-admin-can-change-an-admin-s-membership = Solo un Admin puede cambiar la membresía de un Admin.
err-only-an-admin-can-change-the-administrators-group = Solo un Admin puede cambiar el grupo «Administrators».
err-you-can-only-limit-a-group-to-buyers-you-can-see = Solo puede limitar un grupo a compradores que usted mismo ve.
err-you-can-only-give-access-to-all-buyers-when-you-see-all = Solo puede dar acceso a todos los compradores si usted mismo los ve todos.
err-this-member-sees-buyers-you-cannot-see-ask-an-admin-to = Este miembro ve compradores que usted no ve; pida a un Admin que cambie su acceso.
err-only-an-admin-can-see-or-regenerate-the-account = Solo un Admin puede ver o regenerar las credenciales de la cuenta.
err-only-an-admin-can-reset-a-member-s-two-step-verification = Solo un Admin puede restablecer la verificación en dos pasos de un miembro.
err-only-an-admin-can-change-the-account-s-two-step = Solo un Admin puede cambiar la regla de la cuenta sobre la verificación en dos pasos.
err-only-the-token-s-creator-or-an-admin-can-rotate-it-the = Solo el creador del token o un Admin puede rotarlo: el nuevo secreto actúa como su creador.
err-the-name-must-be-on-one-line = El nombre debe ocupar una sola línea.
err-this-address-is-also-invited-to-another-account-so-its = Esta dirección también está invitada a otra cuenta, por lo que su enlace de invitación solo se envía por correo.
err-this-address-is-also-invited-to-another-account-so-only = Esta dirección también está invitada a otra cuenta, así que solo el enlace del correo de invitación puede fijar su contraseña. Pida un nuevo correo de invitación.
err-this-address-already-has-a-password-here-enter-it-to = Esta dirección ya tiene una contraseña aquí: introdúzcala para aceptar la invitación.
err-this-person-has-not-joined-the-account-yet-their-sign-in = Esta persona aún no se ha unido a la cuenta; su inicio de sesión no le corresponde a la cuenta.
err-this-person-also-belongs-to-another-account-so-only-they = Esta persona también pertenece a otra cuenta, así que solo ella puede cambiar su verificación en dos pasos (un código de recuperación le permite entrar).
err-this-svg-could-not-be-read-export-it-again-as-a-plain = No se pudo leer este SVG. Vuelva a exportarlo como archivo SVG simple.
err-this-svg-has-nothing-a-logo-can-show-once-scripts-links = Este SVG no tiene nada que un logotipo pueda mostrar una vez quitados scripts, enlaces y contenido externo.

## The list kit (services/keyset.rs and the lists that use it)

err-choose-a-status-from-the-list = Elija un estado de la lista.
err-choose-a-sort-order-from-the-list = Elija un orden de la lista.
err-choose-only-modules-that-exist = Elija solo módulos que existan.

## The operator's hold on identities (services/tenancy/identities.rs)

err-you-cannot-block-or-delete-your-own-sign-in = No puede bloquear ni eliminar su propio acceso.
err-only-an-active-person-can-be-blocked = Solo se puede bloquear a una persona activa.
err-only-a-blocked-person-can-be-unblocked = Solo se puede desbloquear a una persona bloqueada.
err-this-person-is-already-deleted = Esta persona ya está eliminada.
err-this-page-is-not-available-offline-it-was-not-opened-on = Esta página no está disponible sin conexión: no se ha abierto en este dispositivo con conexión.
# Billing
err-enter-a-whole-number = Introduzca un número entero.
err-enter-a-whole-number-digits-only = Introduzca un número entero, solo con dígitos.
err-enter-at-most-1-000-000-000-000 = Introduzca como máximo 1.000.000.000.000.
err-enter-at-least-1 = Introduzca al menos 1.
err-enter-an-amount-such-as-49-90 = Introduzca un importe, por ejemplo 49,90.
err-use-at-most-two-decimals = Use como máximo dos decimales.
err-enter-at-most-10-000-000 = Introduzca como máximo 10.000.000.
err-enter-the-monthly-price-or-leave-the-whole-row-empty = Introduzca el precio mensual o deje toda la fila vacía.
err-give-the-plan-a-price-in-at-least-one-currency = Dé al plan un precio en al menos una moneda.
err-a-plan-with-this-name-exists-already = Ya existe un plan con este nombre.
err-the-free-plan-stays-active-accounts-without-a-plan-are = El plan Free sigue activo: las cuentas sin plan lo usan.
err-choose-a-plan-from-the-list = Elija un plan de la lista.
err-this-plan-is-retired-choose-an-active-plan = Este plan ya no se ofrece: elija un plan activo.
err-no-seat-left-on-the-account-s-plan = no queda ninguna plaza en el plan de la cuenta
err-choose-30-90-or-365-days = Elija 30, 90 o 365 días.
err-ask-for-at-most-366-days-at-once = Pida como máximo 366 días a la vez.
err-someone-changed-this-account-s-billing-meanwhile-reload = Otra persona cambió la facturación de esta cuenta mientras tanto. Recargue y vuelva a intentarlo.
err-the-account-is-on-this-plan-already = La cuenta ya está en este plan.
err-this-plan-is-not-sold-in-the-account-s-currency = Este plan no se vende en la moneda de la cuenta.
err-no-downgrade-is-scheduled = No hay ningún cambio a un plan menor programado.
err-enter-the-card-number-digits-only = Introduzca el número de tarjeta, solo dígitos.
err-enter-the-card-number = Introduzca el número de tarjeta.
err-use-a-visa-mastercard-american-express-or-discover-card = Use una tarjeta Visa, Mastercard, American Express o Discover.
err-this-card-number-has-the-wrong-number-of-digits = Este número de tarjeta no tiene el número correcto de dígitos.
err-this-card-number-is-not-valid-check-the-digits = Este número de tarjeta no es válido: revise los dígitos.
err-enter-the-expiry-as-mm-yy = Introduzca la caducidad como MM/AA.
err-this-card-has-expired = Esta tarjeta ha caducado.
err-enter-the-4-digit-security-code = Introduzca el código de seguridad de 4 dígitos.
err-enter-the-3-digit-security-code = Introduzca el código de seguridad de 3 dígitos.
err-invoices-go-to-at-most-5-e-mail-addresses = Las facturas van a 5 direcciones de correo como máximo.
err-enter-a-percentage-from-0-to-100-with-at-most-two = Introduzca un porcentaje de 0 a 100 con dos decimales como máximo.
err-choose-paid-or-void = Elija Pagada o Anulada.
err-only-an-open-invoice-can-be-marked-paid-or-void = Solo una factura abierta puede marcarse como pagada o anulada.
err-someone-changed-this-invoice-meanwhile-reload-then-try-again = Alguien ha cambiado esta factura entretanto. Recargue e inténtelo de nuevo.
