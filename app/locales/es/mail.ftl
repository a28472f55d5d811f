### Los correos que envía la consola. Cada párrafo es un mensaje propio; el código los une
### con líneas en blanco y pone los enlaces en su propia línea.

mail-hello = Hola:
mail-invitation-subject = { $inviter } le ha invitado a { $account }
mail-invitation-intro = { $inviter } le ha invitado a unirse a { $account } en Account Settings.
mail-invitation-accept = Acepte la invitación:
mail-invitation-validity = El enlace es válido durante 7 días. Si no esperaba esta invitación, puede ignorar este correo.
mail-removal-subject = Se le ha retirado de { $account }
mail-removal-intro = { $actor } le ha retirado de { $account } en Account Settings. Ya no tiene acceso.
mail-removal-contact = Si cree que es un error, póngase en contacto con los administradores de la cuenta.
mail-reset-subject = Restablezca su contraseña de Account Settings
mail-reset-intro = Alguien ha pedido restablecer la contraseña de { $email } en Account Settings. Si ha sido usted, elija una nueva contraseña aquí:
mail-reset-validity = El enlace funciona una sola vez y durante una hora. Si no lo ha pedido, ignore este correo; su contraseña no cambia.
mail-unlock-subject = Inicie sesión en Account Settings a pesar del bloqueo
mail-unlock-intro = Los inicios de sesión de { $email } están en pausa tras demasiadas contraseñas incorrectas, y alguien acaba de introducir la contraseña correcta. Si ha sido usted, inicie sesión con este enlace:
mail-unlock-validity = El enlace funciona una sola vez y durante 30 minutos. Si no ha sido usted, cambie su contraseña: alguien la conoce.
mail-token-expiring-subject = El token de API «{ $name }» caduca el { $day }
mail-token-expiring-intro = El token de API «{ $name }» ({ $id }) de { $account } caduca el { $when }.
mail-token-expiring-advice = A partir de entonces se rechazarán las solicitudes que lo usen. Cree un token nuevo en la página Tokens de API y sustitúyalo allí donde se use.
mail-token-expired-subject = El token de API «{ $name }» ha caducado
mail-token-expired-intro = El token de API «{ $name }» ({ $id }) de { $account } caducó el { $when }. Se rechazan las solicitudes que lo usan.
mail-token-expired-advice = Cree un token nuevo en la página Tokens de API si todavía lo necesita.
mail-footer-preferences = Elija qué correos recibe de { $account } (sin iniciar sesión; el enlace es válido durante 30 días):
mail-footer-preferences-profile = Puede elegir qué correos recibe de { $account } en Account Settings, en Perfil → Preferencias de notificación.

mail-account-changed-subject = { $account }: datos de la cuenta modificados
mail-account-changed-body =
    { $by } ha modificado los datos de la cuenta { $account }.
    
    Revíselos en { $url }
mail-usage-alert-subject = { $account }: usado el { $percent } % de { $what } del plan
mail-usage-alert-body =
    La cuenta { $account } ha usado { $used } de { $included } { $what } que incluye su plan { $plan } en este periodo ({ $percent } %).
    
    Vea el uso y cambie de plan en { $url }
mail-card-expiring-subject = { $account }: la tarjeta de pago caduca pronto
mail-card-expiring-body =
    La tarjeta { $card } registrada para { $account } caduca a finales de { $expiry }.
    
    Añada una tarjeta nueva en { $url }
mail-invoice-subject = { $account }: factura { $number }
mail-invoice-body =
    La factura { $number } de { $account } cubre del { $start } al { $end }: { $total }, con vencimiento el { $due }. Se adjunta el PDF.
    
    Consúltela en { $url }
