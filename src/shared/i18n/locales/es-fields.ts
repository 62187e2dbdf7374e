/** Español: las comprobaciones de los campos de los formularios y los rechazos de Mercado Pago (en-fields.ts). */
import type { FieldMessages } from '../en-fields.ts';

export const fieldMessages: FieldMessages = {
  'check.accountCodeLettersDigits':
    'Un código de cuenta lleva letras, dígitos, puntos o guiones, p. ej. 1360.',
  'check.amountMoreThanZero': 'El importe debe ser mayor que cero.',
  'check.amountTooLarge': 'Ese importe es demasiado grande.',
  'check.amountsWholeNumbersCents': 'Los importes son números enteros de céntimos.',
  'check.barcode464Letters': 'Un código de barras tiene de 4 a 64 letras o dígitos.',
  'check.cardLast4Four': 'Los últimos 4 de la tarjeta son cuatro dígitos.',
  'check.cartEmpty': 'El carrito está vacío.',
  'check.cashRoundingStepLeast': 'El paso de redondeo del efectivo es al menos 1 (sin redondeo).',
  'check.cashRoundingStepMost': 'El paso de redondeo del efectivo es como máximo 10.000 céntimos.',
  'check.cashRoundingStepWhole': 'El paso de redondeo del efectivo es un número entero de céntimos.',
  'check.chooseCountry': 'Elige un país.',
  'check.chooseCountryFromList': 'Elige el país de la lista.',
  'check.chooseCurrency': 'Elige una moneda.',
  'check.chooseJournalCashBank': 'Elige el diario: efectivo o banco.',
  'check.chooseLanguageRegion': 'Elige un idioma y una región.',
  'check.chooseLeastOneItem': 'Elige al menos un artículo para devolver.',
  'check.chooseFulfilment':
    'Elige cómo llega el pedido al cliente: recogida en tienda, envío o por teléfono.',
  'check.chooseLeastOneWay': 'Elige al menos una forma de pago por enlace.',
  'check.choosePaymentTerminalNone': 'Elige la terminal de pago: ninguna, Stripe o Mercado Pago.',
  'check.chooseRoleCashierManager': 'Elige un rol: cajero, encargado o propietario.',
  'check.chooseWhatGroupSales':
    'Elige cómo agrupar las ventas: por día, hora, categoría, producto, empleado o método de pago.',
  'check.colorWritten3b82f6': 'Un color se escribe como #3b82f6.',
  'check.countLeastCash': 'Cuenta al menos el efectivo.',
  'check.countNegative': 'Una cantidad contada no puede ser negativa.',
  'check.countedAmountNegative': 'Un importe contado no puede ser negativo.',
  'check.discountEitherPercentageAmount': 'Un descuento es un porcentaje o un importe, no ambos.',
  'check.discountLimitLeast0':
    'El límite de descuento es al menos 0 % (todo descuento necesita un encargado).',
  'check.discountLimitMost100':
    'El límite de descuento es como máximo 100 % (ningún descuento necesita un encargado).',
  'check.discountMoreThan100': 'Un descuento no puede superar el 100 %.',
  'check.discountNegative': 'Un descuento no puede ser negativo.',
  'check.eMailAddressMost': 'Una dirección de correo tiene como máximo 254 caracteres.',
  'check.enterMinutesWholeNumber': 'Escribe los minutos como número entero.',
  'check.fileMaxDays':
    'Un archivo abarca como máximo {days} días: elige un primer día posterior o un último día anterior.',
  'check.giveDateYyyyMm': 'Escribe la fecha como AAAA-MM-DD (YYYY-MM-DD).',
  'check.giveDiscountWholeNumber':
    'Indica el descuento como número entero de centésimas de punto porcentual.',
  'check.giveMethodsTheirNew': 'Indica los métodos en su nuevo orden.',
  'check.givePrinterName': 'Ponle un nombre a la impresora.',
  'check.giveReasonReturn': 'Indica un motivo para la devolución.',
  'check.giveReasonReturnLeast': 'Indica un motivo para la devolución (al menos 3 caracteres).',
  'check.id164Letters': 'Un id tiene de 1 a 64 letras, dígitos, - o _.',
  'check.idRequired': 'Hace falta un id.',
  'check.idUuid': 'Un id debe ser un UUID.',
  'check.kassaDoesNotKnow': 'Kassa no conoce este código de moneda: compruébalo con la ISO 4217.',
  'check.kassaReadsStoreFiles': 'Esta versión de Kassa lee archivos de tienda de la versión 1.',
  'check.labelMaxChars': '{label}: como máximo {max} caracteres.',
  'check.labelRequired': '{label}: campo obligatorio.',
  'check.labelText': '{label}: debe ser texto.',
  'check.lastDayAfterFirst': 'El último día debe ser igual o posterior al primero.',
  'check.least1ItemComes': 'En una línea de devolución vuelve al menos 1 artículo.',
  'check.limitNegative0Means':
    'El límite no puede ser negativo: 0 significa que toda entrada y salida de efectivo necesita un encargado.',
  'check.limitNegative0Means2':
    'El límite no puede ser negativo: 0 significa que toda diferencia necesita un encargado.',
  'check.limitTooLarge': 'Ese límite es demasiado grande.',
  'check.limitWholeNumberCents': 'El límite es un número entero de céntimos.',
  'check.mercadoPagoAccessToken':
    'Un Access Token de Mercado Pago empieza por APP_USR- (producción) o TEST- (credenciales de prueba).',
  'check.mercadoPagoPointWorks':
    'Mercado Pago Point funciona en Argentina, Brasil, México y Chile: elige uno.',
  'check.methodAppearsTwiceOrder': 'Un método aparece dos veces en el orden.',
  'check.moreNotesCoinsThan': 'Son más billetes o monedas de los que caben en un cajón: revisa el recuento.',
  'check.most9999Items': 'En una línea vuelven como máximo 9.999 artículos.',
  'check.noSuchCategory': 'Ninguna categoría tiene el id «{id}»: usa uno de categories[].id.',
  'check.noSuchStripeProfile': 'Ningún perfil de Stripe tiene el id «{id}»: usa uno de stripeProfiles[].id.',
  'check.noSuchTaxRate': 'Ningún tipo impositivo tiene el id «{id}»: usa uno de taxRates[].id.',
  'check.notEMailAddress':
    'Eso no es una dirección de correo: revísala y escríbela de nuevo, como nombre@ejemplo.com.',
  'check.onlyOnePrinterPrint':
    'Solo una impresora puede imprimir los tiques: pon "receipts": true en una sola de ellas.',
  'check.onlyStripeMethodHas': 'Solo un método de Stripe tiene un perfil de Stripe.',
  'check.onlyTerminalMethodHas':
    'Solo un método con terminal tiene número de serie: quítalo o elige la terminal.',
  'check.orderHaveMost500': 'Un pedido puede tener como máximo 500 líneas.',
  'check.passwordMost512Characters': 'Una contraseña tiene como máximo 512 caracteres.',
  'check.pasteAccessToken': 'Pega el Access Token, o deja el campo como está para conservar el guardado.',
  'check.pasteSecretKeyLeave': 'Pega la clave secreta, o deja el campo como está para conservar la guardada.',
  'check.pasteWebhookSecret':
    'Pega la clave secreta del webhook, o deja el campo como está para conservar la guardada.',
  'check.paymentLinkStaysOpen': 'Un enlace de pago permanece abierto al menos 30 minutos.',
  'check.paymentLinkStaysOpen2': 'Un enlace de pago permanece abierto como máximo 24 horas (1.440 minutos).',
  'check.paymentTerminalMethodPosts':
    'Un método con terminal de pago se contabiliza en un diario de banco: pon journal en "bank".',
  'check.phoneNumberDigitsSpaces': 'Un teléfono solo lleva dígitos, espacios y + ( ) - / .',
  'check.pin48Digits': 'Un PIN tiene de 4 a 8 dígitos.',
  'check.portBetween165535': 'El puerto está entre 1 y 65535, normalmente 465 o 587.',
  'check.portNumberUsually465': 'El puerto es un número, normalmente 465 o 587.',
  'check.portWholeNumberUsually': 'El puerto es un número entero, normalmente 465 o 587.',
  'check.priceNegative': 'Un precio no puede ser negativo.',
  'check.publishableKeyStartsPk': 'Una clave publicable empieza por pk_test_ o pk_live_.',
  'check.quantityLeast1': 'La cantidad debe ser al menos 1.',
  'check.quantityMost9999': 'La cantidad puede ser como máximo 9.999.',
  'check.quantityNumber': 'La cantidad debe ser un número.',
  'check.quantityWholeNumber': 'La cantidad debe ser un número entero.',
  'check.rateMoreThanZero': 'Un tipo de cambio debe ser mayor que cero.',
  'check.reasonDifference': 'Indica un motivo para la diferencia.',
  'check.reasonDifferenceShort': 'Indica un motivo para la diferencia (al menos 3 caracteres).',
  'check.reasonMost200Characters': 'Un motivo tiene como máximo 200 caracteres.',
  'check.reasonPayInOut': 'Indica un motivo para la entrada o salida de efectivo.',
  'check.reasonPayInOutShort':
    'Indica un motivo para la entrada o salida de efectivo (al menos 3 caracteres).',
  'check.refundLimitNegative0':
    'El límite de reembolso no puede ser negativo: 0 significa que todo reembolso necesita un encargado.',
  'check.refundLimitTooLarge': 'Ese límite de reembolso es demasiado grande.',
  'check.refundLimitWholeNumber':
    'El límite de reembolso es un número entero de la unidad más pequeña de la moneda (céntimos).',
  'check.reportMaxDays':
    'Un informe abarca como máximo {days} días: elige un primer día posterior o un último día anterior.',
  'check.sayWhetherMemberActive': 'Indica si este empleado está activo.',
  'check.sayWhetherMercadoPago': 'Indica si las terminales de Mercado Pago están activadas.',
  'check.sayWhetherMethodActive': 'Indica si este método está activo.',
  'check.sayWhetherMethodNeeds': 'Indica si este método necesita un cliente.',
  'check.sayWhetherMethodVoucher': 'Indica si este método es un vale.',
  'check.sayWhetherPricesInclude': 'Indica si los precios incluyen impuestos.',
  'check.sayWhetherProductionProfile': 'Indica si este es un perfil de producción.',
  'check.sayWhetherStripeTerminals': 'Indica si las terminales de Stripe están activadas.',
  'check.sayWhyDrawerOpened': 'Indica por qué se abre el cajón.',
  'check.sayWhyDrawerOpened2': 'Indica por qué se abre el cajón (al menos 3 caracteres).',
  'check.serialNumberMost100': 'Un número de serie tiene como máximo 100 caracteres.',
  'check.serialNumberText': 'El número de serie debe ser texto.',
  'check.serverAddressHasOnly':
    'La dirección de un servidor solo lleva letras, dígitos, puntos y guiones, como smtp.example.com.',
  'check.serverAddressMost253': 'La dirección de un servidor tiene como máximo 253 caracteres.',
  'check.startDateBeforeEnd': 'La fecha de inicio debe ser anterior a la de fin.',
  'check.storeCurrencyNeedsNo': 'La moneda de la tienda no necesita tipo de cambio.',
  'check.storeNeedsLeastOne': 'Una tienda necesita al menos un tipo impositivo.',
  'check.storeNeedsLeastOne2': 'Una tienda necesita al menos un método de pago.',
  'check.stripeAccountIdStarts': 'Un id de cuenta de Stripe empieza por acct_.',
  'check.stripeSecretKeyStarts':
    'Una clave secreta de Stripe empieza por sk_test_, sk_live_, rk_test_ o rk_live_.',
  'check.taxRateMost100': 'Un tipo impositivo es como máximo 100 % (10000).',
  'check.taxRateNegative': 'Un tipo impositivo no puede ser negativo.',
  'check.taxRateWholeNumber':
    'Un tipo impositivo es un número entero de centésimas de punto porcentual (1900 = 19 %).',
  'check.thereNoSuchDay': 'Ese día no existe: revisa la fecha.',
  'check.twoCategoriesHaveSame': 'Dos categorías tienen el mismo id.',
  'check.twoPaymentMethodsHave': 'Dos métodos de pago tienen el mismo id.',
  'check.twoPaymentMethodsUse': 'Dos métodos de pago usan el mismo número de serie de terminal.',
  'check.twoPrintersHaveSame': 'Dos impresoras tienen el mismo id.',
  'check.twoStaffMembersHave': 'Dos empleados tienen el mismo nombre.',
  'check.twoStripeProfilesHave': 'Dos perfiles de Stripe tienen el mismo id.',
  'check.twoTaxRatesHave': 'Dos tipos impositivos tienen el mismo id.',
  'check.typeCountedAmount': 'Escribe el importe contado.',
  'check.typeCustomerSE': 'Escribe la dirección de correo del cliente.',
  'check.typeDiscountLimitWhole': 'Escribe el límite de descuento como porcentaje entero, de 0 a 100.',
  'check.typeHowManyCome': 'Escribe cuántos se devuelven, como número entero.',
  'check.typeHowManyNotes': 'Escribe cuántos billetes o monedas, como número entero.',
  'check.typeLeastOneCharacter': 'Escribe al menos un carácter.',
  'check.typeLimitAmountE': 'Escribe el límite como importe, p. ej. 50.00.',
  'check.typeLimitAmountE2': 'Escribe el límite como importe, p. ej. 5.00.',
  'check.typeMailServerS': 'Escribe la dirección del servidor de correo, como smtp.example.com.',
  'check.typeManagerPin4': 'Escribe el PIN del encargado: de 4 a 8 dígitos.',
  'check.typePin48': 'Escribe el PIN: de 4 a 8 dígitos.',
  'check.typePrinterSAddress': 'Escribe la dirección de la impresora (host o host:puerto).',
  'check.typeRateDecimalNumber': 'Escribe el tipo de cambio como número decimal, p. ej. 1.0834.',
  'check.typeRateDecimalNumber2':
    'Escribe el tipo de cambio como número decimal con punto, p. ej. 1.0834 (como máximo 10 decimales).',
  'check.typeRefundLimitAmount': 'Escribe el límite de reembolso como importe, p. ej. 20.00.',
  'check.useThreeLetterIso': 'Usa un código ISO 4217 de tres letras, como EUR.',
  'check.userNameMost254': 'Un nombre de usuario tiene como máximo 254 caracteres.',
  'check.writeEMailAddress': 'Escribe la dirección de correo como nombre@ejemplo.com.',
  'check.writeLocaleEnDe': 'Escribe el idioma y la región como es-ES o pt-BR.',
  'check.writeRate10834': 'Escribe un tipo de cambio como 1.0834.',
  'check.receiverNeedsSecret':
    'El receptor de notificaciones de Mercado Pago necesita la clave secreta del webhook (KASSA_MP_WEBHOOK_SECRET) para comprobar las firmas.',
  'err.display.cannotRestart':
    'Aquí Kassa no puede reiniciarse sola: ciérrala y vuelve a abrirla para que los campos de fecha sigan el idioma.',
  'err.display.restartWaits': 'Hay un pago con tarjeta en la terminal: termínalo y después reinicia Kassa.',
  'header.datesAfterRestart': 'Los campos de fecha cambian a este idioma tras un reinicio.',
  'header.restartNow': 'Reiniciar ahora',
  'prefs.mp.note.PDV': 'Modo integrado (PDV): acepta pagos con tarjeta desde Kassa.',
  'prefs.mp.note.STANDALONE':
    'Modo autónomo: no acepta pagos desde Kassa. Cámbiala al modo integrado y reinicia la terminal.',
  'prefs.mp.note.UNDEFINED':
    'Mercado Pago no informa en qué modo está esta terminal. Cámbiala al modo integrado y reinicia la terminal.',
  'terminal.modeAlready':
    'La terminal {serial} ya está en modo integrado (PDV). Si sigue rechazando pagos, reiníciala.',
  'terminal.modeSwitched':
    'La terminal {serial} ya está en modo integrado (PDV). Reinicia la terminal (mantén pulsado el botón de encendido y luego Reiniciar) antes del próximo pago con tarjeta.',
  'label.accessToken': 'Access Token',
  'label.accountCode': 'Código de cuenta',
  'label.accountId': 'Id de la cuenta',
  'label.categoryName': 'Nombre de la categoría',
  'label.city': 'Ciudad',
  'label.customerName': 'Nombre del cliente',
  'label.note': 'Nota',
  'label.email': 'Dirección de correo',
  'label.label': 'Etiqueta',
  'label.location': 'Ubicación',
  'label.methodName': 'Nombre del método',
  'label.name': 'Nombre',
  'label.phone': 'Teléfono',
  'label.postalCode': 'Código postal',
  'label.productName': 'Nombre del producto',
  'label.profileName': 'Nombre del perfil',
  'label.publishableKey': 'Clave publicable',
  'label.registrationCode': 'Código de registro',
  'label.secretKey': 'Clave secreta',
  'label.serialNumber': 'Número de serie',
  'label.storeName': 'Nombre de la tienda',
  'label.street': 'Calle y número',
  'label.taxRateName': 'Nombre del tipo impositivo',
  'label.tillName': 'Nombre de la caja',
  'label.webhookSecret': 'Clave secreta del webhook',
  'label.yourName': 'Tu nombre',
  'err.mp.credentials':
    'Mercado Pago rechazó el Access Token: pega el Access Token de producción de «Tus integraciones» en los ajustes de Mercado Pago.',
  'err.mp.notTerminalOwner':
    'Esta terminal no pertenece a la cuenta de Mercado Pago del Access Token: revisa el número de serie de la terminal y el Access Token en los ajustes de Mercado Pago.',
  'err.mp.terminalQueued':
    'La terminal todavía tiene un pago anterior en espera: termínalo o cancélalo en la terminal y vuelve a intentarlo.',
  'err.mp.standalone':
    'La terminal está en modo autónomo y no acepta pagos de Kassa: cámbiala al modo integrado (PDV) en los ajustes de Mercado Pago y reinicia la terminal.',
  'err.mp.modeNotAllowed':
    'Mercado Pago no deja que Kassa cambie el modo de esta terminal: cámbialo en la propia terminal.',
  'err.mp.noStorePos':
    'La terminal no está vinculada a una sucursal y una caja: configúralas primero en la app de Mercado Pago.',
  'err.mp.idempotencyUsed':
    'Mercado Pago ya recibió otra solicitud con la misma clave: empieza un nuevo intento de pago.',
  'err.mp.cannotCancel':
    'El pago ya llegó a la terminal: cancélalo en la terminal (botón de abajo a la derecha y luego Sí).',
  'err.mp.alreadyCanceled': 'Este pago ya estaba cancelado.',
  'err.mp.orderNotFound': 'Mercado Pago no conoce este pago: nunca se creó o tiene más de 3 meses.',
  'err.mp.transactionNotFound':
    'Ese pago con tarjeta no forma parte de esta orden de Mercado Pago: reembólsalo desde la venta original.',
  'err.mp.refundExceeds':
    'Es más de lo que queda por reembolsar de este pago: baja el importe del reembolso.',
  'err.mp.refundInProgress':
    'Un reembolso de este pago todavía se está procesando: espera unos minutos y vuelve a comprobarlo.',
  'err.mp.settling':
    'Mercado Pago todavía está liquidando este pago: espera unos minutos y vuelve a intentar el reembolso.',
  'err.mp.refundNotYet': 'Mercado Pago todavía no permite reembolsar este pago: inténtalo más tarde.',
  'err.mp.alreadyRefunded': 'Este pago ya se reembolsó por completo.',
  'err.mp.cannotRefund': 'Solo se puede reembolsar un pago con tarjeta completado.',
  'err.mp.refundPeriod':
    'Mercado Pago solo reembolsa pagos con tarjeta durante 90 días y este es más antiguo: devuelve el dinero al cliente de otra forma (efectivo o transferencia bancaria).',
  'err.mp.tipFullRefund':
    'Un pago que incluye propina solo se puede reembolsar por completo: reembolsa el pago entero.',
  'err.mp.noPartialRefund':
    'Mercado Pago no permite un reembolso parcial de este pago: reembólsalo por completo o de otra forma.',
  'err.mp.refundFunds':
    'La cuenta de Mercado Pago no tiene dinero suficiente para este reembolso: añade fondos o reembolsa en efectivo.',
  'err.mp.serverProblem': 'Mercado Pago tuvo un problema mientras Kassa intentaba {doing}. {whenUnsure}',
  'err.mp.tooManyRequests':
    'Mercado Pago está recibiendo demasiadas solicitudes: espera unos segundos y vuelve a intentarlo.',
  'err.mp.refused':
    'Mercado Pago se negó a {doing}. Vuelve a intentarlo; si sigue pasando, contacta con el soporte de Kassa con este mensaje.',
  'err.mp.refusedSaying':
    'Mercado Pago se negó a {doing} ({said}). Vuelve a intentarlo; si sigue pasando, contacta con el soporte de Kassa con este mensaje.',
  'err.mp.unreachable':
    'Kassa no pudo conectar con Mercado Pago para {doing}: revisa la conexión a internet y vuelve a intentarlo.',
  'err.mp.connectionBroke':
    'La conexión con Mercado Pago se cortó mientras Kassa intentaba {doing}. {whenUnsure}',
  'err.mp.timeout':
    'Mercado Pago no respondió en {seconds, number} s cuando Kassa intentó {doing}. {whenUnsure}',
  'err.mp.unexpected':
    'Mercado Pago respondió de una forma que Kassa no entiende cuando intentó {doing}: revisa el pago en la terminal o en la app de Mercado Pago.',
  'mp.doing.listTerminals': 'leer la lista de terminales',
  'mp.doing.setMode': 'cambiar el modo de la terminal',
  'mp.doing.createOrder': 'enviar el pago a la terminal',
  'mp.doing.getOrder': 'comprobar el pago',
  'mp.doing.cancelOrder': 'cancelar el pago',
  'mp.doing.refundOrder': 'reembolsar el pago',
  'mp.doing.forceStatus': 'fijar el estado de la orden de prueba',
  'mp.unsure.tryAgain': 'Vuelve a intentarlo en un momento.',
  'mp.unsure.setMode':
    'Puede que el modo haya cambiado: lee la lista de terminales antes de volver a intentarlo.',
  'mp.unsure.createOrder':
    'Puede que el pago haya llegado a la terminal: compruébalo antes de enviarlo de nuevo.',
  'mp.unsure.cancelOrder': 'Puede que el pago se haya cancelado: compruébalo antes de volver a intentarlo.',
  'mp.unsure.refundOrder':
    'Puede que el reembolso se haya hecho: comprueba el pago antes de volver a intentarlo.',
  'mp.unsure.forceStatus':
    'Puede que el estado se haya fijado: comprueba la orden antes de volver a intentarlo.',
};
