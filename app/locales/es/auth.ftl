### El inicio de sesión y las páginas que lo rodean (invitación, contraseña olvidada o nueva,
### segundo paso), y las dos páginas que no son un módulo: el inicio y «no encontrada».

### sign_in.rs
auth-sign-in-title = Iniciar sesión en Configuración de la cuenta
auth-password = Contraseña
auth-password-missing = Introduzca su contraseña.
auth-restart = Ese inicio de sesión tardó demasiado o tuvo demasiados códigos incorrectos. Vuelva a iniciar sesión.
auth-locked-hint = Si esta es su dirección de correo, introduzca su contraseña correcta: le enviaremos un enlace para iniciar sesión a pesar del bloqueo.
auth-sign-in = Iniciar sesión
auth-signing-in = Iniciando sesión…
auth-forgot-link = ¿Ha olvidado su contraseña?

### second_step.rs
auth-two-step-title = Verificación en dos pasos
auth-two-step-intro = Introduzca el código que muestra su aplicación de autenticación para Configuración de la cuenta. ¿Ha perdido su dispositivo? Introduzca en su lugar uno de sus códigos de recuperación.
auth-code-label = Código de verificación
auth-code-missing = Introduzca el código de 6 dígitos de su aplicación o un código de recuperación.
auth-verify = Verificar
auth-verifying = Verificando…

### forgot_password.rs
auth-forgot-title = Restablecer su contraseña
auth-forgot-intro = Introduzca el correo electrónico con el que inicia sesión. Le enviaremos un enlace para elegir una contraseña nueva.
auth-forgot-submit = Enviar el enlace
auth-forgot-sent = Si existe una cuenta para ese correo electrónico, le hemos enviado un enlace para restablecer la contraseña. Funciona una sola vez, durante una hora.
auth-back-to-sign-in = Volver al inicio de sesión

### reset_password.rs
auth-reset-title = Elija una contraseña nueva
auth-new-password = Contraseña nueva
auth-repeat-password = Repita la contraseña nueva
auth-reset-rules = Elija una contraseña que cumpla todas las reglas.
auth-reset-mismatch = Las dos contraseñas no coinciden.
auth-reset-submit = Establecer la contraseña nueva
auth-reset-done = Su contraseña se ha cambiado y se ha cerrado su sesión en todas partes.

### accept_invitation.rs
auth-invite-title = Acepte su invitación
auth-invite-checking = Comprobando la invitación…
auth-go-sign-in = Ir al inicio de sesión
auth-invite-text = { $inviter } le ha invitado a unirse a { $account }.
auth-invite-email = Iniciará sesión como { $email }.
auth-first-name = Nombre
auth-last-name = Apellidos
auth-your-password = Su contraseña
auth-choose-password = Elija una contraseña
auth-invite-join = Iniciar sesión y unirse
auth-invite-create = Crear mi acceso

### home.rs
auth-home-empty-title = Aquí no hay nada que gestionar todavía
auth-home-empty-text = Su rol en esta cuenta no le da acceso a ningún módulo de configuración. Solicite acceso a un administrador.

### not_found.rs
auth-not-found-title = Página no encontrada
auth-not-found-text = No hay ninguna página en esta dirección. Puede que se haya movido o que el enlace esté mal escrito.
auth-not-found-home = Ir a Configuración de la cuenta
