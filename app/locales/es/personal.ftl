### Las tarjetas de seguridad personales de la página de perfil: contraseña, verificación en
### dos pasos, sesiones.

### password_card.rs
personal-password-title = Cambiar la contraseña
personal-current-password = Contraseña actual
personal-current-missing = Introduzca su contraseña actual.
personal-new-password = Contraseña nueva
personal-new-rules = La contraseña nueva aún no cumple todas las reglas.
personal-sign-out-others = Cerrar mis otras sesiones
personal-password-submit = Cambiar la contraseña
personal-password-changed = Contraseña cambiada.
personal-password-changed-others = Contraseña cambiada. Se han cerrado sus otras sesiones.

### two_step_card.rs
personal-two-step-title = Verificación en dos pasos
personal-your-password = Su contraseña
personal-codes-save = Guarde ahora estos códigos de recuperación: solo se muestran una vez.
personal-codes-use = Cada uno le permite iniciar sesión una vez si pierde su dispositivo.
personal-recovery-codes = Códigos de recuperación
personal-codes-copy = Copiar códigos
personal-codes-download = Descargar códigos
personal-codes-saved = Ya los he guardado
personal-two-step-on = Activada
personal-two-step-since = desde el { $time } · { $count ->
    [one] queda { $count } código de recuperación
   *[other] quedan { $count } códigos de recuperación
}
personal-turn-off-title = Desactivar
personal-code-or-recovery = Código de su aplicación o un código de recuperación
personal-turn-off = Desactivar la verificación en dos pasos
personal-new-codes = Nuevos códigos de recuperación
personal-setup-scan = Escanee este código QR con su aplicación de autenticación o escriba la clave de configuración.
personal-setup-enter = Introduzca el código de 6 dígitos que muestra la aplicación.
personal-qr-label = Código QR para su aplicación de autenticación
personal-setup-key = Clave de configuración:
personal-setup-key-label = Clave de configuración
personal-confirm-label = Confirmar la verificación en dos pasos
personal-code-from-app = Código de su aplicación
personal-confirm-submit = Confirmar y activar
personal-two-step-off = Desactivada. Con la verificación en dos pasos, para iniciar sesión también se necesita un código de una aplicación de su teléfono.
personal-setup = Configurar la verificación en dos pasos

### sessions_card.rs
personal-sessions-title = Sesiones
personal-device = Dispositivo
personal-ip = Dirección IP
personal-signed-in = Inicio de sesión
personal-last-seen = Última actividad
personal-this-session = Esta sesión
personal-sign-out = Cerrar sesión
personal-sign-out-aria = Cerrar la sesión de { $device }
personal-session-signed-out = Sesión cerrada.
personal-sign-out-all = Cerrar todas las demás sesiones
personal-signed-out-others = Se han cerrado todas las demás sesiones.
