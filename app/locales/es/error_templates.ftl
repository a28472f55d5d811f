### Mensajes de error construidos con valores (app/src/i18n/templates.rs). Se omite a
### propósito el nombre del campo: el mensaje aparece debajo de él.

err-tpl-enter-field = Rellene este campo.
err-tpl-text-too-long = Como máximo { $max } caracteres (ahora { $count }).
err-tpl-text-not-allowed = El texto contiene caracteres no permitidos.
err-tpl-one-line = Escríbalo en una sola línea.
err-tpl-too-short = Escriba al menos 2 caracteres.
err-tpl-name-too-long = Un nombre puede tener como máximo { $max } caracteres.
err-tpl-use-at-most = Use como máximo { $max } caracteres.
err-tpl-no-action = Ninguna acción empieza por «{ $action }».
err-tpl-invite-at-most = Invite como máximo a { $max } personas a la vez ({ $count } introducidas).
err-tpl-not-emails = No son direcciones de correo electrónico: { $list }
err-tpl-logo-too-big = El logotipo puede ocupar como máximo { $max } KB; este archivo ocupa { $size } KB.
err-tpl-not-a-currency = { $code } no es una moneda en la que factura esta plataforma.
err-tpl-password-needs = La contraseña necesita: { $problems }.
err-tpl-token-cap = Esta cuenta permite tokens de { $count ->
        [one] un día
       *[other] { $count } días
    } como máximo.
err-tpl-token-date-cap = Elija una fecha de { $count ->
        [one] un día
       *[other] { $count } días
    } como máximo a partir de hoy.
err-tpl-seller-already = Este vendedor ya está { $status ->
        [Active] activo
        [Offline] fuera de línea
        [Disabled] desactivado
       *[other] { $status }
    }.
err-tpl-account-already = Esta cuenta ya está { $state ->
        [enabled] activada
        [disabled] desactivada
       *[other] { $state }
    }.
err-tpl-group-has-members = { $group } todavía tiene { $count ->
        [one] un miembro
       *[other] { $count } miembros
    }. Muévalos primero a otro grupo.
err-tpl-invitation-expired = Esta invitación ha caducado. Pida una nueva a { $name }.
err-tpl-two-step-first = { $email } usa la verificación en dos pasos: inicie sesión primero y vuelva a abrir este enlace.
err-tpl-only-member-who-is = Solo un miembro { $from ->
        [Active] activo
        [Disabled] desactivado
       *[other] { $from }
    } puede ser { $state ->
        [enabled] activado
        [disabled] desactivado
       *[other] { $state }
    }.
err-tpl-unknown = Valor desconocido: { $what }.
err-tpl-conflict-account = { $who ->
        [someone] Otra persona
       *[other] { $who }
    } cambió la cuenta después de que usted cargara esta página. Vuelva a cargarla e inténtelo de nuevo.
err-tpl-conflict-account-form = { $who ->
        [someone] Otra persona
       *[other] { $who }
    } guardó esta cuenta después de que usted la abriera (revisión { $rev }). Sus cambios se conservan en el formulario: vuelva a cargar para ver los suyos y aplique de nuevo los de usted.
err-tpl-conflict-notifications = { $who ->
        [someone] Otra persona
       *[other] { $who }
    } guardó esta configuración de notificaciones después de que usted la abriera. Sus cambios se conservan en el formulario: vuelva a cargar para ver los suyos y aplique de nuevo los de usted.
err-tpl-conflict-licensee = { $who ->
        [someone] Otra persona
       *[other] { $who }
    } cambió este licenciatario después de que usted lo cargara. Vuelva a cargar e inténtelo de nuevo.
err-tpl-conflict-buyer = { $who ->
        [someone] Otra persona
       *[other] { $who }
    } cambió este comprador después de que usted lo cargara. Vuelva a cargar e inténtelo de nuevo.
err-tpl-conflict-token = { $who ->
        [someone] Otra persona
       *[other] { $who }
    } cambió este token después de que usted lo cargara. Cargue la versión más reciente y vuelva a hacer su cambio.
err-tpl-conflict-group = { $who ->
        [someone] Otra persona
       *[other] { $who }
    } cambió este grupo después de que usted lo abriera. Vuelva a cargar para ver sus cambios.

## Refusals that say what is missing (permissions::Denial)

err-tpl-needs = Para esto necesita el nivel «{ $level }» en { $module }.
err-tpl-not-held = No puede conceder el nivel «{ $level }» en { $module }: usted mismo no lo tiene.
err-tpl-role-not-below = Solo puede asignar roles inferiores al suyo ({ $role }).
err-tpl-member-holds = Este miembro tiene el nivel «{ $level }» en { $module }, que usted no tiene; pida ayuda a un Admin.
err-tpl-token-holds = Este token tiene el nivel «{ $level }» en { $module }, que usted no tiene; pida ayuda a un Admin.
err-tpl-not-entitled = El módulo { $module } no está activado para esta cuenta.
err-tpl-conflict-plan = { $who ->
        [someone] Otra persona
       *[other] { $who }
    } cambió este plan después de que lo cargara. Recargue y vuelva a intentarlo.
err-tpl-seats-full = El plan { $plan } incluye { $count } plazas y { $taken } están ocupadas por miembros e invitaciones pendientes. Pida un plan mayor a un administrador de operaciones.
err-tpl-downgrade-seats = El plan { $plan } incluye { $count } plazas y { $taken } están ocupadas. Quite primero miembros o invitaciones.
