/** Español: the core's errors and the card decline reasons (en-errors.ts). */
import type { ErrorMessages } from '../en-errors.ts';

export const errorMessages: ErrorMessages = {
  'err.internal':
    'Algo falló dentro de Kassa; no se cambió nada. Inténtalo de nuevo y llama a IT si sigue pasando.',
  'err.money.roundingStep':
    'El paso de redondeo del efectivo debe ser un número entero de céntimos, como mínimo 1 (sin redondeo).',
  'err.money.notARate': '“{rate}” no es un tipo de cambio: escríbelo así: 1.0842.',
  'err.money.tooLargeToConvert': 'Ese importe es demasiado grande para convertirlo.',
  'err.money.notWholeCents':
    '{amount} no es un número entero de céntimos (unidades mínimas) que Kassa pueda registrar: vuelve a introducir el importe.',
  'err.money.cannotFormatLocale':
    'Kassa no puede escribir importes para la configuración regional “{locale}”: usa una etiqueta de idioma como de-DE.',
  'err.money.unknownCurrency':
    'Kassa no conoce la moneda “{code}”. Usa un código ISO 4217 de tres letras, como EUR.',
  'err.money.cannotReadLocale':
    'Kassa no puede leer importes para la configuración regional “{locale}”: usa una etiqueta de idioma como de-DE.',
  'err.cart.tenderedTooLittle':
    'El cliente entregó menos que este pago en efectivo: introduce el efectivo recibido, o reduce el pago y cobra el resto de otra forma.',
  'err.cart.discountTooLarge': 'El descuento supera lo que Kassa puede registrar: divide el pedido.',
  'err.cart.taxTooLarge': 'El impuesto supera lo que Kassa puede registrar: divide el pedido.',
  'err.cart.totalTooLarge': 'El total supera lo que Kassa puede registrar: divide el pedido.',
  'err.cart.lineTooLarge': '“{name}” × {quantity} supera lo que Kassa puede registrar: reduce la cantidad.',
  'err.cart.taxRateRange':
    'Un tipo impositivo debe estar entre 0 % y 100 %, en centésimas de punto porcentual (2100 es 21 %); se recibió {rate}.',
  'err.cart.quantityRange': 'La cantidad de “{name}” debe ser un número entero de 1 a {max, number}.',
  'err.cart.priceWholeCents': 'El precio de “{name}” debe ser un número entero de céntimos, cero o más.',
  'err.cart.lineDiscountTooLarge': 'El descuento en “{name}” supera el valor de la línea.',
  'err.cart.discountPercentRange':
    'Un descuento está entre 0 % y 100 %, en centésimas de punto porcentual (1000 es 10 %).',
  'err.cart.discountWholeCents': 'Un importe de descuento es un número entero de céntimos, cero o más.',
  'err.cart.orderDiscountTooLarge': 'El descuento del pedido supera el valor del pedido.',
  'err.amount.moreThanZero': 'Introduce un importe mayor que cero.',
  'err.stripe.amountTooLarge':
    'Stripe acepta como máximo {max} en un solo pago con tarjeta. Divídelo en varios pagos.',
  'err.stripe.amountSteps':
    'Stripe cobra {currency} en pasos de 0.010: redondea {amount} a {lower} o {upper}.',
  'err.stripe.amountTooSmall':
    'Stripe no acepta pagos con tarjeta inferiores a {min}. Cobra este importe en efectivo o súmalo a un pago mayor.',
  'err.store.notSetUp': 'Esta caja aún no tiene una tienda configurada.',
  'err.store.noTill': 'Esta base de datos no tiene caja. Inicia Kassa con una carpeta de datos nueva.',
  'err.catalog.unknownBarcode':
    'Ningún producto tiene el código de barras {barcode}. Revisa la etiqueta o busca el producto por nombre.',
  'err.order.paidInFull': 'Este pedido ya está pagado por completo.',
  'err.order.onlyDueInCash':
    'En efectivo solo se deben {due}. Introduce como importe entregado el billete que da el cliente; Kassa calcula el cambio.',
  'err.order.cashRounded': 'En esta tienda los importes en efectivo se redondean a {step}.',
  'err.order.tenderedLessThanPaid':
    'El cliente entregó {tendered}, menos que los {amount} que se pagan en efectivo. Pide más o paga el resto de otra forma.',
  'err.order.noTenderForMethod': '“{method}” no admite importe entregado; solo el efectivo da cambio.',
  'err.order.moreThanDue': '{amount} es más que los {due} que aún se deben.',
  'err.order.moreThanDueHeld':
    '{amount} es más que los {due} que aún se deben (un pago con tarjeta en curso reserva el resto).',
  'err.order.methodNeedsCustomer': '“{method}” necesita un cliente en el pedido: primero búscalo o créalo.',
  'err.order.methodUnavailable': 'Ese método de pago no está disponible. Elige otro.',
  'err.order.methodOnTerminal':
    '“{method}” se paga en la terminal de pago: usa Enviar en la pantalla de pago.',
  'err.order.notSignedIn': 'Nadie ha iniciado sesión en esta caja: inicia sesión con tu PIN para vender.',
  'err.order.customerUnknown': 'Ese cliente no está en esta caja. Búscalo de nuevo o créalo.',
  'err.order.productGone':
    'La línea {line} es un producto que ya no se vende. Quítala y vuelve a escanear el artículo.',
  'err.order.noMorePayments':
    'Este pedido está {status, select, paid {pagado} voided {anulado} other {abierto}}; no admite más pagos.',
  'err.order.voidOnlyUnpaid':
    'Solo se puede anular un pedido sin pagar; este está {status, select, paid {pagado} voided {anulado} other {abierto}}.',
  'err.order.cardInProgress':
    'Un pago con tarjeta de este pedido sigue en curso. Termínalo o cancélalo primero.',
  'err.order.cardWentThrough':
    'Se pagaron {amount} con tarjeta en este pedido y el pago se completó: cobra el resto del pago, o deja la venta abierta y primero reembolsa la tarjeta desde el Historial.',
  'err.order.methodSwitchedOff':
    '“{method}” está desactivado: el propietario puede activar sus terminales en las preferencias (Terminales de pago).',
  'err.order.customerLocked':
    'Este pedido está {status, select, paid {pagado} voided {anulado} other {abierto}}; su cliente ya no puede cambiar.',
  'err.order.customerStays': '“{method}” en este pedido necesita al cliente: el cliente se queda.',
  'err.order.unknown': 'Ese pedido no existe en esta caja.',
  'err.order.alreadySaved': 'Este pedido ya se guardó. Añade los pagos siguientes a él.',
  'err.history.pageGone': 'Esa página del historial ya no existe; vuelve a buscar.',
  'err.return.noCashMethod': 'Esta caja no tiene un método de efectivo con el que pagar el reembolso.',
  'err.return.onlyLeft': 'De los pagos de este pedido solo quedan {amount} por devolver.',
  'err.return.lineNotOnOrder': 'La línea {line} de la devolución no está en este pedido.',
  'err.return.listedTwice': '“{name}” aparece dos veces: ponlo una vez con la cantidad.',
  'err.return.allReturned': 'Ya se devolvieron las {sold} × “{name}”.',
  'err.return.onlySomeLeft': 'De las {sold} × “{name}” vendidas solo pueden volver {left}.',
  'err.return.productNotSold': 'Línea {line}: elige un producto que se venda aquí.',
  'err.return.onlyPaidOrders':
    'Solo un pedido pagado admite devoluciones; este está {status, select, paid {pagado} voided {anulado} other {abierto}}.',
  'err.shift.noneOpenTo':
    'No hay ningún turno abierto en esta caja. Abre un turno para {action, select, payIn {meter efectivo} payOut {sacar efectivo} payment {cobrar un pago} cardPayment {cobrar con tarjeta} refund {hacer un reembolso} return {aceptar una devolución} void {anular una venta} other {vender}}.',
  'err.shift.countedCloseTo':
    'El cajón de este turno ya se contó: cierra el turno (y abre el siguiente) para {action, select, payIn {meter efectivo} payOut {sacar efectivo} payment {cobrar un pago} cardPayment {cobrar con tarjeta} refund {hacer un reembolso} return {aceptar una devolución} void {anular una venta} other {vender}}.',
  'err.shift.notADenomination':
    '{value} no es un billete ni una moneda de {currency}: cuéntalo con otro valor.',
  'err.shift.countMismatch': 'Los billetes y monedas suman {sum}, no {total}: revisa el recuento.',
  'err.shift.cardStillOpen':
    'Un pago con tarjeta de {amount} con “{method}” sigue abierto en esta caja{more, plural, =0 {} one { (y # más)} many { (y # más)} other { (y # más)}}. Termínalo primero en la pantalla de pago o con Revisar de nuevo (recuperación); después cierra el turno.',
  'err.shift.alreadyOpen': 'Ya hay un turno abierto en esta caja desde las {time}. Ciérralo primero.',
  'err.shift.payOutTooLarge':
    'El cajón solo debería tener {inDrawer}: una salida de {amount} es más que eso.',
  'err.shift.alreadyCounted': 'Este turno ya se contó.',
  'err.shift.notWaitingToClose': 'Este turno no está pendiente de cierre.',
  'err.shift.noZReport': 'No hay ningún informe Z número {number} en esta caja.',
  'err.shift.nothingToReport': 'No hay ningún turno abierto en esta caja: aún no hay nada que informar.',
  'err.shift.nothingToCount': 'No hay ningún turno abierto en esta caja: no hay nada que contar.',
  'err.shift.countedClose': 'El cajón de este turno ya se contó: cierra el turno.',
  'err.shift.methodNotCounted': 'Ese método de pago no se cuenta en esta caja.',
  'err.shift.countToo': 'Cuenta también “{method}” (escribe 0 si no hay nada).',
  'err.shift.noneOpen': 'No hay ningún turno abierto en esta caja.',
  'err.shift.countFirst': 'Cuenta primero el cajón: el turno se cierra después del recuento a ciegas.',
  'err.shift.overGiveReason': 'En “{method}” sobran {amount}: indica el motivo de la diferencia.',
  'err.shift.shortGiveReason': 'En “{method}” faltan {amount}: indica el motivo de la diferencia.',
  'err.store.ordersStillOpen':
    '{count, plural, one {# pedido sigue abierto en {currency}. Termínalo o anúlalo antes de cambiar la moneda.} many {# pedidos siguen abiertos en {currency}. Termínalos o anúlalos antes de cambiar la moneda.} other {# pedidos siguen abiertos en {currency}. Termínalos o anúlalos antes de cambiar la moneda.}}',
  'err.store.confirmCurrency':
    'Esta tienda tiene {orders, plural, one {# pedido registrado} many {# pedidos registrados} other {# pedidos registrados}} en {currency}. Lee lo que supone cambiar a {next} y luego confírmalo.',
  'err.store.confirmCurrencyRunning':
    'Esta tienda tiene {orders, plural, one {# pedido registrado} many {# pedidos registrados} other {# pedidos registrados}} en {currency} y {running, plural, one {# pago con tarjeta o reembolso aún en curso} many {# pagos con tarjeta o reembolsos aún en curso} other {# pagos con tarjeta o reembolsos aún en curso}}. Lee lo que supone cambiar a {next} y luego confírmalo.',
  'err.mp.paymentInProgress':
    'Un pago de Mercado Pago sigue en curso en el mostrador: termínalo o cancélalo y vuelve a guardar.',
  'err.mp.refundBeingSent':
    'Un reembolso de Mercado Pago aún se está enviando: espera a que termine (Kassa lo reintenta cada minuto) y vuelve a guardar.',
  'err.stripeKey.publishableInSecret':
    'Esta es una clave publicable (pk_…). Pega aquí la clave secreta (sk_…) o una clave restringida (rk_…); la clave publicable tiene su propio campo.',
  'err.stripeKey.secretFormat':
    'Una clave secreta de Stripe empieza por sk_live_ o sk_test_ (claves restringidas: rk_live_ o rk_test_). Cópiala de nuevo desde Desarrolladores → Claves de API en el Dashboard de Stripe.',
  'err.stripeKey.secretNotLive':
    'Un perfil de producción solo admite claves en modo live (sk_live_ o rk_live_): esta es una clave de prueba. Desactiva “producción” para usar claves de prueba.',
  'err.stripeKey.secretInPublishable':
    'Esta es una clave secreta: va en el campo de la clave secreta, nunca en el de la clave publicable. Pega aquí la clave que empieza por pk_.',
  'err.stripeKey.publishableFormat':
    'Una clave publicable empieza por pk_live_ o pk_test_. Cópiala de nuevo desde Desarrolladores → Claves de API, o deja el campo vacío.',
  'err.stripeKey.publishableNotLive':
    'Un perfil de producción solo admite claves en modo live: usa la clave publicable que empieza por pk_live_.',
  'err.stripeKey.mixedLiveTest':
    'No se pueden mezclar claves de prueba y live: la clave secreta es live y la publicable es de prueba.',
  'err.stripeKey.mixedTestLive':
    'No se pueden mezclar claves de prueba y live: la clave secreta es de prueba y la publicable es live.',
  'err.stripeKey.notAccepted':
    'Stripe no aceptó esta clave: es incorrecta, se renovó o se eliminó. Copia la clave actual desde Desarrolladores → Claves de API. No se guardó nada.',
  'err.stripeKey.restrictedNoBalance':
    'Esta clave restringida no puede leer el saldo. Dale “Balance: read” (y acceso a Terminal) en el Dashboard de Stripe, o usa la clave secreta. No se guardó nada.',
  'err.stripeKey.unreachable':
    'No se pudo contactar con Stripe para comprobar la clave, así que no se guardó nada. Revisa la conexión a internet y vuelve a guardar.',
  'err.methods.serialOnlyTerminal':
    'Solo un método con terminal de pago tiene número de serie: bórralo o elige la terminal.',
  'err.methods.profileOnlyStripe': 'Solo un método de Stripe tiene perfil de Stripe.',
  'err.methods.terminalBankJournal':
    'Un método con terminal de pago se contabiliza en un diario de banco: elige “banco”.',
  'err.methods.readerSerial':
    'Escribe el número de serie del lector: está debajo del lector y en el Dashboard de Stripe (Lectores).',
  'err.methods.terminalSerial':
    'Escribe el número de serie de la terminal que figura en la etiqueta de la parte trasera.',
  'err.methods.terminalTaken':
    'El método “{method}” ya usa la terminal {terminal}. Una terminal sirve a un solo método.',
  'err.methods.chooseProfile': 'Elige el perfil de Stripe que cobra estos pagos.',
  'err.methods.noStripeYet':
    'Esta caja aún no tiene conexión con Stripe: añade primero un perfil de Stripe (Perfiles de Stripe).',
  'err.methods.profileGone': 'Ese perfil de Stripe ya no existe: elige otro.',
  'err.methods.profileInactive':
    'El perfil “{profile}” no está activo (su clave no se ha verificado): verifícalo primero.',
  'err.methods.cardStillOpen':
    'Un pago con tarjeta con “{method}” sigue abierto. Termínalo en la caja antes de cambiar la terminal o desactivar el método.',
  'err.methods.gone': 'Ese método de pago ya no existe. Recarga la lista.',
  'err.methods.nameTaken': 'Ya hay un método de pago llamado “{name}”. Usa otro nombre.',
  'err.methods.nameTakenInactive': 'Ya hay un método de pago llamado “{name}” (inactivo). Usa otro nombre.',
  'err.methods.unknown': 'No hay ningún método de pago “{name}”. Recarga la lista.',
  'err.methods.orderIncomplete':
    'Indica cada método de pago una vez, activos e inactivos, en el nuevo orden. Recarga la lista e inténtalo de nuevo.',
  'err.methods.voucherNeedsBank':
    'Un método de vale no tiene terminal de pago y se contabiliza en un diario de banco: elige “banco” y ninguna terminal, o desmarca Vale.',
  'err.rates.storeCurrency': '{currency} es la moneda de la tienda: no necesita tipo de cambio.',
  'err.rates.none': 'No hay tipo de cambio para {currency}.',
  'err.provisioning.noProfile': 'Ningún perfil de Stripe tiene el id “{id}”.',
  'err.provisioning.notJson':
    'El archivo de tienda {file} no es un JSON válido ({detail}). Corrígelo o quítalo.',
  'err.provisioning.notValid':
    'El archivo de tienda {file} no es válido: {detail} Corrígelo (consulta store-config.schema.json) o quítalo.',
  'err.profiles.gone': 'Ese perfil de Stripe ya no existe. Recarga la lista.',
  'err.profiles.builtInReadOnly':
    'El perfil integrado viene de la demo o de IT (KASSA_STRIPE_SECRET_KEY) y no se puede editar aquí. Añade un perfil nuevo.',
  'err.profiles.nameTaken': 'Ya hay un perfil llamado {name}. Elige otro nombre.',
  'err.profiles.pasteSecret':
    'Pega la clave secreta (o una clave restringida): en el Dashboard de Stripe, en Desarrolladores → Claves de API.',
  'err.profiles.testKey':
    'Stripe indica que esta es una clave de modo de prueba: un perfil de producción necesita una clave live. No se guardó nada.',
  'err.profiles.otherAccount':
    'Esta clave pertenece a la cuenta de Stripe {found}, no a {expected}. Revisa el id de la cuenta (Configuración → Detalles de la cuenta) o la clave. No se guardó nada.',
  'err.profiles.noBuiltIn': 'Esta caja no tiene conexión integrada con Stripe.',
  'err.profiles.noSecretYet': 'Este perfil aún no tiene clave secreta: pégala y guarda el perfil.',
  'err.profiles.keyRevoked':
    'Stripe ya no acepta la clave de este perfil: se renovó o se eliminó. Pega la clave actual y guarda. Hasta entonces el perfil está inactivo.',
  'err.profiles.builtInStays': 'El perfil integrado no se puede quitar aquí.',
  'err.profiles.inUse': 'El método de pago “{method}” usa este perfil: elige primero otro perfil allí.',
  'err.staff.prefsLocked':
    'Las preferencias están bloqueadas. Vuelve a abrirlas desde la caja con el PIN de un propietario.',
  'err.staff.ownerExists': 'Esta tienda ya tiene propietario. Inicia sesión con tu PIN.',
  'err.staff.ownerPinToChange': 'Escribe el PIN de un propietario para cambiar el personal.',
  'err.staff.notActive': 'Esa persona no está activa en esta caja. Elige tu nombre de nuevo.',
  'err.staff.noPinYet':
    '{name} aún no tiene PIN: pide al propietario que lo configure en las preferencias (Personal).',
  'err.staff.lockedFor': 'Demasiados PIN incorrectos para {name}. Inténtalo de nuevo dentro de {seconds} s.',
  'err.staff.wrongPinLocked':
    'Ese PIN no es correcto. Demasiados PIN incorrectos para {name}: inténtalo de nuevo dentro de {seconds} s.',
  'err.staff.wrongPin': 'Ese PIN no es correcto. Inténtalo de nuevo.',
  'err.staff.tooManyWrong': 'Demasiados PIN incorrectos. Inténtalo de nuevo dentro de {seconds} s.',
  'err.staff.noManagerPin':
    'En esta caja no hay ningún encargado ni propietario con PIN. Pide al propietario que añada uno en las preferencias (Personal).',
  'err.staff.noOwnerPin':
    'Esta tienda aún no tiene un propietario con PIN. Configura primero al propietario.',
  'err.staff.notManagerPin': 'Ese no es el PIN de un encargado ni de un propietario.',
  'err.staff.notManagerPinLocked':
    'Ese no es el PIN de un encargado ni de un propietario (quien esté bloqueado tras PIN incorrectos debe esperar).',
  'err.staff.notOwnerPin': 'Ese no es el PIN de un propietario.',
  'err.staff.notOwnerPinLocked':
    'Ese no es el PIN de un propietario (quien esté bloqueado tras PIN incorrectos debe esperar).',
  'err.staff.gone': 'Esa persona ya no existe. Recarga la lista.',
  'err.staff.newNeedsPin': 'Una persona nueva necesita un PIN.',
  'err.staff.nameTaken': 'Ya hay alguien en el personal llamado {name}. Usa otro nombre o edita esa ficha.',
  'err.staff.nameTakenInactive':
    'Ya hay alguien en el personal llamado {name} (inactivo). Usa otro nombre o edita esa ficha.',
  'err.staff.lastOwner':
    'Kassa necesita al menos un propietario activo con PIN. Haz propietario a otra persona primero.',
  'err.approval.returnWithoutOrder':
    'Una devolución de {amount} sin el pedido original necesita a un encargado o propietario: la aprueba con su PIN.',
  'err.approval.cashForCard':
    'Devolver en efectivo {amount} de un pago con tarjeta necesita a un encargado o propietario: lo aprueba con su PIN.',
  'err.approval.payIn':
    'Una entrada de {amount} supera los {limit} que un cajero puede mover solo: un encargado o propietario la aprueba con su PIN.',
  'err.approval.payOut':
    'Una salida de {amount} supera los {limit} que un cajero puede mover solo: un encargado o propietario la aprueba con su PIN.',
  'err.approval.closeDifference':
    'Una diferencia de {amount} supera los {limit} con los que un cajero puede cerrar: un encargado o propietario la aprueba con su PIN.',
  'err.approval.discount':
    'Un {percent} % de descuento en {item} supera el {limit} % que un cajero puede dar: un encargado o propietario lo aprueba con su PIN.',
  'err.approval.everyRefund':
    'Un reembolso de {amount} necesita aprobación (en esta tienda todos la necesitan): un encargado o propietario lo aprueba con su PIN.',
  'err.approval.refundsAddUp':
    'Con este, los reembolsos de este pedido suman {total}, más de los {limit} que un cajero puede dar: un encargado o propietario lo aprueba con su PIN.',
  'err.approval.refundOverLimit':
    'Un reembolso de {amount} supera los {limit} que un cajero puede dar: un encargado o propietario lo aprueba con su PIN.',
  'err.approval.noSale': 'Abrir el cajón sin una venta: un encargado o propietario lo aprueba con su PIN.',
  'err.secrets.keyInDataDir':
    'El archivo de clave secreta {file} está dentro de la carpeta de datos {dataDir}: guárdalo en otro sitio (KASSA_SECRET_KEY_FILE), para que una copia de la carpeta de datos no lleve su propia clave.',
  'err.secrets.keyDamaged':
    'El archivo de clave secreta {file} está dañado (debe contener 32 bytes en base64). Restáuralo desde una copia de seguridad.',
  'err.secrets.keyMissing':
    'Falta el archivo de clave secreta {file}, así que no se pueden leer las claves de API guardadas. Restaura el archivo o vuelve a introducir las claves en las preferencias.',
  'err.secrets.unreadable': 'Un secreto guardado no está en un formato que este Kassa pueda leer.',
  'err.secrets.wrongBox':
    'Un secreto guardado ({name}) se guardó con {box}, que esta caja ya no puede leer. Vuelve a introducirlo en las preferencias.',
  'err.secrets.keyFileReplaced':
    'Un secreto guardado no se puede descifrar con {file}: el archivo de clave se reemplazó. Vuelve a introducir las claves en las preferencias.',
  'err.secrets.keyringChanged':
    'Un secreto guardado no se puede descifrar con la clave guardada en {keyring}. Vuelve a introducir las claves en las preferencias.',
  'err.refund.notOnOrder': 'Ese pago con tarjeta no está en este pedido.',
  'err.refund.notConfirmed':
    'Solo se puede reembolsar a la tarjeta un pago con tarjeta que el proveedor haya confirmado.',
  'err.refund.alreadyFull': 'Este pago con tarjeta ya se reembolsó por completo.',
  'err.refund.atMost': 'De este pago con tarjeta aún se pueden reembolsar como máximo {amount}.',
  'err.refund.releaseInFull': 'Este pago con tarjeta nunca se capturó: solo se puede liberar por completo.',
  'err.refund.unknown': 'Ese reembolso nunca se registró.',
  'err.pay.providerNotSetUp': '{provider} no está configurado en esta caja.',
  'err.pay.providerNotSetUpOther':
    '{provider} no está configurado en esta caja. Cobra el pago de otra forma.',
  'err.pay.unknownAttempt': 'Ese pago con tarjeta no existe en esta caja.',
  'err.pay.terminalBusy':
    'Esta terminal sigue ocupada con un pago de este pedido. Espera o cancélalo primero.',
  'err.pay.terminalRecovering':
    'Kassa aún está terminando un pago anterior en esta terminal. Espera un momento; se resuelve solo.',
  'err.pay.wentThroughRefund': 'Este pago se completó; reembólsalo en su lugar.',
  'err.pay.cannotCancel': 'Este pago ya no se puede cancelar aquí.',
  'err.pay.onlyDeclinedRetry': 'Solo se puede reintentar un pago rechazado.',
  'err.pay.forceDoneOnlyOffline':
    'Forzar completado solo se ofrece cuando no se puede contactar con el proveedor a mitad del pago.',
  'err.pay.notWaitingForCheck': 'Así solo se puede registrar un pago pendiente de revisión en la terminal.',
  'err.pay.testCardsSimulatedOnly':
    'Las tarjetas de prueba solo se pueden presentar en una terminal simulada.',
  'err.pay.notWaitingForCard': 'La terminal no está esperando una tarjeta.',
  'err.pay.methodNoTerminal': 'Ese método de tarjeta no tiene terminal configurada. Elige otro método.',
  'err.pay.noSettlementRate':
    'El perfil de Stripe “{profile}” liquida en {currency} y esta tienda no tiene tipo de cambio para {currency}. Añádelo en las preferencias (Monedas y tipos de cambio).',
  'err.pay.noTerminalFor': '“{method}” no tiene terminal configurada. Elige otro método.',
  'err.pay.stripeNotSetUpFor': 'Stripe no está configurado en esta caja, así que “{method}” no puede cobrar.',
  'err.pay.mpNotSetUpFor':
    'Mercado Pago no está configurado en esta caja, así que “{method}” no puede cobrar.',
  'err.pay.mpMethodCurrency':
    '“{method}” (Mercado Pago Point) solo cobra en {accepted}, no en {currency}. Cobra este pago de otra forma.',
  'err.stripe.notSetUp': 'Stripe no está configurado en esta caja. Añade primero una clave secreta.',
  'err.stripe.readerTaken':
    'El lector {serial} ya lo usa el método “{method}”. Un lector sirve a un solo método.',
  'err.stripe.noSuchReader':
    'Stripe no tiene ningún lector con el número de serie {serial}. Búscalo debajo del lector o en el Dashboard de Stripe.',
  'err.mp.demoCurrency':
    'La terminal demo de Mercado Pago funciona como una de {country} y solo cobra en {accepted}; esta tienda vende en {currency}, que Mercado Pago no admite. Usa aquí la tarjeta demo de Stripe, o pon la moneda de la tienda en ARS, BRL, MXN o CLP para probar Mercado Pago.',
  'err.mp.accountCurrency':
    'Esta cuenta de Mercado Pago es de {country} y solo cobra con tarjeta en {accepted}, no en {currency}: cobra este pago de otra forma.',
  'err.mp.noPaymentToPresent': 'La terminal aún no tiene un pago al que presentar una tarjeta.',
  'err.mp.currencyNotTaken':
    'Mercado Pago Point solo cobra con tarjeta en ARS, BRL, MXN y CLP, no en {currency}: cobra este pago de otra forma o usa un método de pago de otro proveedor.',
  'err.mp.wholeCents': 'Un importe es un número entero de céntimos, no negativo.',
  'err.mp.amountUnreadable':
    'Mercado Pago envió un importe que Kassa no puede leer (“{amount}” {currency}): revisa el pago en la app de Mercado Pago.',
  'err.mp.amountBelow':
    'Mercado Pago acepta pagos con tarjeta en {currency} de {min} a {max}. {amount} está por debajo: cóbralo en efectivo o de otra forma.',
  'err.mp.amountAbove':
    'Mercado Pago acepta pagos con tarjeta en {currency} de {min} a {max}. {amount} está por encima: divídelo en varios pagos con tarjeta.',
  'err.mp.notSetUp':
    'Mercado Pago no está configurado en esta caja. Añade primero el token de acceso en la configuración de Mercado Pago.',
  'err.mp.expirationRange':
    'Un pago de Mercado Pago puede esperar en la terminal de 30 segundos a 3 horas: elige un tiempo dentro de ese rango.',
  'err.db.tooNew':
    'Esta base de datos la escribió una versión más nueva de Kassa (esquema {version}; esta app conoce hasta {latest}). Instala esa versión o una posterior. Kassa no modificó el archivo.',
  'err.alerts.unknown': 'No hay ningún aviso número {id}.',
  'err.ipc.notSignedIn':
    'Nadie ha iniciado sesión en esta caja: inicia sesión con tu PIN y vuelve a intentarlo. No se cambió nada.',
  'decline.issuer': 'Rechazado por el emisor de la tarjeta. Pide otra tarjeta u otra forma de pago.',
  'decline.callIssuer':
    'Rechazado: el banco quiere que el cliente le llame primero. Pide otra tarjeta u otra forma de pago.',
  'decline.notAllowed': 'Rechazado: esta tarjeta no se puede usar para esta compra. Pide otra tarjeta.',
  'decline.insufficientFunds':
    'Rechazado: la tarjeta no tiene saldo suficiente. Pide otra tarjeta u otra forma de pago.',
  'decline.limit':
    'Rechazado: el importe supera el límite de la tarjeta. Pide otra tarjeta o divide el pago.',
  'decline.expired': 'Rechazado: la tarjeta está caducada. Pide otra tarjeta.',
  'decline.cvc':
    'Rechazado: el código de seguridad (CVC) es incorrecto. Vuelve a enviar el pago y revisa el código.',
  'decline.wrongPin': 'Rechazado: PIN incorrecto. El cliente puede volver a intentarlo.',
  'decline.pinTries': 'Rechazado: demasiados intentos con esta tarjeta. Pide otra tarjeta.',
  'decline.pinRequired':
    'La tarjeta necesita su PIN: vuelve a enviar el pago y pide al cliente que inserte la tarjeta y teclee el PIN.',
  'decline.processing': 'No se pudo procesar la tarjeta. Vuelve a enviar el pago.',
  'decline.bankRefused': 'Rechazado por el banco. Pide otra forma de pago.',
  'decline.highRisk': 'Rechazado por el control antifraude. Pide otra forma de pago.',
  'decline.cardUnreadable': 'Rechazado: la tarjeta no se leyó correctamente. Vuelve a enviar el pago.',
  'decline.cardDisabled': 'Rechazado: la tarjeta está bloqueada. Pide otra tarjeta.',
  'decline.notSupported': 'Rechazado: esta tarjeta no se puede usar aquí. Pide otra tarjeta.',
  'decline.installments': 'Rechazado: la tarjeta no admite esas cuotas. Vuelve a enviarlo en una sola cuota.',
  'decline.duplicate':
    'Rechazado por duplicar un pago recién hecho. Revisa los últimos pagos antes de volver a enviarlo.',
  'decline.amount':
    'Rechazado: el importe no es válido para esta tarjeta. Revísalo y vuelve a enviar el pago.',
  'decline.testCard': 'Rechazado: se usó una tarjeta de prueba en una terminal real. Usa una tarjeta real.',
  'decline.unknown': 'El pago no se completó (motivo: {code}). Pide otra tarjeta u otra forma de pago.',
  'payFailure.customerCanceled': 'El cliente canceló en el lector.',
  'payFailure.terminalStandalone':
    'La terminal está en modo standalone. Cámbiala a modo integrado (PDV) en Kassa y luego reinicia la terminal.',
  'payFailure.readerOffline':
    'El lector de tarjetas está sin conexión. Comprueba que esté encendido y conectado al Wi-Fi y vuelve a intentarlo.',
  'payFailure.readerBusy':
    'El lector de tarjetas está ocupado (otro pago, una actualización o una tarjeta aún insertada). Espera un momento y vuelve a intentarlo.',
  'payFailure.readerTimeout': 'El lector de tarjetas no respondió a tiempo.',
  'payFailure.intentInvalid':
    'Este pago está en un estado en el que el lector no puede cobrarlo. Inicia un nuevo pago con tarjeta.',
  'payFailure.amountTooSmall': 'Stripe no acepta un pago con tarjeta tan pequeño.',
  'payFailure.amountTooLarge': 'Stripe no acepta un pago con tarjeta tan grande.',
  'payFailure.resourceMissing':
    'Stripe no conoce este lector o este pago. Revisa el lector configurado para este método.',
  'payFailure.canceled': 'El pago se canceló.',
  'payFailure.canceledOnTerminal': 'El pago se canceló en la terminal.',
  'payFailure.expired':
    'Nadie pagó en la terminal a tiempo, así que Mercado Pago dejó caducar el pago. Vuelve a enviarlo si el cliente aún quiere pagar con tarjeta.',
  'payFailure.actionRequired':
    'Revisa la terminal: Mercado Pago perdió el contacto con ella durante el pago. Mira la pantalla de la terminal o su último comprobante y registra si el pago se aprobó (PIN de encargado).',
  'payFailure.cancelTooLate':
    'La tarjeta ya se está leyendo; el pago ya no se puede cancelar. Espera el resultado.',
  'payFailure.cancelOnTerminal':
    'Esta terminal no se puede detener desde Kassa: cancela el pago en la propia terminal. Kassa sigue el pago hasta que termine.',
  'payFailure.noRecord': 'El proveedor no tiene constancia de este pago. Vuelve a enviarlo.',
  'payFailure.connection': 'No se puede contactar con el proveedor de pagos en este momento.',
  'payFailure.authentication':
    'El proveedor de pagos rechazó la clave de API. Revisa la clave en las preferencias.',
  'payFailure.checkedPaid':
    'Registrado como pagado según lo que mostró la terminal (PIN de encargado). Marcado para conciliación.',
  'payFailure.checkedNotPaid':
    'Registrado como no pagado según lo que mostró la terminal (PIN de encargado).',
  'update.waitingFor.card_payment': 'termine el pago con tarjeta en curso',
  'update.waitingFor.shift': 'se cierre el turno',
};
