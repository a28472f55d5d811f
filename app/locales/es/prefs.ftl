### A person's e-mail preferences (profile tab and the footer link page).

prefs-title = Preferencias de correo
prefs-help = Elija qué correos recibe de esta cuenta. Las categorías que exige la cuenta se envían siempre.
prefs-legend = Enviarme correos sobre
prefs-locked = Siempre se envía
prefs-save = Guardar preferencias
prefs-saved = Preferencias guardadas.
prefs-for = Para { $email } en { $account }.
prefs-sign-in = Iniciar sesión en la configuración de la cuenta
prefs-tab = Notificaciones
